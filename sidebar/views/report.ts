import { runAction } from "../components";
import { h, message } from "../dom";
import type { View } from "../context";
import { REPORT_VIEW } from "../texts/report";

export const reportView: View = {
  id: "report",
  title: REPORT_VIEW.title,
  render(root, ctx) {
    const out = h("div");
    const button = h(
      "button",
      {
        class: "btn primary",
        id: "build-report",
        onclick: async () => {
          const result = await runAction(ctx, [button], out, () => ctx.rpc("buildReport"));
          if (!result) return;
          out.replaceChildren(
            message("ok", result.message),
            h(
              "a",
              {
                class: "link",
                href: "#",
                onclick: (ev: Event) => {
                  ev.preventDefault();
                  ctx.goTo("Отчёт", 1);
                },
              },
              REPORT_VIEW.open,
            ),
          );
        },
      },
      REPORT_VIEW.build,
    );
    root.append(
      h("p", { class: "muted" }, REPORT_VIEW.intro),
      ctx.state.pseudonymous ? h("p", { class: "muted" }, REPORT_VIEW.pseudonymous) : "",
      button,
      out,
    );
  },
};
