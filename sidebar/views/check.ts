/**
 * «Проверка»: runs every check of the workbook and lists what it found, identical problems together
 * (one item, a link to each row), under a heading per severity whose count is the summary's. When a
 * sheet's header is damaged (a column or the header row deleted or renamed, a sheet missing), offers
 * «Восстановить заголовки», which puts them back without touching a data cell and checks again.
 */
import { problemGroupList, runAction } from "../components";
import { h, message } from "../dom";
import type { View } from "../context";
import { TEXT } from "../texts";

const SEVERITIES = ["error", "warning", "info"] as const;

export const checkView: View = {
  id: "check",
  title: TEXT.check.title,
  render(root, ctx) {
    const out = h("div", { id: "check-result" });
    const check = async (before?: string) => {
      const result = await runAction(ctx, [button], out, () => ctx.rpc("checkWorkbook"));
      if (!result) return;
      const parts: Array<Node | string> = [
        before ? message("ok", before) : "",
        message(result.total === 0 ? "ok" : result.counts.error ? "error" : "warn", result.summary),
      ];
      if (result.restore.length)
        parts.push(
          h(
            "div",
            { class: "actions", id: "check-restore-box" },
            h("p", {}, TEXT.check.restoreIntro(result.restore.map((r) => r.sheet))),
            restoreButton(),
          ),
        );
      for (const severity of SEVERITIES) {
        const groups = result.groups.filter((g) => g.severity === severity);
        if (!groups.length) continue;
        parts.push(
          h("h2", { "data-severity": severity }, TEXT.check.heading[severity](result.counts[severity])),
          problemGroupList(groups, ctx),
        );
      }
      if (result.total > result.problems.length)
        parts.push(h("p", { class: "muted" }, TEXT.check.more(result.total - result.problems.length)));
      out.replaceChildren(...parts);
    };
    const restoreButton = (): HTMLButtonElement => {
      const restore: HTMLButtonElement = h(
        "button",
        {
          class: "btn",
          id: "check-restore",
          onclick: async () => {
            const done = await runAction(ctx, [restore, button], out, () => ctx.rpc("restoreStructure"));
            if (done) await check(done.message);
          },
        },
        TEXT.check.restore,
      );
      return restore;
    };
    const button = h("button", { class: "btn primary", id: "check-workbook", onclick: () => check() }, TEXT.check.run);
    root.append(h("p", { class: "muted" }, TEXT.check.intro), button, out);
  },
};
