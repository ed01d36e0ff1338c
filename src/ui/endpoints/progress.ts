/**
 * The programme checklist of «Обзор» and its first step: the stages ticked from the workbook's state
 * (domain/workbook/progress.ts), and the settings form that creates «Настройки» when it is missing.
 */
import * as z from "zod";
import { programmeStages, type ProgressDto } from "../../domain/workbook/progress";
import { defaultSettings } from "../../domain/workbook/settings";
import { SETTINGS_FORM_TEXT as T } from "../../domain/workbook/progressMessages";
import { QUESTIONNAIRE_ORDER } from "../../domain/questionnaires";
import { readRegistry } from "../../forms/registry";
import { readProgrammeFacts } from "../../sheets/progressFacts";
import { readSettings, writeSettings } from "../../sheets/settings";
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

export const PROGRESS_ENDPOINTS = {
  programmeProgress: endpoint("programmeProgress", NoInput, (): ProgressDto & { settings: SettingsFormDto } => {
    const ss = active();
    const facts = readProgrammeFacts(ss);
    const { forms } = readRegistry(PropertiesService.getDocumentProperties());
    const formsCreated = QUESTIONNAIRE_ORDER.filter((k) => forms[k]?.formId).length;
    const settings = facts.settingsSheet ? readSettings(ss) : defaultSettings();
    return {
      ...programmeStages({ ...facts, formsCreated, formsTotal: QUESTIONNAIRE_ORDER.length }),
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
