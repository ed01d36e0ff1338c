/**
 * The monitoring report as data: what the workbook says on the report date, in aggregates. Pure: the
 * sheets layer reads the sheets into these plain records and lays the result out. Names appear only in
 * the pair list, and not at all in pseudonymous mode.
 */
export interface ReportInput {
  today: string; // YYYY-MM-DD, the report date
  settings: {
    organisation: string;
    municipality: string;
    academicYear: string;
    programPeriod: string;
    satisfactionThreshold: number;
    pseudonymous: boolean;
  };
  indicators: Array<{
    code: string;
    name: string;
    target: number | null;
    fact: number | string | null;
    status: string;
  }>;
  mentors: Array<{ id: string; name: string; forms: string[]; status: string; consent: boolean }>;
  /** `needs`: «Особые потребности» as the curator or a specialist recorded them (never asked of the child). */
  mentees: Array<{ id: string; name: string; form: string; status: string; consent: boolean; needs?: string[] }>;
  pairs: Array<{
    pairId: string;
    mentorId: string;
    menteeId: string;
    mentorName: string;
    menteeName: string;
    form: string;
    status: string;
    /** «Планы пар»: goals, tasks or a planned result written; «Достигнуто» written. */
    planned?: boolean;
    achieved?: boolean;
  }>;
  roadmap: Array<{ number: string; title: string; status: string; end: string | null }>;
  meetings: Array<{ pairId: string; date: string | null }>;
  surveys: Array<{
    participantId: string;
    role: string;
    questionnaire: string;
    stage: string;
    total: number | null;
    items: Record<string, number | null>;
    open: Record<SwotKey, string>;
  }>;
  problems: Array<{ sheet: string; row?: number; message: string }>;
  forms: readonly string[];
  growthItems: ReadonlyArray<{ key: string; label: string; lowerIsBetter: boolean }>;
  names: {
    satisfaction: string;
    evaluation: string;
    entry: string;
    exit: string;
    mentorRole: string;
    menteeRole: string;
  };
}

export type SwotKey = "strengths" | "weaknesses" | "opportunities" | "threats";
export const SWOT_KEYS: readonly SwotKey[] = ["strengths", "weaknesses", "opportunities", "threats"];

export interface ReportModel {
  header: ReportInput["settings"] & { today: string };
  kpi: Array<{
    code: string;
    name: string;
    target: number | null;
    fact: number | string | null;
    status: string;
    gap: number | null;
  }>;
  byForm: Array<{ form: string; mentors: number; mentees: number; activePairs: number; pairs: number }>;
  withoutConsent: number;
  /** Counted mentees with each special need: a count only, never who (sensitive data stays with staff). */
  needs: Array<{ need: string; mentees: number }>;
  pairsByStatus: Array<{ status: string; count: number }>;
  /** Approved, active and finished pairs, and how many have a plan and a result in «Планы пар». */
  plans: { pairs: number; withPlan: number; withResult: number };
  pairList: Array<{
    pairId: string;
    mentor: string;
    mentee: string;
    form: string;
    status: string;
    meetings: number;
    lastMeeting: string | null;
  }>;
  roadmapByStatus: Array<{ status: string; count: number }>;
  overdue: Array<{ number: string; title: string; end: string | null }>;
  meetings: {
    held: number;
    perActivePair: number | null;
    silent: Array<{ pairId: string; lastMeeting: string | null }>;
  };
  satisfaction: Array<{
    role: "mentor" | "mentee";
    /** Participants in the role (consent given, not withdrawn): the base of the response rate. */
    participants: number;
    answered: number;
    satisfied: number;
    share: number | null;
    mean: number | null;
  }>;
  growth: Array<{
    key: string;
    label: string;
    lowerIsBetter: boolean;
    participants: number;
    entry: number | null;
    exit: number | null;
    change: number | null;
  }>;
  swot: Record<SwotKey, string[]>;
  problems: ReportInput["problems"];
}

const ACTIVE_PAIR = new Set(["утверждена", "активна"]);
/** Pairs that should have a plan: approved, working or finished. */
const PLANNED_PAIR = new Set(["утверждена", "активна", "завершена"]);
const WITHDRAWN = "выбыл";
const SILENT_DAYS = 30;
const SWOT_LIMIT = 15;

const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е");
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) -
      Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) /
      86400000,
  );
}

function countBy<T>(
  items: readonly T[],
  key: (t: T) => string,
  order: readonly string[],
): Array<{ status: string; count: number }> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item) || "—", (counts.get(key(item) || "—") ?? 0) + 1);
  const known = order.filter((s) => counts.has(s)).map((s) => ({ status: s, count: counts.get(s)! }));
  const other = [...counts.keys()]
    .filter((s) => !order.includes(s))
    .sort()
    .map((s) => ({ status: s, count: counts.get(s)! }));
  return [...known, ...other];
}

