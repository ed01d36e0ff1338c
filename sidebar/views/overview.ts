import { runAction } from "../components";
import { h, message } from "../dom";
import type { View } from "../context";
import { TEXT } from "../texts";

export const overviewView: View = {
  id: "overview",
  title: TEXT.overview.title,
  render(root, ctx) {
    const { state } = ctx;
    const out = h("div");
    if (!state.ready) root.appendChild(message("warn", TEXT.overview.notReady(state.missingSheets)));
    const stat = (n: number, label: string) => h("div", { class: "stat" }, h("b", {}, n), label);
    root.appendChild(
      h(
        "div",
        { class: "stats" },
        stat(state.counts.mentors, TEXT.overview.mentors),
        stat(state.counts.mentees, TEXT.overview.mentees),
        stat(state.counts.pairs, TEXT.overview.pairs),
        stat(state.counts.roadmap, TEXT.overview.roadmap),
      ),
    );
    if (state.pseudonymous) root.appendChild(h("p", { class: "muted" }, TEXT.overview.pseudonymous));
    const button = h(
      "button",
      {
        class: state.ready ? "btn" : "btn primary",
        id: "setup-workbook",
        onclick: async () => {
          const result = await runAction(ctx, [button], out, () => ctx.rpc("setupWorkbook"));
          if (!result) return;
          ctx.notify("ok", result.message);
          await ctx.refresh();
        },
      },
      state.ready ? TEXT.overview.complete : TEXT.overview.setup,
    );
    root.appendChild(button);
    root.appendChild(out);
  },
};
