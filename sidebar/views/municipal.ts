/**
 * «Муниципалитет». In a school's workbook: send the snapshot and download it as a file. In the
 * municipality's workbook: collect the schools' snapshots chunk by chunk with a progress bar, accept
 * snapshot files, rebuild «Сводка» and the report, list the schools that need attention.
 */
import { progressBar, runAction } from "../components";
import { h, message } from "../dom";
import type { View, ViewContext } from "../context";
import { MUNICIPAL_VIEW as T } from "../texts/municipal";
import type { SnapshotDto } from "../../src/ui/endpoints/municipal";
import type { MunicipalOverviewDto } from "../../src/ui/endpoints/municipal";

const ru = (iso: string) => iso.split("-").reverse().join(".");

function downloadLink(snapshot: SnapshotDto): HTMLElement {
  const blob = new Blob([snapshot.json], { type: "application/json" });
  return h(
    "a",
    { class: "link", id: "snapshot-download", href: URL.createObjectURL(blob), download: snapshot.fileName },
    T.download(snapshot.fileName),
  );
}

async function schoolSide(root: HTMLElement, ctx: ViewContext): Promise<void> {
  const out = h("div", { id: "snapshot-result" });
  const last = h("div", { id: "snapshot-last" });
  const show = (s: SnapshotDto | null) =>
    last.replaceChildren(
      s ? h("p", { class: "muted" }, T.last(ru(s.reportDate), ru(s.takenAt))) : h("p", { class: "muted" }, T.none),
      s ? downloadLink(s) : "",
    );
  const send = h(
    "button",
    {
      class: "btn primary",
      id: "send-snapshot",
      onclick: async () => {
        const result = await runAction(ctx, [send], out, () => ctx.rpc("sendSnapshot"));
        if (!result) return;
        out.replaceChildren(message("ok", result.message));
        show(result);
      },
    },
    T.send,
  );
  const create = h(
    "button",
    {
      class: "btn",
      id: "create-municipal",
      onclick: async () => {
        const result = await runAction(ctx, [create], out, () => ctx.rpc("createMunicipalWorkbook"));
        if (!result) return;
        ctx.notify("ok", result.message);
        await ctx.refresh();
      },
    },
    T.create,
  );
  root.append(h("p", { class: "muted" }, T.schoolIntro), send, out, last, h("p", { class: "muted" }, T.shareHint));
  root.append(h("p", { class: "muted" }, T.coordinatorHint), create);
  show(await ctx.rpc("lastSnapshot"));
}

function attentionList(data: MunicipalOverviewDto, ctx: ViewContext): HTMLElement {
  if (data.attention.length === 0) return h("p", { class: "muted", id: "attention" }, T.noAttention);
  const list = h("ul", { class: "list problems", id: "attention" });
  for (const a of data.attention)
    list.appendChild(
      h(
        "li",
        { class: "problem error" },
        h(
          "a",
          {
            class: "link",
            href: "#",
            onclick: (ev: Event) => {
              ev.preventDefault();
              ctx.goTo("Школы", a.row);
            },
          },
          T.where(a.row, a.school),
        ),
        h("br"),
        `${a.state}${a.reason ? `: ${a.reason}` : ""}`,
      ),
    );
  return h("div", {}, h("h2", {}, T.attention(data.attention.length)), list);
}

async function municipalSide(root: HTMLElement, ctx: ViewContext, data: MunicipalOverviewDto): Promise<void> {
  const out = h("div", { id: "collect-result" });
  const bar = progressBar();
  const progress = h("span", { class: "muted", id: "collect-progress" });
  const body = h("div");
  const render = (d: MunicipalOverviewDto) =>
    body.replaceChildren(
      h("p", { class: "muted", id: "municipal-intro" }, T.municipalIntro(d.schools, d.received)),
      attentionList(d, ctx),
    );
  const buttons: HTMLButtonElement[] = [];
  const action = async (work: () => Promise<{ message: string }>) => {
    const result = await runAction(ctx, buttons, out, work);
    if (!result) return;
    out.replaceChildren(message("ok", result.message));
    render(await ctx.rpc("municipalOverview"));
  };
  const collect = h(
    "button",
    {
      class: "btn primary",
      id: "collect",
      onclick: () =>
        action(async () => {
          let from = 0;
          for (;;) {
            const step = await ctx.rpc("collectStep", { from });
            bar.set(step.next, step.total);
            progress.textContent = T.progress(step.next, step.total);
            if (step.done || step.next <= from) return step;
            from = step.next;
          }
        }),
    },
    T.collect,
  );
  const input = h("input", { type: "file", accept: ".json,application/json", multiple: true, id: "snapshot-files" });
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    if (!files.length) return;
    void action(async () => {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      return ctx.rpc("acceptSnapshotFiles", { files: read });
    }).then(() => (input.value = ""));
  });
  const summary = h(
    "button",
    { class: "btn", id: "build-summary", onclick: () => action(() => ctx.rpc("buildMunicipalSummary")) },
    T.summary,
  );
  const report = h(
    "button",
    { class: "btn", id: "build-municipal-report", onclick: () => action(() => ctx.rpc("buildMunicipalReport")) },
    T.report,
  );
  buttons.push(collect, summary, report);
  render(data);
  root.append(
    collect,
    bar.el,
    progress,
    out,
    h("div", { class: "actions" }, summary, report),
    h("h2", {}, T.filesHeading),
    h("p", { class: "muted" }, T.filesHint),
    input,
    body,
  );
}

export const municipalView: View = {
  id: "municipal",
  title: T.title,
  async render(root, ctx) {
    const data = await ctx.rpc("municipalOverview");
    if (data.municipal) await municipalSide(root, ctx, data);
    else await schoolSide(root, ctx);
  },
};
