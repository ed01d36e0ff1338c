import { problemList, runAction } from "../components";
import { h, message } from "../dom";
import type { View } from "../context";
import { TEXT } from "../texts";

export const checkView: View = {
  id: "check",
  title: TEXT.check.title,
  render(root, ctx) {
    const out = h("div");
    const button = h(
      "button",
      {
        class: "btn primary",
        id: "check-workbook",
        onclick: async () => {
          const result = await runAction(ctx, [button], out, () => ctx.rpc("checkWorkbook"));
          if (!result) return;
          out.replaceChildren(
            message(result.total === 0 ? "ok" : "warn", result.summary),
            problemList(result.problems, ctx),
            result.total > result.problems.length
              ? h("p", { class: "muted" }, TEXT.check.more(result.total - result.problems.length))
              : "",
          );
        },
      },
      TEXT.check.run,
    );
    root.append(h("p", { class: "muted" }, TEXT.check.intro), button, out);
  },
};
