/**
 * Matching settings from «Настройки» (or a JSON file for the CLI): the school's minimum mentor experience,
 * what a mentor needs before a pair with a minor (vetting.ts) and the five score weights (seniority and
 * experience rules belong to each role model, in «Справочники»). Keys may be the setting keys of
 * defaults.ts (weightRequests) or the labels a curator sees («Вес: запросы и компетенции»).
 */
import * as z from "zod";
import { labelKey, splitTags } from "../common/normalise";
import { SETTINGS } from "../workbook/defaults";
import { SHEETS } from "../workbook/sheets";
import { INPUT_MESSAGES } from "./messages";
import type { MatchSettings, MatchWeights, Problem, VettingRule, VettingSettings } from "./types";

/** Setting key → where it goes in MatchSettings. */
const WEIGHT_KEYS: Record<string, keyof MatchWeights> = {
  weightRequests: "requests",
  weightSubject: "subject",
  weightPreference: "preference",
  weightRoleModel: "roleModel",
  weightGap: "gap",
};

function settingDefault(key: string): string | number | boolean {
  const spec = SETTINGS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown setting ${key}`);
  return spec.default;
}

/** Setting key → vetting item. */
const VETTING_KEYS: Record<string, Exclude<keyof VettingSettings, "certificateMonths">> = {
  vetTraining: "training",
  vetInterview: "interview",
  vetCertificate: "certificate",
};

const ALL = ["все", "всем", "все категории"];
const NONE = ["нет", "никому", "-", "—"];

/** «все», «нет» or categories separated by «;»: which mentors a vetting item applies to. */
export function parseVettingRule(value: unknown): VettingRule {
  const key = labelKey(String(value ?? ""));
  if (ALL.some((a) => labelKey(a) === key)) return "all";
  if (key === "" || NONE.some((n) => labelKey(n) === key)) return [];
  return splitTags(value);
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = {
  minMentorExperience: Number(settingDefault("minMentorExperience")),
  vetting: {
    training: parseVettingRule(settingDefault("vetTraining")),
    interview: parseVettingRule(settingDefault("vetInterview")),
    certificate: parseVettingRule(settingDefault("vetCertificate")),
    certificateMonths: Number(settingDefault("certificateMonths")),
  },
  weights: {
    requests: Number(settingDefault("weightRequests")),
    subject: Number(settingDefault("weightSubject")),
    preference: Number(settingDefault("weightPreference")),
    roleModel: Number(settingDefault("weightRoleModel")),
    gap: Number(settingDefault("weightGap")),
  },
};

const NUMBER_MESSAGE = INPUT_MESSAGES.expectNumber();

/** A number ≥ 0 as typed: 5, «5», «2,5». */
const nonNegative = z.unknown().transform((value, ctx) => {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim() !== ""
        ? Number(value.trim().replace(",", "."))
        : NaN;
  if (!Number.isFinite(n) || n < 0) {
    ctx.addIssue({ code: "custom", message: NUMBER_MESSAGE });
    return z.NEVER;
  }
  return n;
});

const vettingRule = z.unknown().transform((value) => parseVettingRule(value));

const SETTING_SCHEMAS: Record<string, z.ZodType<unknown>> = {
  minMentorExperience: nonNegative,
  vetTraining: vettingRule,
  vetInterview: vettingRule,
  vetCertificate: vettingRule,
  certificateMonths: nonNegative,
  weightRequests: nonNegative,
  weightSubject: nonNegative,
  weightPreference: nonNegative,
  weightRoleModel: nonNegative,
  weightGap: nonNegative,
};

/** Finds the setting key for what a row or JSON calls it: the key itself or the Russian label. */
function settingKey(name: string): string | undefined {
  const key = labelKey(name);
  return SETTINGS.find((s) => labelKey(s.key) === key || labelKey(s.label) === key)?.key;
}

export interface ReadSettingsOptions {
  /** Unknown parameter names are errors (CLI JSON); a sheet may hold rows of other features. */
  strict?: boolean;
  /** Name used in messages. */
  sheet?: string;
}

/** Reads matching settings; blanks keep the defaults. Problems are errors: the caller should not match. */
export function readMatchSettings(
  values: Record<string, unknown>,
  options: ReadSettingsOptions = {},
): { settings: MatchSettings; problems: Problem[] } {
  const sheet = options.sheet ?? SHEETS.settings.name;
  const problems: Problem[] = [];
  const settings: MatchSettings = {
    ...DEFAULT_MATCH_SETTINGS,
    vetting: { ...DEFAULT_MATCH_SETTINGS.vetting },
    weights: { ...DEFAULT_MATCH_SETTINGS.weights },
  };
  for (const [name, raw] of Object.entries(values)) {
    const key = settingKey(name);
    if (!key) {
      if (options.strict)
        problems.push({ severity: "error", sheet, message: INPUT_MESSAGES.settingsUnknown(sheet, name) });
      continue;
    }
    const schema = SETTING_SCHEMAS[key];
    if (!schema || raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) continue;
    const parsed = schema.safeParse(raw);
    const label = SETTINGS.find((s) => s.key === key)?.label ?? key;
    if (!parsed.success) {
      const message = INPUT_MESSAGES.settingsValue(
        sheet,
        label,
        String(raw),
        parsed.error.issues[0]?.message ?? NUMBER_MESSAGE,
      );
      problems.push({ severity: "error", sheet, column: label, message });
      continue;
    }
    if (key === "minMentorExperience") settings.minMentorExperience = parsed.data as number;
    else if (key === "certificateMonths") settings.vetting.certificateMonths = parsed.data as number;
    else if (key in VETTING_KEYS) settings.vetting[VETTING_KEYS[key]] = parsed.data as VettingRule;
    else settings.weights[WEIGHT_KEYS[key]] = parsed.data as number;
  }
  const total = Object.values(settings.weights).reduce((a, b) => a + b, 0);
  if (total <= 0) problems.push({ severity: "error", sheet, message: INPUT_MESSAGES.settingsZeroWeights(sheet) });
  return { settings, problems };
}

/** «Настройки» rows ({ key: label or key, value }) → the values readMatchSettings takes. */
export function settingsFromRows(rows: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of rows) {
    const name = row.key;
    if (typeof name === "string" && name.trim() && settingKey(name)) out[name] = row.value;
  }
  return out;
}
