/**
 * «Анкеты»: create or update the seven forms step by step, their links and counts; personal links to hand
 * out (printable cards and a CSV, built here from the server's people and templates); possible duplicates
 * to merge or keep apart; the history of overwritten values with «Вернуть»; the latest log entries.
 * Everything shown is text (h() sets textContent); the printable page is escaped by linksHtml.
 */
import { progressBar, runAction } from "../components";
import { h, message } from "../dom";
import type { View, ViewContext } from "../context";
import { FORMS_VIEW_TEXT as T } from "../texts/forms";
import type { DuplicatesDto, FormsOverviewDto, HistoryDto, PersonalLinksDto } from "../../src/ui/endpoints/forms";
import { linkRows, linksCsv, linksHtml } from "../../src/domain/questionnaires/links";
import { LINK_TEXTS } from "../../src/domain/questionnaires/messages";

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

const LISTED_LINKS = 50;

function download(name: string, type: string, text: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  return h("a", { class: "btn", href: url, download: name, id: "links-csv" }, T.linksCsv);
}

function linksResult(data: PersonalLinksDto): HTMLElement {
  const rows = linkRows(data.people, data.templates);
  const list = h("ul", { class: "list links", id: "links-list" });
  for (const r of rows.slice(0, LISTED_LINKS)) {
    const who = data.pseudonymous ? r.id : `${r.id} · ${r.name}${r.grade ? `, ${r.grade}` : ""}`;
    list.appendChild(
      h(
        "li",
        { "data-id": r.id },
        h("b", {}, who),
        ` · ${r.code} · `,
        ...r.links.flatMap((l, i) => [
          i > 0 ? " · " : "",
          h("a", { class: "link", href: l.url, target: "_blank", rel: "noopener noreferrer", title: l.title }, l.title),
        ]),
      ),
    );
  }
  const print = h(
    "button",
    {
      class: "btn",
      id: "links-print",
      onclick: () => {
        const url = URL.createObjectURL(new Blob([linksHtml(rows, LINK_TEXTS)], { type: "text/html" }));
        window.open(url, "_blank", "noopener");
      },
    },
    T.linksPrint,
  );
  return h(
    "div",
    {},
    message("ok", data.message),
    h("p", { class: "muted" }, T.linksCount(rows.length)),
    h(
      "div",
      { class: "actions" },
      download("personal-links.csv", "text/csv;charset=utf-8", linksCsv(rows, LINK_TEXTS, data.forms)),
      print,
    ),
    list,
    rows.length > LISTED_LINKS ? h("p", { class: "muted" }, T.linksMore(rows.length - LISTED_LINKS)) : "",
  );
}

function linksSection(ctx: ViewContext): HTMLElement {
  const role = h(
    "select",
    { id: "links-role" },
    ...(["all", "mentee", "mentor"] as const).map((r) => h("option", { value: r }, T.linksRoles[r])),
  );
  const grade = h("input", { id: "links-grade", type: "text", autocomplete: "off" });
  const out = h("div", { id: "links-result" });
  const show: HTMLButtonElement = h(
    "button",
    {
      class: "btn",
      id: "links-show",
      onclick: async () => {
        const data = await runAction(ctx, [show], out, () =>
          ctx.rpc("personalLinks", { role: role.value as "all" | "mentor" | "mentee", grade: grade.value }),
        );
        if (data) out.replaceChildren(linksResult(data));
      },
    },
    T.linksShow,
  );
  return h(
    "section",
    { id: "forms-links" },
    h("h3", {}, T.linksHeading),
    h("p", { class: "muted" }, T.linksHelp),
    h("label", { for: "links-role" }, T.linksRole),
    role,
    h("label", { for: "links-grade" }, T.linksGrade),
    grade,
    h("div", { class: "actions" }, show),
    out,
  );
}

