/**
 * The programme checklist of «Обзор» and its first step: the stages ticked from the workbook's state
 * (domain/workbook/progress.ts), the settings form that creates «Настройки» when it is missing, and the
 * programme's figures of the report year (domain/figures), read once with the checklist's facts. The
 * panel's state stays light: these are read when «Обзор» is shown, not on every refresh.
 */
import * as z from "zod";
import { programmeStages, type ProgressDto } from "../../domain/workbook/progress";
import { SETTINGS_FORM_TEXT as T } from "../../domain/workbook/progressMessages";
import { QUESTIONNAIRE_ORDER } from "../../domain/questionnaires";
import { readRegistry } from "../../forms/registry";
import type { ProgrammeFigures } from "../../domain/figures/programme";
import { readProgrammeState } from "../../sheets/progressFacts";
import { writeSettings } from "../../sheets/settings";
import { ensureSettingsSheet } from "../../sheets/setup";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export interface SettingsFormDto {
  organisation: string;
  municipality: string;
  curator: string;
  academicYear: string;
  programPeriod: string;
}

const FIELDS = ["organisation", "municipality", "curator", "academicYear", "programPeriod"] as const;

const SettingsInput = z
  .object({
    organisation: z.string().max(500),
    municipality: z.string().max(500),
    curator: z.string().max(500),
    academicYear: z.string().max(20),
    programPeriod: z.string().max(20),
  })
  .strict();

/** «2026-2027», «2026–2027», «2026 - 2027» → «2026-2027»; anything else → null. */
function yearPair(text: string, consecutive: boolean): string | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (b <= a || (consecutive && b !== a + 1) || a < 2000 || b > 2100) return null;
  return `${a}-${b}`;
}

/** The programme's figures of the report year on «Обзор»: the numbers the report and the snapshot give. */
export interface ProgrammeCounts {
  /** The programme year the figures are for, «2026-2027». */
  year: string;
  /** Counted in the year (a pair of the year and consent), each person once per role. */
  mentors: number;
  mentees: number;
  /** Pairs and groups of the year (a group: one mentor, several mentees of one form at once). */
  pairs: number;
  groups: number;
  /** «предложена»: not pairs until approved. */
  proposals: number;
  /** Mentees in work with no approved or active pair. */
  waiting: number;
  registers: { mentors: number; mentees: number };
  roadmap: number;
}

export type ProgrammeProgressDto = ProgressDto & {
  settings: SettingsFormDto;
  /** Null until the workbook's sheets exist. */
  figures: ProgrammeCounts | null;
};

function countsOf(f: ProgrammeFigures, roadmap: number): ProgrammeCounts {
  return {
    year: f.frame.label,
    mentors: f.year.mentors,
    mentees: f.year.mentees,
    pairs: f.year.pairs,
    groups: f.year.groups,
    proposals: f.proposals,
    waiting: f.waiting,
    registers: { mentors: f.registers.mentors, mentees: f.registers.mentees },
    roadmap,
  };
}

export const PROGRESS_ENDPOINTS = {
  programmeProgress: endpoint("programmeProgress", NoInput, (): ProgrammeProgressDto => {
    const ss = active();
    const { facts, figures, settings } = readProgrammeState(ss, new Date());
    const { forms } = readRegistry(PropertiesService.getDocumentProperties());
    const formsCreated = QUESTIONNAIRE_ORDER.filter((k) => forms[k]?.formId).length;
    return {
      ...programmeStages({ ...facts, formsCreated, formsTotal: QUESTIONNAIRE_ORDER.length }),
      figures: facts.missingSheets.length ? null : countsOf(figures, facts.roadmapItems),
      settings: {
        organisation: settings.organisation,
        municipality: settings.municipality,
        curator: settings.curator,
        academicYear: settings.academicYear,
        programPeriod: settings.programPeriod,
      },
    };
  }),

  /** The checklist's first step: the programme's name and years, written into «Настройки». */
  saveSettings: endpoint("saveSettings", SettingsInput, (input) => {
    const values: Record<(typeof FIELDS)[number], string> = { ...input };
    for (const key of FIELDS) values[key] = input[key].trim();
    if (!values.organisation) throw new UserFacingError(T.organisationRequired);
    const academic = yearPair(values.academicYear, true);
    if (!academic) throw new UserFacingError(T.badAcademicYear(values.academicYear));
    const period = yearPair(values.programPeriod, false);
    if (!period) throw new UserFacingError(T.badProgramPeriod(values.programPeriod));
    values.academicYear = academic;
    values.programPeriod = period;
    const ss = active();
    withDocumentLock(() => {
      ensureSettingsSheet(ss);
      writeSettings(ss, values);
    });
    return { message: T.saved };
  }),
};