export function buildReportModel(
  input: ReportInput,
  order: { pairStatuses: readonly string[]; roadmapStatuses: readonly string[] },
): ReportModel {
  const counted = <P extends { consent: boolean; status: string }>(p: P) => p.consent && norm(p.status) !== WITHDRAWN;
  const mentors = input.mentors.filter(counted);
  const mentees = input.mentees.filter(counted);
  const withoutConsent = [...input.mentors, ...input.mentees].filter(
    (p) => !p.consent && norm(p.status) !== WITHDRAWN,
  ).length;

  const kpi = input.indicators.map((i) => ({
    ...i,
    gap: typeof i.fact === "number" && i.target !== null ? round(i.fact - i.target, 4) : null,
  }));

  const forms = [...input.forms];
  for (const f of [...input.pairs.map((p) => p.form), ...mentees.map((m) => m.form)])
    if (f && !forms.includes(f)) forms.push(f);
  const byForm = forms
    .map((form) => ({
      form,
      mentors: mentors.filter((m) => m.forms.includes(form)).length,
      mentees: mentees.filter((m) => m.form === form).length,
      activePairs: input.pairs.filter((p) => p.form === form && ACTIVE_PAIR.has(p.status)).length,
      pairs: input.pairs.filter((p) => p.form === form).length,
    }))
    .filter((r) => r.mentors || r.mentees || r.pairs);

  const meetingsByPair = new Map<string, string[]>();
  for (const m of input.meetings) {
    if (!m.pairId) continue;
    const list = meetingsByPair.get(m.pairId) ?? [];
    if (m.date && m.date <= input.today) list.push(m.date);
    meetingsByPair.set(m.pairId, list);
  }
  const last = (pairId: string) => (meetingsByPair.get(pairId) ?? []).sort().slice(-1)[0] ?? null;
  const active = input.pairs.filter((p) => ACTIVE_PAIR.has(p.status));
  const held = [...meetingsByPair.values()].reduce((n, l) => n + l.length, 0);
  const silent = active
    .map((p) => ({ pairId: p.pairId, lastMeeting: last(p.pairId) }))
    .filter((p) => p.lastMeeting === null || daysBetween(p.lastMeeting, input.today) > SILENT_DAYS);

  const pseudo = input.settings.pseudonymous;
  const pairList = input.pairs.map((p) => ({
    pairId: p.pairId,
    mentor: pseudo ? p.mentorId : p.mentorName || p.mentorId,
    mentee: pseudo ? p.menteeId : p.menteeName || p.menteeId,
    form: p.form,
    status: p.status,
    meetings: (meetingsByPair.get(p.pairId) ?? []).length,
    lastMeeting: last(p.pairId),
  }));

  const isSatisfaction = (q: string) => norm(q) === norm(input.names.satisfaction);
  const satisfaction = (["mentor", "mentee"] as const).map((role) => {
    const roleName = role === "mentor" ? input.names.mentorRole : input.names.menteeRole;
    const totals = input.surveys
      .filter((s) => isSatisfaction(s.questionnaire) && norm(s.role) === norm(roleName) && s.total !== null)
      .map((s) => s.total as number);
    const satisfied = totals.filter((t) => t >= input.settings.satisfactionThreshold).length;
    return {
      role,
      participants: (role === "mentor" ? mentors : mentees).length,
      answered: totals.length,
      satisfied,
      share: totals.length ? round(satisfied / totals.length, 4) : null,
      mean: round(mean(totals), 1),
    };
  });

  const evaluations = input.surveys.filter((s) => norm(s.questionnaire) === norm(input.names.evaluation));
  const growth = input.growthItems.map((item) => {
    const entries = new Map<string, number>();
    const exits = new Map<string, number>();
    for (const s of evaluations) {
      const v = s.items[item.key];
      if (v === null || v === undefined) continue;
      const key = `${s.participantId}|${norm(s.role)}`;
      if (norm(s.stage) === norm(input.names.entry)) entries.set(key, v);
      else if (norm(s.stage) === norm(input.names.exit)) exits.set(key, v);
    }
    const both = [...entries.keys()].filter((k) => exits.has(k));
    const entry = mean(both.map((k) => entries.get(k)!));
    const exit = mean(both.map((k) => exits.get(k)!));
    return {
      ...item,
      participants: both.length,
      entry: round(entry, 1),
      exit: round(exit, 1),
      change: entry === null || exit === null ? null : round(exit - entry, 2),
    };
  });

  const swot = Object.fromEntries(
    SWOT_KEYS.map((k) => {
      const seen = new Set<string>();
      const answers: string[] = [];
      for (const s of input.surveys) {
        const text = (s.open[k] ?? "").trim();
        if (text && !seen.has(norm(text)) && answers.length < SWOT_LIMIT) {
          seen.add(norm(text));
          answers.push(text);
        }
      }
      return [k, answers];
    }),
  ) as Record<SwotKey, string[]>;

  const needs = new Map<string, number>();
  for (const m of mentees) for (const need of new Set(m.needs ?? [])) needs.set(need, (needs.get(need) ?? 0) + 1);

  return {
    header: { ...input.settings, today: input.today },
    kpi,
    byForm,
    withoutConsent,
    needs: [...needs].map(([need, count]) => ({ need, mentees: count })),
    pairsByStatus: countBy(input.pairs, (p) => p.status, order.pairStatuses),
    plans: (() => {
      const due = input.pairs.filter((p) => PLANNED_PAIR.has(norm(p.status)));
      return {
        pairs: due.length,
        withPlan: due.filter((p) => p.planned).length,
        withResult: due.filter((p) => p.achieved).length,
      };
    })(),
    pairList,
    roadmapByStatus: countBy(input.roadmap, (r) => r.status, order.roadmapStatuses),
    overdue: input.roadmap
      .filter((r) => r.status === "просрочено")
      .map((r) => ({ number: r.number, title: r.title, end: r.end })),
    meetings: {
      held,
      perActivePair: active.length
        ? round(active.reduce((n, p) => n + (meetingsByPair.get(p.pairId)?.length ?? 0), 0) / active.length, 1)
        : null,
      silent,
    },
    satisfaction,
    growth,
    swot,
    problems: input.problems,
  };
}
