import { h, message } from "../dom";
import type { View } from "../context";
import { TEXT } from "../texts";
import { REPORT_VIEW } from "../texts/report";

export const reportView: View = {
  id: "report",
  title: REPORT_VIEW.title,
  render(root, ctx) {
    const out = h("div");
    const button = h("button", { class: "btn primary", id: "build-report", onclick: async () => {
      button.disabled = true;
      ctx.setStatus(TEXT.working);
      try {
        const result = await ctx.rpc("buildReport");
        out.replaceChildren(
          message("ok", result.message),
          h("a", { class: "link", href: "#", onclick: (ev: Event) => {
            ev.preventDefault();
            ctx.goTo("Отчёт", 1);
          } }, REPORT_VIEW.open),
        );
        ctx.setStatus(TEXT.ready);
      } catch (error) {
        out.replaceChildren(message("error", (error as Error).message));
        ctx.setStatus(TEXT.failed((error as Error).message));
      } finally {
        button.disabled = false;
      }
    } }, REPORT_VIEW.build);
    root.append(h("p", { class: "muted" }, REPORT_VIEW.intro), ctx.state.pseudonymous ? h("p", { class: "muted" }, REPORT_VIEW.pseudonymous) : "", button, out);
  },
};
