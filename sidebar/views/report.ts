/**
 * «Отчёт»: build the report; then the day it is for, the written conclusion of each section, and the
 * workbook check in one line with a link to «Проверка».
 */
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
          const link = (id: string, text: string, go: () => void) =>
            h(
              "a",
              {
                class: "link",
                href: "#",
                id,
                onclick: (ev: Event) => {
                  ev.preventDefault();
                  go();
                },
              },
              text,
            );
          out.replaceChildren(
            message("ok", result.message),
            link("report-open", REPORT_VIEW.open, () => ctx.goTo("Отчёт", 1)),
          );
          if (result.check)
            out.append(
              h(
                "p",
                { id: "report-check" },
                REPORT_VIEW.check(result.check.line),
                " ",
                result.check.problems ? link("report-open-check", REPORT_VIEW.openCheck, () => ctx.open("check")) : "",
              ),
            );
          if (result.conclusions.length)
            out.append(
              h("h2", {}, REPORT_VIEW.conclusions),
              h("ul", { class: "list", id: "report-conclusions" }, ...result.conclusions.map((c) => h("li", {}, c))),
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
