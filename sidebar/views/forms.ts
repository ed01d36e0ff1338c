/** «Анкеты»: create or update the seven forms step by step, their links and counts, the latest log entries. */
import { progressBar, runAction } from "../components";
import { h, message } from "../dom";
import type { View, ViewContext } from "../context";
import { FORMS_VIEW_TEXT as T } from "../texts/forms";
import type { FormsOverviewDto } from "../../src/ui/endpoints/forms";

const TOTAL = 7;

function when(iso: string): string {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function formsList(data: FormsOverviewDto): HTMLElement {
  const list = h("ul", { class: "list forms" });
  for (const f of data.forms) {
    const links = f.url
      ? h(
          "span",
          {},
          h(
            "a",
            { class: "link", href: f.url, target: "_blank", rel: "noopener noreferrer", "data-form": f.key },
            T.open,
          ),
          " · ",
          h("a", { class: "link", href: f.editUrl ?? f.url, target: "_blank", rel: "noopener noreferrer" }, T.edit),
        )
      : h("span", { class: "muted" }, T.notCreated);
    list.appendChild(
      h(
        "li",
        { "data-form-key": f.key },
        h("b", {}, f.title),
        h("br"),
        links,
        h("br"),
        h("span", { class: "muted" }, T.counts(f.answers, f.accepted, f.pending)),
      ),
    );
  }
  return list;
}

function logList(data: FormsOverviewDto, ctx: ViewContext): HTMLElement {
  if (data.latest.length === 0) return h("p", { class: "muted" }, T.logEmpty);
  const list = h("ul", { class: "list log", id: "forms-log" });
  for (const e of data.latest) {
    const where = h(
      "a",
      {
        class: "link",
        href: "#",
        onclick: (ev: Event) => {
          ev.preventDefault();
          ctx.goTo(data.logSheet, e.sheetRow);
        },
      },
      `${when(e.date)} · ${T.logWhere(e.source, e.row)}`,
    );
    list.appendChild(
      h(
        "li",
        { class: `problem ${e.pending ? "error" : "info"}` },
        where,
        h("br"),
        h("span", { class: "reason" }, e.reason),
        h("br"),
        h("span", { class: "muted excerpt" }, e.excerpt),
        e.pending ? "" : h("span", { class: "muted" }, ` · ${T.done}`),
      ),
    );
  }
  return list;
}

export const formsView: View = {
  id: "forms",
  title: T.title,
  async render(root, ctx) {
    root.appendChild(h("p", { class: "muted" }, T.intro));
    if (ctx.state.pseudonymous) root.appendChild(h("p", { class: "muted" }, T.pseudonymous));
    const out = h("div", { id: "forms-result" });
    const body = h("div", { id: "forms-body" });
    const bar = progressBar();
    const progressText = h("span", { class: "muted", id: "forms-progress" });

    const load = async () => {
      const data = await ctx.rpc("formsOverview");
      create.textContent = data.created > 0 ? T.update : T.create;
      create.setAttribute("data-action", data.created > 0 ? "update" : "create");
      body.replaceChildren(
        h("h3", {}, T.formsHeading),
        formsList(data),
        h(
          "div",
          { class: "actions" },
          retry,
          h("p", { class: "muted" }, T.retryHelp),
          lists,
          h("p", { class: "muted" }, T.listsHelp),
        ),
        h("h3", {}, T.logHeading(data.logPending, data.logTotal)),
        logList(data, ctx),
      );
    };

    const busy = async (button: HTMLButtonElement, work: () => Promise<string>) => {
      const text = await runAction(ctx, [button], out, async () => {
        const done = await work();
        await load();
        return done;
      });
      if (text !== undefined) out.replaceChildren(message("ok", text));
    };

    const create = h(
      "button",
      {
        class: "btn primary",
        id: "forms-create",
        onclick: () =>
          busy(create, async () => {
            bar.set(0, TOTAL);
            root.insertBefore(h("div", {}, bar.el, progressText), out);
            for (let index = 0; index < TOTAL; index++) {
              progressText.textContent = T.progress(index, TOTAL);
              const step = await ctx.rpc("createFormsStep", { index });
              bar.set(step.done, step.total);
              progressText.textContent = `${step.progress} · ${step.title}`;
              ctx.setStatus(step.progress);
            }
            return T.created(TOTAL);
          }),
      },
      T.create,
    );
    const retry = h(
      "button",
      {
        class: "btn",
        id: "forms-retry",
        onclick: () => busy(retry, async () => (await ctx.rpc("retryFormAnswers")).message),
      },
      T.retry,
    );
    const lists = h(
      "button",
      {
        class: "btn",
        id: "forms-lists",
        onclick: () => busy(lists, async () => (await ctx.rpc("refreshFormLists")).message),
      },
      T.lists,
    );

    // Answers go into the registers: without the workbook's sheets there is nowhere to put them.
    if (!ctx.state.ready) {
      create.disabled = true;
      root.append(message("warn", T.sheetsFirst), create, out);
      return;
    }
    root.append(create, out, body);
    try {
      await load();
    } catch (error) {
      out.replaceChildren(message("error", (error as Error).message));
    }
  },
};
