/**
 * «Обзор»: the programme checklist — every stage ticked from what the workbook holds, the next step with
 * its button (a form for the settings, «Создать листы книги», or the view where the step is done) — and
 * the programme's figures of the report year (pairs and groups, proposals apart, as the report counts them).
 */
import type { ProgrammeCounts, ProgrammeProgressDto, SettingsFormDto } from "../../src/ui/endpoints/index";
import type { StageDto } from "../../src/domain/workbook/progress";
import { SETTINGS_FORM_TEXT as F } from "../../src/domain/workbook/progressMessages";
import { pluralForm, type PluralForms } from "../../src/domain/common/plural";
import { runAction } from "../components";
import { h, message } from "../dom";
import type { View, ViewContext } from "../context";
import { TEXT } from "../texts";

const T = TEXT.overview;

function field(id: string, label: string, value: string, hint: string, required = false) {
  const input = h("input", {
    id,
    type: "text",
    autocomplete: "off",
    required,
    "aria-describedby": `${id}-hint`,
  });
  input.value = value;
  return {
    input,
    el: h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      input,
      h("p", { class: "hint", id: `${id}-hint` }, hint),
    ),
  };
}

function settingsForm(settings: SettingsFormDto, ctx: ViewContext, out: HTMLElement): HTMLElement {
  const org = field("settings-organisation", F.organisation, settings.organisation, F.organisationHint, true);
  const mun = field("settings-municipality", F.municipality, settings.municipality, "");
  const curator = field("settings-curator", F.curator, settings.curator, F.curatorHint);
  const year = field("settings-academic-year", F.academicYear, settings.academicYear, F.yearsHint);
  const period = field("settings-program-period", F.programPeriod, settings.programPeriod, F.periodHint);
  const save = h("button", { class: "btn primary", type: "submit", id: "settings-save" }, T.saveSettings);
  const form = h(
    "form",
    { class: "settings", id: "settings-form", novalidate: true },
    org.el,
    mun.el,
    curator.el,
    year.el,
    period.el,
    save,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const result = await runAction(ctx, [save], out, () =>
      ctx.rpc("saveSettings", {
        organisation: org.input.value,
        municipality: mun.input.value,
        curator: curator.input.value,
        academicYear: year.input.value,
        programPeriod: period.input.value,
      }),
    );
    if (!result) return;
    ctx.notify("ok", result.message);
    await ctx.refresh();
  });
  return form;
}

function stageAction(stage: StageDto, primary: boolean, ctx: ViewContext, out: HTMLElement): HTMLElement {
  const { action } = stage;
  const button = h(
    "button",
    { class: primary ? "btn primary" : "btn small", type: "button", "data-action": stage.key },
    action.label,
  );
  button.addEventListener("click", async () => {
    if (action.kind === "open" && action.view) return ctx.open(action.view, action.intent);
    if (action.kind === "setup") {
      const result = await runAction(ctx, [button], out, () => ctx.rpc("setupWorkbook"));
      if (!result) return;
      ctx.notify("ok", result.message);
      await ctx.refresh();
    }
  });
  if (stage.key === "sheets") button.id = "setup-workbook";
  return button;
}

/** The programme's figures for the year, as the report gives them (pairs and groups, proposals apart). */
function figures(c: ProgrammeCounts): HTMLElement {
  const F = T.programme;
  const stat = (n: number, forms: PluralForms, id: string) =>
    h("div", { class: "stat", "data-stat": id }, h("b", {}, n), pluralForm(n, forms));
  return h(
    "div",
    { id: "overview-figures" },
    h("p", { class: "muted" }, F.year(c.year)),
    h(
      "div",
      { class: "stats" },
      stat(c.mentors, F.mentors, "mentors"),
      stat(c.mentees, F.mentees, "mentees"),
      stat(c.pairs, F.pairs, "pairs"),
      stat(c.groups, F.groups, "groups"),
      stat(c.proposals, F.proposals, "proposals"),
      stat(c.roadmap, F.roadmap, "roadmap"),
    ),
    h(
      "p",
      { class: "muted", id: "overview-registers" },
      F.registers(c.registers.mentors, c.registers.mentees, c.waiting),
    ),
  );
}

function checklist(progress: ProgrammeProgressDto, ctx: ViewContext, out: HTMLElement): HTMLElement {
  const list = h("ol", { class: "steps", id: "progress" });
  for (const stage of progress.stages) {
    const isNext = stage.key === progress.next;
    const state = stage.done ? "done" : isNext ? "next" : "todo";
    const body = h(
      "div",
      { class: "step-body" },
      h("span", { class: "step-title" }, stage.title, h("span", { class: "sr-only" }, ` — ${T.stepState[state]}`)),
      h("span", { class: "step-detail" }, stage.detail),
    );
    if (!stage.done) {
      if (stage.action.kind === "settings")
        body.appendChild(isNext ? settingsForm(progress.settings, ctx, out) : stageAction(stage, false, ctx, out));
      else body.appendChild(stageAction(stage, isNext, ctx, out));
    }
    list.appendChild(
      h(
        "li",
        {
          class: `step ${state}`,
          "data-stage": stage.key,
          "data-next": isNext || undefined,
          "aria-current": isNext ? "step" : undefined,
        },
        h("span", { class: "mark", "aria-hidden": "true" }, T.marks[state]),
        body,
      ),
    );
  }
  return list;
}

export const overviewView: View = {
  id: "overview",
  title: T.title,
  async render(root, ctx) {
    const { state } = ctx;
    const out = h("div", { id: "overview-result" });
    const box = h("div");
    root.append(out, box);
    let progress;
    try {
      progress = await ctx.rpc("programmeProgress");
    } catch (error) {
      out.replaceChildren(message("error", (error as Error).message));
      return;
    }
    box.append(
      h("h2", { id: "progress-title" }, T.planTitle(progress.done, progress.stages.length)),
      checklist(progress, ctx, out),
    );
    if (progress.next === null) box.appendChild(message("ok", T.allDone));
    if (progress.figures) box.append(h("h2", {}, T.figures), figures(progress.figures));
    if (state.pseudonymous) box.appendChild(h("p", { class: "muted" }, T.pseudonymous));
  },
};
