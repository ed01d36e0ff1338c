/**
 * Role models («ролевые модели»): which variant of its form a pair works in, and what that variant asks of
 * the mentor (seniority in grades, experience).
 *
 * Decisions: a new pair's role model is suggested from the mentee — what they asked for first, then what
 * the curator recorded, then a teacher's being a young specialist (rules.ts), never ОВЗ or ТЖС — else it is
 * the form's first role model in «Справочники». A pair in «Пары» keeps the role model the curator wrote
 * when it is one of its form's. A role model's rules come from «Справочники»; a blank cell takes the
 * default for that name (DEFAULT_ROLE_MODELS) and a name the defaults do not know asks nothing. A form with
 * no role model at all asks nothing beyond its categories. Role-model names are for the curator only:
 * nothing a participant sees carries them.
 */
import { isBlank, matchLabel, squashSpaces } from "../common/normalise";
import { DEFAULT_ROLE_MODELS } from "../workbook/defaults";
import { hasLabel, sameLabel } from "./labelCache";
import { columnSpec } from "../workbook/sheets";
import { INPUT_MESSAGES, ROLE_MODEL_RULE_LABELS } from "./messages";
import { ROLE_MODEL_RULES, type RoleModelRule } from "./rules";
import type { ExperienceRule, MatchRefs, Mentee, Problem, RoleModel, RoleModelRef, Seniority } from "./types";

type Refs = Pick<MatchRefs, "roleModels"> | undefined;

/** The rules of a role model: its own where «Справочники» give them, else the defaults for its name. */
export function resolveRoleModel(ref: RoleModelRef): RoleModel {
  if (ref.seniority && ref.experience) return ref as RoleModel;
  const known = DEFAULT_ROLE_MODELS.find((d) => sameLabel(d.form, ref.form) && sameLabel(d.model, ref.model));
  return {
    ...ref,
    seniority: ref.seniority ?? known?.seniority ?? "none",
    experience: ref.experience ?? known?.experience ?? "any",
  };
}

/** Role models of each form, settled once per list (the list is not changed while matching). */
const byForm = new WeakMap<readonly RoleModelRef[], Map<string, RoleModel[]>>();

/** The form's role models with their rules, in the order of «Справочники». */
export function roleModelsOf(form: string, refs: Refs): RoleModel[] {
  const list = refs?.roleModels ?? DEFAULT_ROLE_MODELS;
  let forms = byForm.get(list);
  if (!forms) {
    forms = new Map();
    byForm.set(list, forms);
  }
  let found = forms.get(form);
  if (!found) {
    found = list.filter((r) => sameLabel(r.form, form)).map(resolveRoleModel);
    forms.set(form, found);
  }
  return found;
}

export interface RoleModelSuggestion {
  model: string;
  /** The role model with its rules; undefined for a name the form does not list. */
  roleModel?: RoleModel;
  rule?: RoleModelRule;
  /** The request, need or experience that triggered the rule (for the reason text). */
  trigger?: { kind: "need" | "request" | "young"; value: string };
}

function suggestion(
  rule: RoleModelRule,
  models: readonly RoleModel[],
  trigger: RoleModelSuggestion["trigger"],
): RoleModelSuggestion {
  const roleModel = models.find((m) => sameLabel(m.model, rule.model));
  return { model: roleModel?.model ?? rule.model, rule, trigger, ...(roleModel ? { roleModel } : {}) };
}

