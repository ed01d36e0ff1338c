/**
 * The programme's stages as a checklist for «Обзор»: what the curator does first, what is done, and the
 * next step. Each stage is ticked from what the workbook holds (facts read by sheets/progressFacts.ts),
 * never from a remembered click, so a step done by hand (a roadmap typed into the sheet) counts too.
 *
 * Order (the model's stages as the add-on supports them): settings → sheets → roadmap → contingent and
 * targets → questionnaires → pairs → meetings → monitoring → report. The next step is the first one not
 * done; steps after it can be done out of order and are ticked when done.
 *
 * A step's action says where the curator acts: a form in «Обзор» (settings), a call (sheets), or another
 * view of the panel with an intent (run its main button, or focus the field to fill).
 */
import { countOf, WORDS } from "../common/plural";
import { PROGRESS_TEXT as T } from "./progressMessages";

export interface ProgrammeFacts {
  settingsSheet: boolean;
  organisation: string;
  missingSheets: string[];
  roadmapItems: number;
  /** Contingent rows with a number in «Факт». */
  contingentFilled: number;
  /** Indicator rows with a target in any year. */
  targetsFilled: number;
  formsCreated: number;
  formsTotal: number;
  mentors: number;
  mentees: number;
  /** «предложена»: not pairs until approved. */
  pairsProposed: number;
  /** Pairs and groups of the report year (approved, active or completed: domain/figures). */
  pairsApproved: number;
  groupsApproved: number;
  meetings: number;
  surveys: number;
  report: boolean;
}

export type StageKey =
  "settings" | "sheets" | "roadmap" | "bases" | "forms" | "pairs" | "meetings" | "monitoring" | "report";

export interface StageAction {
  label: string;
  /** «settings»: the form in «Обзор»; «setup»: create the sheets; «open»: another view of the panel. */
  kind: "settings" | "setup" | "open";
  view?: string;
  /** What the view does on opening (sidebar/views/index.ts INTENTS): e.g. "run", "focus", "contingent". */
  intent?: string;
}

export interface StageDto {
  key: StageKey;
  title: string;
  done: boolean;
  /** What there is now, or what is missing. */
  detail: string;
  action: StageAction;
}

export interface ProgressDto {
  stages: StageDto[];
  /** The first stage not done, or null when the whole checklist is done. */
  next: StageKey | null;
  done: number;
}

export function programmeStages(f: ProgrammeFacts): ProgressDto {
  const sheetsReady = f.missingSheets.length === 0;
  const stages: StageDto[] = [
    {
      key: "settings",
      title: T.settings.title,
      done: f.settingsSheet && f.organisation.trim() !== "",
      detail: f.organisation.trim() ? f.organisation.trim() : T.settings.missing,
      action: { label: T.settings.action, kind: "settings" },
    },
    {
      key: "sheets",
      title: T.sheets.title,
      done: sheetsReady,
      detail: sheetsReady ? T.sheets.ready : T.sheets.missing(f.missingSheets.length),
      action: { label: T.sheets.action, kind: "setup" },
    },
    {
      key: "roadmap",
      title: T.roadmap.title,
      done: f.roadmapItems > 0,
      detail: f.roadmapItems > 0 ? countOf(f.roadmapItems, WORDS.event) : T.roadmap.missing,
      action: { label: T.roadmap.action, kind: "open", view: "roadmap", intent: "focus" },
    },
    {
      key: "bases",
      title: T.bases.title,
      done: f.contingentFilled > 0 && f.targetsFilled > 0,
      detail:
        f.contingentFilled === 0
          ? T.bases.noContingent
          : f.targetsFilled === 0
            ? T.bases.noTargets
            : T.bases.ready(f.targetsFilled),
      action:
        f.contingentFilled === 0
          ? { label: T.bases.contingentAction, kind: "open", view: "indicators", intent: "contingent" }
          : { label: T.bases.targetsAction, kind: "open", view: "indicators", intent: "targets" },
    },
    {
      key: "forms",
      title: T.forms.title,
      done: f.formsCreated >= f.formsTotal,
      detail:
        f.formsCreated === 0
          ? T.forms.missing
          : f.formsCreated < f.formsTotal
            ? T.forms.partly(f.formsCreated, f.formsTotal)
            : T.forms.ready(f.mentors, f.mentees),
      action:
        f.formsCreated >= f.formsTotal
          ? { label: T.forms.open, kind: "open", view: "forms" }
          : { label: T.forms.action, kind: "open", view: "forms", intent: "run" },
    },
    {
      key: "pairs",
      title: T.pairs.title,
      done: f.pairsApproved + f.groupsApproved > 0,
      detail:
        f.pairsApproved + f.groupsApproved > 0
          ? T.pairs.ready(f.pairsApproved, f.groupsApproved, f.pairsProposed)
          : f.pairsProposed > 0
            ? T.pairs.proposed(f.pairsProposed)
            : f.mentors === 0 || f.mentees === 0
              ? T.pairs.noPeople
              : T.pairs.missing(f.mentors, f.mentees),
      action:
        f.pairsProposed > 0 || f.pairsApproved + f.groupsApproved > 0
          ? { label: T.pairs.review, kind: "open", view: "pairs" }
          : { label: T.pairs.action, kind: "open", view: "pairs", intent: "run" },
    },
    {
      key: "meetings",
      title: T.meetings.title,
      done: f.meetings > 0,
      detail: f.meetings > 0 ? countOf(f.meetings, WORDS.meeting) : T.meetings.missing,
      action: { label: T.meetings.action, kind: "open", view: "forms", intent: "lists" },
    },
    {
      key: "monitoring",
      title: T.monitoring.title,
      done: f.surveys > 0,
      detail: f.surveys > 0 ? countOf(f.surveys, WORDS.answer) : T.monitoring.missing,
      action: { label: T.monitoring.action, kind: "open", view: "forms", intent: "lists" },
    },
    {
      key: "report",
      title: T.report.title,
      done: f.report,
      detail: f.report ? T.report.ready : T.report.missing,
      action: { label: T.report.action, kind: "open", view: "report", intent: "run" },
    },
  ];
  // Nothing works before the sheets exist: until then every later step waits for them.
  if (!sheetsReady) for (const s of stages.slice(2)) s.done = false;
  const next = stages.find((s) => !s.done)?.key ?? null;
  return { stages, next, done: stages.filter((s) => s.done).length };
}
