/**
 * The short written conclusion of each section, generated from the section's own figures (never typed,
 * never from anywhere else), in Russian that agrees with its numbers. Long lists are cut after a few
 * items with «и ещё N», so a conclusion stays a sentence, not a table.
 */
import { formatDateRu } from "../common/dates";
import { REPORT_FORMS, REPORT_TEXT as T } from "./messages";
import { pluralForm } from "../common/plural";
import { gapText, percentText, shareText, signed } from "./format";
import type { KpiRow, ReportModel } from "./model";

export interface SectionConclusions {
  kpi: string;
  participants: string;
  roadmap: string;
  meetings: string;
  satisfaction: string;
  growth: string;
  /** The workbook check in one line. */
  check: string;
}

/** How many items a conclusion names before «и ещё N». */
const LISTED = 3;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const head = <X>(xs: readonly X[]) => ({ items: xs.slice(0, LISTED), more: Math.max(0, xs.length - LISTED) });

/** «28,2 % (62 из 220)», or the typed fact for a school's own indicator. */
export function factText(k: Pick<KpiRow, "fact" | "numerator" | "denominator" | "typed">): string {
  if (k.numerator !== null && k.denominator !== null && k.denominator > 0) return shareText(k.numerator, k.denominator);
  if (k.fact !== null) return percentText(k.fact);
  return k.typed ?? "";
}

function kpiConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.kpiConclusion;
  const year = model.header.frame.targetYear;
  const judged = model.kpi.filter((k) => k.fact !== null && k.target !== null);
  const missed = judged.filter((k) => k.status !== "achieved").sort((a, b) => a.gap! - b.gap!);
  const met = judged.filter((k) => k.status === "achieved");
  const names = (rows: readonly KpiRow[]) => {
    const { items, more } = head(rows.map((k) => `«${k.name}»`));
    return C.list(items, more);
  };
  const parts: string[] = [];
  if (judged.length === 0) parts.push(cap(C.none));
  else if (missed.length === 0) parts.push(cap(C.allAchieved(judged.length, year)));
  else {
    const { items, more } = head(
      missed.map((k) =>
        k.responseRate && k.responseRate.respondents === 0
          ? C.notSurveyed(k.name)
          : C.item(k.name, factText(k), gapText(k.gap!)),
      ),
    );
    const listed = C.list(items, more);
    parts.push(
      cap(
        met.length === 0
          ? C.noneAchieved(judged.length, year, listed)
          : C.notAchieved(missed.length, judged.length, listed),
      ),
    );
    if (met.length) parts.push(C.achieved(met.length, names(met)));
  }
  const noTarget = model.kpi.filter((k) => k.fact !== null && k.target === null);
  if (noTarget.length) parts.push(C.noTarget(names(noTarget), year));
  const noData = model.kpi.filter((k) => k.fact === null);
  if (noData.length) parts.push(C.noData(names(noData)));
  return parts.join(" ");
}

function participantsConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.participantsConclusion;
  const f = model.figures;
  const label = f.frame.label;
  const parts = [
    cap(
      f.year.pairRows === 0
        ? C.none(label)
        : C.year(label, f.year.persons, f.year.mentees, f.year.mentors, f.year.pairs, f.year.groups),
    ),
  ];
  if (f.current && f.waiting) parts.push(C.waiting(f.waiting));
  if (f.proposals) parts.push(C.proposals(f.proposals));
  if (f.year.withoutConsent) parts.push(C.withoutConsent(f.year.withoutConsent));
  return parts.join(" ");
}

function roadmapConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.roadmapConclusion;
  const r = model.roadmap;
  if (r.total === 0) return cap(C.empty);
  if (r.overdue.length === 0) return cap(C.none(r.byStatus.find((s) => s.status === "выполнено")?.count ?? 0, r.total));
  const { items, more } = head(r.overdue);
  return C.overdue(
    r.overdue.length,
    items.map((o) => C.item(o.number, o.title, o.end ? formatDateRu(o.end) : "")),
    more,
  );
}

function meetingsConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.meetingsConclusion;
  const m = model.meetings;
  const perPair = m.perPair === null ? null : String(m.perPair).replace(".", ",");
  const { items, more } = head(m.silent.map((s) => s.pairId));
  return [C.held(m.held, perPair), m.silent.length ? C.silent(m.silent.length, items, more) : C.noSilent].join(" ");
}

function satisfactionConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.satisfactionConclusion;
  const answered = model.satisfaction.filter((s) => s.answered > 0);
  if (answered.length === 0) return cap(C.none(model.header.frame.label));
  const parts = (["mentee", "mentor"] as const)
    .map((role) => model.satisfaction.find((s) => s.role === role)!)
    .filter((s) => s.answered > 0)
    .map((s) =>
      C.role(
        s.satisfied,
        s.base,
        s.role,
        s.share === null ? "—" : percentText(s.share),
        C.answered(s.answered, s.participants, s.participants ? percentText(s.answered / s.participants) : ""),
      ),
    );
  const waves = [...new Set(answered.map((s) => s.wave).filter((w): w is string => !!w))];
  return [...parts, ...waves.map(C.wave)].join(" ");
}

function growthConclusion(model: Omit<ReportModel, "conclusions">): string {
  const C = T.growthConclusion;
  const measured = model.growth.filter((g) => g.participants > 0);
  if (measured.length === 0) return cap(C.none);
  const n = Math.max(...measured.map((g) => g.participants));
  const best = measured
    .filter((g) => g.change !== null && (g.lowerIsBetter ? g.change < 0 : g.change > 0))
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))[0];
  if (!best) return cap(C.flat(n));
  const change = `${signed(best.change!)} ${pluralForm(Math.abs(best.change!), REPORT_FORMS.point)}`;
  return cap(C.best(best.label, change, best.participants));
}

function checkLine(model: Omit<ReportModel, "conclusions">): string {
  const c = model.check;
  if (!c) return T.checkLine.notRun;
  if (c.errors + c.warnings === 0) return T.checkLine.clean;
  return T.checkLine.found(c.errors, c.warnings);
}

export function conclusionsOf(model: Omit<ReportModel, "conclusions">): SectionConclusions {
  return {
    kpi: kpiConclusion(model),
    participants: participantsConclusion(model),
    roadmap: roadmapConclusion(model),
    meetings: meetingsConclusion(model),
    satisfaction: satisfactionConclusion(model),
    growth: growthConclusion(model),
    check: checkLine(model),
  };
}
