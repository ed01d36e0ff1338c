import { problemList } from "../components";
import { h, message } from "../dom";
import type { View } from "../context";
import { TEXT } from "../texts";

export const checkView: View = {
  id: "check",
  title: TEXT.check.title,
  render(root, ctx) {
    const out = h("div");
    const button = h("button", { class: "btn primary", id: "check-workbook", onclick: async () => {
      button.disabled = true;
      ctx.setStatus(TEXT.working);
      try {
        const result = await ctx.rpc("checkWorkbook");
        out.replaceChildren(
          message(result.total === 0 ? "ok" : "warn", result.summary),
          problemList(result.problems, ctx),
          result.total > result.problems.length ? h("p", { class: "muted" }, TEXT.check.more(result.total - result.problems.length)) : "",
        );
        ctx.setStatus(TEXT.ready);
      } catch (error) {
        out.replaceChildren(message("error", (error as Error).message));
        ctx.setStatus(TEXT.failed((error as Error).message));
      } finally {
        button.disabled = false;
      }
    } }, TEXT.check.run);
    root.append(h("p", { class: "muted" }, TEXT.check.intro), button, out);
  },
};
