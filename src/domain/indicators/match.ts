/**
 * Recognising a catalogue indicator in a school's own wording. Schools copy names from regional templates
 * with small differences («детей и молодежи» / «молодёжи», «обучающихся», «педагогов» / «учителей»,
 * a «%» suffix, line breaks, an explanation in parentheses), so a name is reduced to features (age band,
 * role, young specialists, satisfaction, coverage, partners) and compared with each indicator's rule.
 */
import { labelKey } from "../common/normalise";
import { DEFAULT_INDICATORS, type IndicatorDef, type NameFeature } from "./catalogue";

/** What each feature looks like in a normalised name (lower case, ё→е, dashes as «-», one space). */
export const FEATURE_PATTERNS: Record<NameFeature, RegExp> = {
  age10_18: /\b10 ?(?:-|до) ?18\b/,
  age15_18: /\b15 ?(?:-|до) ?18\b/,
  age10_19: /\b10 ?(?:-|до) ?19\b/,
  age15_19: /\b15 ?(?:-|до) ?19\b/,
  under35: /до 35 лет|моложе 35|младше 35/,
  firstYears: /перв\S* (?:тр\S*|3|пят\S*|5) (?:год|лет)/,
  college: /\bспо\b|профессиональн\S* образоват|колледж|техникум/,
  territory: /проживающ\S* на территории/,
  enterprises: /предприят/,
  asMentee: /наставляем/,
  // «наставник», «наставника», «наставников», never «наставничества».
  asMentor: /наставник/,
  young: /молод\S* специалист|\b0 ?(?:-|до) ?3 лет/,
  satisfaction: /удовлетвор/,
  coverage: /охват|вовлеч/,
  pupils: /обучающ|учащ|детей|школьник|ученик/,
  teachers: /педагог|учител/,
  partners: /партнер|работодател|предприят/,
};

/**
 * Qualifiers narrow a population. A name carrying one is matched only to an indicator whose computation
 * models it (IndicatorDef.models): a wrong formula is worse than none (docs/indicators.md).
 */
export const QUALIFIERS: ReadonlyArray<{ feature: NameFeature; words: string }> = [
  { feature: "under35", words: "«до 35 лет»" },
  { feature: "firstYears", words: "«в первые годы работы»" },
  { feature: "college", words: "«СПО»" },
  { feature: "territory", words: "«проживающих на территории»" },
];

/** Lower-cased, ё→е, dashes unified, spaces squashed, «%» and the unit suffix dropped. */
export function normaliseName(name: string): string {
  return labelKey(name)
    .replace(/,?\s*%/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The name without parenthesised explanations («(отношение количества …)», «(опросный)»). */
function withoutParentheses(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) out = out.replace(/\([^()]*\)/g, " ");
  return out.replace(/\s+/g, " ").trim();
}

export function featuresOf(text: string): Set<NameFeature> {
  const found = new Set<NameFeature>();
  for (const [feature, pattern] of Object.entries(FEATURE_PATTERNS) as Array<[NameFeature, RegExp]>) {
    if (pattern.test(text)) found.add(feature);
  }
  return found;
}

function scoreFor(def: IndicatorDef, features: Set<NameFeature>): number | null {
  // An entry with no required feature (a curator's own) is found by its name and aliases only.
  if (def.match.all.length === 0) return null;
  if (!def.match.all.every((f) => features.has(f))) return null;
  if ((def.match.none ?? []).some((f) => features.has(f))) return null;
  if (QUALIFIERS.some((q) => features.has(q.feature) && !(def.models ?? []).includes(q.feature))) return null;
  return def.match.all.length * 2 + (def.match.any ?? []).filter((f) => features.has(f)).length;
}

function bestMatch(text: string, catalogue: readonly IndicatorDef[]): string | null {
  const features = featuresOf(text);
  let best: { code: string; score: number } | null = null;
  let tie = false;
  for (const def of catalogue) {
    const score = scoreFor(def, features);
    if (score === null) continue;
    if (!best || score > best.score) {
      best = { code: def.code, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? best.code : null;
}

/**
 * The catalogue code a name stands for, or null when it is none of them (a custom indicator) or could be
 * two. Exact names and aliases win; then features of the name without its parenthesised explanation;
 * then, if that finds nothing, of the whole name (the explanation may carry «от 0 до 3 лет»).
 */
export function matchIndicator(name: string, catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS): string | null {
  const text = normaliseName(name);
  if (!text) return null;
  for (const def of catalogue) {
    if ([def.name, ...(def.aliases ?? [])].some((n) => normaliseName(n) === text)) return def.code;
  }
  return bestMatch(withoutParentheses(text), catalogue) ?? bestMatch(text, catalogue);
}

/** The qualifiers in a name that no catalogue indicator models (for the warning that keeps it the school's own). */
export function unmodelledQualifiers(name: string, catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS): string[] {
  const features = featuresOf(normaliseName(name));
  const modelled = new Set(catalogue.flatMap((d) => d.models ?? []));
  return QUALIFIERS.filter((q) => features.has(q.feature) && !modelled.has(q.feature)).map((q) => q.words);
}