function duplicatesSection(data: DuplicatesDto, ctx: ViewContext, reload: () => Promise<void>): HTMLElement | "" {
  if (data.pending === 0) return "";
  const out = h("div");
  const list = h("ul", { class: "list duplicates", id: "duplicates-list" });
  for (const e of data.entries) {
    const act = (decision: "merged" | "apart", button: HTMLButtonElement) => async () => {
      const result = await runAction(ctx, [button], out, () => ctx.rpc("resolveDuplicate", { row: e.row, decision }));
      if (!result) return;
      ctx.notify(result.ok ? "ok" : "warn", result.message);
      await reload();
    };
    const merge: HTMLButtonElement = h("button", { class: "btn", "data-action": "merge" }, T.merge);
    const apart: HTMLButtonElement = h("button", { class: "btn", "data-action": "apart" }, T.apart);
    merge.addEventListener("click", act("merged", merge));
    apart.addEventListener("click", act("apart", apart));
    const changes =
      e.changes.length === 0
        ? h("p", { class: "muted" }, T.mergeNothing)
        : h(
            "div",
            {},
            h("span", { class: "muted" }, T.mergePreview),
            h("ul", {}, ...e.changes.map((c) => h("li", {}, `${c.column}: ${c.before || "—"} → ${c.after || "—"}`))),
          );
    list.appendChild(
      h(
        "li",
        { class: "problem warn", "data-row": e.row },
        h(
          "a",
          {
            class: "link",
            href: "#",
            onclick: (ev: Event) => {
              ev.preventDefault();
              ctx.goTo(data.sheet, e.row);
            },
          },
          T.duplicateTitle(e.sheet, e.id, e.similarId),
        ),
        e.name ? h("div", { class: "muted" }, T.duplicateNames(e.name, e.similarName)) : "",
        h("div", { class: "reason" }, e.differences),
        changes,
        h("div", { class: "actions" }, merge, apart),
      ),
    );
  }
  return h(
    "section",
    { id: "forms-duplicates" },
    h("h3", {}, T.duplicatesHeading(data.pending)),
    h("p", { class: "muted" }, T.duplicatesHelp),
    out,
    list,
  );
}

function historySection(data: HistoryDto, ctx: ViewContext, reload: () => Promise<void>): HTMLElement {
  const out = h("div");
  const body =
    data.entries.length === 0
      ? h("p", { class: "muted" }, T.historyEmpty)
      : h(
          "ul",
          { class: "list history", id: "history-list" },
          ...data.entries.map((e) => {
            const restore: HTMLButtonElement = h("button", { class: "btn", "data-action": "restore" }, T.restore);
            restore.addEventListener("click", async () => {
              const result = await runAction(ctx, [restore], out, () => ctx.rpc("restoreHistory", { row: e.row }));
              if (!result) return;
              ctx.notify(result.ok ? "ok" : "warn", result.message);
              await reload();
            });
            return h(
              "li",
              { "data-row": e.row },
              h("span", { class: "muted" }, `${when(e.date)} · ${e.source}`),
              h("br"),
              h("b", {}, T.historyEntry(e.sheet, e.rowKey, e.column)),
              h("br"),
              h("span", { class: "change" }, T.historyChange(e.before, e.after)),
              " ",
              e.restored ? h("span", { class: "muted" }, T.restored) : restore,
            );
          }),
        );
  return h(
    "section",
    { id: "forms-history" },
    h("h3", {}, T.historyHeading(data.total)),
    h("p", { class: "muted" }, T.historyHelp),
    out,
    body,
  );
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

    const links = linksSection(ctx);
    const load = async (): Promise<void> => {
      const [data, duplicates, history] = await Promise.all([
        ctx.rpc("formsOverview"),
        ctx.rpc("listDuplicates"),
        ctx.rpc("listHistory"),
      ]);
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
        links,
        duplicatesSection(duplicates, ctx, load),
        h("h3", {}, T.logHeading(data.logPending, data.logTotal)),
        logList(data, ctx),
        historySection(history, ctx, load),
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
        onclick: () =>
          busy(retry, async () => {
            // Chunk after chunk, each committed on the server, until the log has nothing left to take.
            const bar = progressBar();
            const text = h("span", { class: "muted", id: "forms-retry-progress" });
            root.insertBefore(h("div", {}, bar.el, text), out);
            let step = await ctx.rpc("retryFormAnswers", {});
            for (;;) {
              const done = step.processed + step.still;
              bar.set(done, done + step.remaining);
              text.textContent = step.message;
              ctx.setStatus(step.message);
              if (step.done || !step.cursor) return step.message;
              step = await ctx.rpc("retryFormAnswers", { cursor: step.cursor, before: step });
            }
          }),
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
