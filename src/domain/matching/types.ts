/**
 * Plain records the matching feature works on. They are read from «Наставники», «Наставляемые», «Пары» and
 * «Предпочтения» by input.ts (or from CSV by the CLI) and never carry a sheet or a Range.
 */

export interface Mentor {
  id: string;
  name: string;
  category: string;
  grade?: number;
  age?: number;
  /** Years of work in all. */
  experience?: number;
  /** Years in this organisation («стаж в организации»). */
  tenure?: number;
  subject?: string;
  competencies: string[];
  /** Canonical form names (as in «Справочники»). */
  forms: string[];
  /** How many mentees in all, including pairs already kept. Blank in the sheet means 1. */
  capacity: number;
  consent: boolean;
  /** Vetting («Обучение пройдено», «Собеседование пройдено», «Справка о несудимости (дата)», ISO). */
  trained?: boolean;
  interviewed?: boolean;
  certificateDate?: string;
  status?: string;
  /** Sheet row, for messages. */
  row?: number;
}

export interface Mentee {
  id: string;
  name: string;
  category: string;
  grade?: number;
  age?: number;
  experience?: number;
  tenure?: number;
  subject?: string;
  requests: string[];
  needs: string[];
  /** Canonical form name; undefined when the mentee did not say. */
  form?: string;
  consent: boolean;
  status?: string;
  row?: number;
}

export interface ExistingPair {
  pairId?: string;
  mentorId: string;
  menteeId: string;
  form?: string;
  /** «Ролевая модель» as the curator left it; governs the pair's rules when it names one of the form's. */
  roleModel?: string;
  status?: string;
  locked: boolean;
  row?: number;
}

export type PreferenceRole = "mentor" | "mentee";

/** One answer of the preference questionnaire after the group meeting: whom the participant would choose. */
export interface Preference {
  participantId: string;
  role: PreferenceRole;
  /** IDs in order of preference. */
  choices: string[];
  row?: number;
}

/**
 * What a role model asks of the mentor's seniority in grades: nothing, the same grade or higher, a higher
 * grade, or a higher level of general education (начальная 1–4, основная 5–9, старшая 10–11).
 */
export type Seniority = "none" | "sameOrHigher" | "higher" | "higherLevel";

/** What a role model asks of the mentor's experience: nothing, or more than the mentee's. */
export type ExperienceRule = "any" | "more";

/** A role model of a form with its rules, as «Справочники» give it (blank rules: the defaults for its name). */
export interface RoleModelRef {
  form: string;
  model: string;
  seniority?: Seniority;
  experience?: ExperienceRule;
}

/** A role model with its rules settled. */
export interface RoleModel extends RoleModelRef {
  seniority: Seniority;
  experience: ExperienceRule;
}

export interface MatchWeights {
  requests: number;
  subject: number;
  preference: number;
  roleModel: number;
  gap: number;
}

/** Mentor categories a vetting item applies to. */
export type VettingRule = "all" | readonly string[];

/** What a mentor needs before a pair with a minor, per category (vetting.ts). */
export interface VettingSettings {
  training: VettingRule;
  interview: VettingRule;
  certificate: VettingRule;
  /** How long a certificate of no criminal record stays valid; 0: no limit. */
  certificateMonths: number;
}

export interface MatchSettings {
  /** A school's own minimum for a mentor where the role model asks for more experience; 0: none. */
  minMentorExperience: number;
  vetting: VettingSettings;
  weights: MatchWeights;
}

/** Reference lists the reader checks against («Справочники»); defaults from defaults.ts. */
export interface MatchRefs {
  forms: readonly string[];
  categories: readonly string[];
  roleModels: readonly RoleModelRef[];
  participantStatuses: readonly string[];
  pairStatuses: readonly string[];
}

export type ProblemSeverity = "error" | "warning";

/**
 * Something wrong in the data. An `error` excludes the row (no pair is ever proposed from it); a
 * `warning` keeps the row. `message` is the whole Russian text for the curator.
 */
export interface Problem {
  severity: ProblemSeverity;
  sheet: string;
  row?: number;
  column?: string;
  message: string;
}

export interface InvalidRow {
  sheet: "mentors" | "mentees";
  row: number;
  id?: string;
  name?: string;
}

export interface MatchingInput {
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: ExistingPair[];
  preferences: Preference[];
  /** Rows of the two bases that failed validation: reported as unmatched, never paired. */
  invalidRows: InvalidRow[];
  problems: Problem[];
}

/** A hard rule a pair breaks; `rule` is stable for code, `message` is for the curator. */
export interface Violation {
  rule: HardRule;
  message: string;
}

export type HardRule =
  | "inactive"
  | "consent"
  | "form"
  | "category"
  | "vetting"
  | "grade"
  | "experience"
  | "samePerson"
  | "ended"
  | "capacity";

export interface ScoredPair {
  score: number;
  roleModel?: string;
  /** Short Russian reasons, in the order they are shown, joined with « · » in the sheet. */
  reasons: string[];
}

export interface ProposedPair extends ScoredPair {
  mentorId: string;
  menteeId: string;
  form: string;
  /** Kept from «Пары» (locked, or approved/active), not proposed now. */
  kept: boolean;
  priority: boolean;
}

/** Why a mentee is left, as a stable code the sidebar groups by (the reason text carries the details). */
export type UnmatchedKind = "invalidRow" | "noConsent" | "noForm" | "noMentorOfForm" | "noCapacity" | "noCompatible";

export interface UnmatchedMentee {
  menteeId: string;
  reason: string;
  kind: UnmatchedKind;
  /** The mentee's form, for grouping «нет наставников в форме …». */
  form?: string;
  /** The mentee's grade, to name the grades that lack mentors. */
  grade?: number;
  /** noCompatible: the rule that stops most mentors, for the fix. */
  rule?: HardRule;
  /** Sheet row of the mentee, for links. */
  row?: number;
}

export interface MatchStats {
  mentees: number;
  matched: number;
  priorityMentees: number;
  priorityMatched: number;
  averageScore: number | null;
  minScore: number | null;
  lockedKept: number;
  existingKept: number;
  proposed: number;
  /** Per form: active mentees and those paired; active mentors and their places (kept pairs included). */
  byForm: Record<string, { mentees: number; matched: number; mentors: number; places: number }>;
  problems: number;
}

/** A mentor «не допущен» to work with minors, and why (vetting.ts). */
export interface NotAdmittedMentor {
  mentorId: string;
  reasons: string[];
  row?: number;
}

export interface MatchResult {
  pairs: ProposedPair[];
  unmatched: UnmatchedMentee[];
  notAdmitted: NotAdmittedMentor[];
  stats: MatchStats;
  problems: Problem[];
}