/** The role model suggested for a mentee in a form (see the decisions above). */
export function suggestRoleModel(mentee: Mentee, form: string, refs?: Refs): RoleModelSuggestion | undefined {
  const models = roleModelsOf(form, refs);
  // Only the variants the school keeps in «Справочники».
  const rules = ROLE_MODEL_RULES.filter(
    (r) => sameLabel(r.form, form) && models.some((m) => sameLabel(m.model, r.model)),
  );
  for (const rule of rules) {
    const request = rule.requests?.find((n) => hasLabel(mentee.requests, n));
    if (request) return suggestion(rule, models, { kind: "request", value: request });
  }
  for (const rule of rules) {
    const need = rule.needs?.find((n) => hasLabel(mentee.needs, n));
    if (need) return suggestion(rule, models, { kind: "need", value: need });
  }
  for (const rule of rules) {
    if (rule.maxExperience !== undefined && mentee.experience !== undefined && mentee.experience <= rule.maxExperience)
      return suggestion(rule, models, { kind: "young", value: String(mentee.experience) });
  }
  const first = models[0];
  return first ? { model: first.model, roleModel: first } : undefined;
}

/**
 * The role model a pair works in: `stated` (the «Ролевая модель» of a row in «Пары») when it is one of the
 * form's, else the suggestion for the mentee.
 */
export function pairRoleModel(
  mentee: Mentee,
  form: string,
  refs?: Refs,
  stated?: string,
): RoleModelSuggestion | undefined {
  if (stated !== undefined && !isBlank(stated)) {
    const roleModel = roleModelsOf(form, refs).find((m) => sameLabel(m.model, stated));
    const rule = ROLE_MODEL_RULES.find((r) => sameLabel(r.form, form) && sameLabel(r.model, stated));
    if (roleModel) return { model: roleModel.model, roleModel, ...(rule ? { rule } : {}) };
  }
  return suggestRoleModel(mentee, form, refs);
}

const SENIORITIES = Object.keys(ROLE_MODEL_RULE_LABELS.seniority) as Seniority[];
const EXPERIENCE_RULES = Object.keys(ROLE_MODEL_RULE_LABELS.experience) as ExperienceRule[];

function parseRule<T extends string>(value: unknown, labels: Record<T, string>, codes: readonly T[]): T | undefined {
  const found = matchLabel(String(value), Object.values(labels) as string[]);
  return codes.find((c) => labels[c] === found);
}

export interface RoleModelRow {
  form: unknown;
  model: unknown;
  seniority?: unknown;
  experience?: unknown;
  /** Sheet row, for messages. */
  row?: number;
}

/**
 * «Справочники» rows → role models. A row without a form or a name is skipped; an unknown rule is a
 * warning and the default for the name is kept.
 */
export function readRoleModels(
  rows: readonly RoleModelRow[],
  sheet: string,
): { roleModels: RoleModelRef[]; problems: Problem[] } {
  const roleModels: RoleModelRef[] = [];
  const problems: Problem[] = [];
  const labels = ROLE_MODEL_RULE_LABELS;
  const headers = {
    seniority: columnSpec("refs", "roleModelSeniority").header,
    experience: columnSpec("refs", "roleModelExperience").header,
  };
  for (const r of rows) {
    if (isBlank(r.form) || isBlank(r.model)) continue;
    const ref: RoleModelRef = { form: squashSpaces(String(r.form)), model: squashSpaces(String(r.model)) };
    const columns: Array<["seniority" | "experience", unknown]> = [
      ["seniority", r.seniority],
      ["experience", r.experience],
    ];
    for (const [key, value] of columns) {
      if (isBlank(value)) continue;
      const code =
        key === "seniority"
          ? parseRule(value, labels.seniority, SENIORITIES)
          : parseRule(value, labels.experience, EXPERIENCE_RULES);
      if (code === undefined) {
        const allowed = Object.values(labels[key]) as string[];
        problems.push({
          severity: "warning",
          sheet,
          ...(r.row !== undefined ? { row: r.row } : {}),
          column: headers[key],
          message: INPUT_MESSAGES.roleModelRule(sheet, r.row, headers[key], String(value), allowed),
        });
      } else if (key === "seniority") ref.seniority = code as Seniority;
      else ref.experience = code as ExperienceRule;
    }
    roleModels.push(ref);
  }
  return { roleModels, problems };
}
