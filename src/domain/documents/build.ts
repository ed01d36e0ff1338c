/**
 * The data of each kind of document, from the workbook's records (input.ts) and, for the analytical
 * report, the monitoring report's model (its figures are consumed, never recomputed here). Decisions:
 * - Names come from the registers («Наставники», «Наставляемые»), falling back to «Пары»; a pupil's class
 *   follows the name. In pseudonymous mode a document that lists people needs the curator's consent.
 * - Pairs of the order are those of the document date's programme year (pairsOfYear), grouped by form in
 *   the order of «Справочники», by mentor within a form so a group's rows stay together, numbered through.
 * - Guardian consents: minor mentees (participants/isMinor) not withdrawn whose consent is not ticked —
 *   missing, or promised «на бумаге» (the questionnaire records that as not given).
 * - Partner agreements: one per organisation of the mentors of category «представитель работодателя».
 */
import { labelKey } from "../common/normalise";
import { PUPIL_CATEGORY, WITHDRAWN_STATUS } from "../participants/consent";
import { factText, REPORT_TEXT, type ReportModel, type SatisfactionRow } from "../report/index";
import { shareText as reportShareText } from "../report/format";
import { SHEETS } from "../workbook/sheets";
import { KINDS, type DocumentKind } from "./catalogue";
import { item, keyedLists, keyedValues, type DocumentData, type ListItem } from "./data";
import { academicYearLabel, academicYearOf, formatDateLongRu, formatDateRu } from "../common/dates";
import type { DocumentInput, PairRecord, Person } from "./input";
import { DOCUMENT_TEXT as T } from "./messages";
import { APPROVED_STATUSES, pairsOfYear, WORKED_STATUSES } from "./pairsOfYear";

export interface BuildOptions {
  /** The curator agreed that a document with names is made in pseudonymous mode. */
  allowNames?: boolean;
  /** Mentor IDs picked for the reward order. */
  selection?: readonly string[];
}

const EMPLOYER_CATEGORY = "представитель работодателя";
const DONE = "выполнено";
const OVERDUE = "просрочено";

const same = (a: string, b: string) => labelKey(a) === labelKey(b);
const quoted = (s: string) => `«${s}»`;
const ru = (a: string, b: string) => a.localeCompare(b, "ru", { numeric: true });
const decimal = (x: number, digits = 1) => x.toFixed(digits).replace(".", ",");
const percent = (fraction: number) => decimal(fraction * 100);
const signed = (x: number, digits = 1) => (x > 0 ? "+" : x < 0 ? "\u2212" : "") + decimal(Math.abs(x), digits);

function common(input: DocumentInput): Record<string, string> {
  const s = input.settings;
  const date = formatDateLongRu(input.date);
  return keyedValues({
    организация: s.organisation,
    муниципалитет: s.municipality,
    куратор: s.curator,
    руководитель: s.head,
    должность_руководителя: s.headPost,
    региональный_акт: s.regionalAct,
    учебный_год: academicYearLabel(academicYearOf(input.date)),
    период_программы: s.programPeriod,
    дата: date,
    дата_приказа: date,
  });
}

function personName(person: Person | undefined, fallbackName: string, id: string): string {
  const name = person?.name || fallbackName || id;
  const pupil = person && same(person.category, PUPIL_CATEGORY) && person.grade;
  return pupil ? name + T.gradeSuffix(person.grade) : name;
}

function byId(people: readonly Person[]): Map<string, Person> {
  return new Map(people.filter((p) => p.id).map((p) => [labelKey(p.id), p]));
}

function shell(kind: DocumentKind, input: DocumentInput, options: BuildOptions): DocumentData {
  const spec = KINDS[kind];
  const blockers: string[] = [];
  if (spec.needsNames && input.settings.pseudonymous && !options.allowNames) blockers.push(T.namesNeeded(spec.title));
  return {
    kind,
    title: `${spec.title} — ${formatDateRu(input.date)}`,
    fields: common(input),
    lists: {},
    emptyReasons: {},
    blockers,
  };
}

function pairsOrder(data: DocumentData, input: DocumentInput): void {
  const year = academicYearLabel(academicYearOf(input.date));
  const mentors = byId(input.mentors);
  const mentees = byId(input.mentees);
  const pairs = pairsOfYear(input.pairs, input.date, APPROVED_STATUSES);
  const at = (p: PairRecord) => ({ sheet: SHEETS.pairs.name, row: p.row });
  const rows = pairs.map((p) => ({
    pair: p,
    mentor: personName(mentors.get(labelKey(p.mentorId)), p.mentorName, p.mentorId),
    mentee: personName(mentees.get(labelKey(p.menteeId)), p.menteeName, p.menteeId),
  }));
  const formOrder = [...input.forms];
  for (const r of rows) if (!formOrder.some((f) => same(f, r.pair.form))) formOrder.push(r.pair.form);
  let n = 0;
  const all: ListItem[] = [];
  const groups = formOrder
    .map((form) => {
      const members = rows
        .filter((r) => same(r.pair.form, form))
        .sort((a, b) => ru(a.mentor, b.mentor) || ru(a.mentee, b.mentee));
      const items = members.map((r) => {
        const it = item(
          {
            "№": ++n,
            наставник: r.mentor,
            наставляемый: r.mentee,
            ролевая_модель: r.pair.roleModel,
            дата_начала: r.pair.start ? formatDateRu(r.pair.start) : "",
          },
          at(r.pair),
        );
        all.push(it);
        return it;
      });
      return { form, items, at: members[0] ? at(members[0].pair) : undefined };
    })
    .filter((g) => g.items.length > 0);
  data.lists = keyedLists({
    формы: groups.map((g) => item({ форма: g.form, пар_формы: g.items.length }, g.at, { пары: g.items })),
    пары: all,
  });
  data.emptyReasons = keyedValues({ формы: T.noApprovedPairs(year), пары: T.noApprovedPairs(year) });
  Object.assign(
    data.fields,
    keyedValues({
      число_пар: pairs.length,
      число_форм: groups.length,
      число_наставников: new Set(pairs.map((p) => labelKey(p.mentorId))).size,
      число_наставляемых: new Set(pairs.map((p) => labelKey(p.menteeId))).size,
    }),
  );
}

function regulation(data: DocumentData, input: DocumentInput): void {
  data.lists = keyedLists({
    формы: input.forms.map((form, i) =>
      item({
        "№": i + 1,
        форма: form,
        ролевые_модели: input.roleModels
          .filter((m) => same(m.form, form))
          .map((m) => m.model)
          .join("; "),
      }),
    ),
  });
  data.emptyReasons = keyedValues({ формы: T.noForms });
  Object.assign(
    data.fields,
    keyedValues({
      число_форм: input.forms.length,
      список_форм: input.forms.map(quoted).join(", "),
      порог_удовлетворённости: String(input.settings.satisfactionThreshold),
      волны_опросов: input.settings.surveyWaves.join(", "),
    }),
  );
}

function partnerAgreement(data: DocumentData, input: DocumentInput): void {
  const employers = input.mentors.filter(
    (m) => same(m.category, EMPLOYER_CATEGORY) && !same(m.status, WITHDRAWN_STATUS),
  );
  for (const m of employers)
    if (!m.organisation) data.blockers.push(T.missingCell(SHEETS.mentors.name, m.row, "Организация"));
  const byOrg = new Map<string, Person[]>();
  for (const m of employers.filter((m) => m.organisation)) {
    const key = labelKey(m.organisation);
    byOrg.set(key, [...(byOrg.get(key) ?? []), m]);
  }
  const pages = [...byOrg.values()]
    .sort((a, b) => ru(a[0].organisation, b[0].organisation))
    .map((members) =>
      item(
        { партнёр: members[0].organisation, наставников_партнёра: members.length },
        { sheet: SHEETS.mentors.name, row: members[0].row },
        {
          наставники: members.map((m, i) =>
            item(
              { "№": i + 1, наставник: m.name, формы: m.forms.map(quoted).join(", ") },
              { sheet: SHEETS.mentors.name, row: m.row },
            ),
          ),
        },
      ),
    );
  data.lists = keyedLists({ организации: pages });
  data.emptyReasons = keyedValues({ организации: T.noPartners, наставники: T.noPartners });
}

function guardianConsent(data: DocumentData, input: DocumentInput): void {
  const minors = input.mentees
    .filter((m) => m.minor && !m.consent && !same(m.status, WITHDRAWN_STATUS))
    .sort((a, b) => ru(a.grade, b.grade) || ru(a.name, b.name));
  data.lists = keyedLists({
    наставляемые: minors.map((m) =>
      item({ наставляемый: m.name, класс: m.grade }, { sheet: SHEETS.mentees.name, row: m.row }),
    ),
  });
  data.emptyReasons = keyedValues({ наставляемые: T.noMinorsWithoutConsent });
}

function rewardOrder(data: DocumentData, input: DocumentInput, options: BuildOptions): void {
  const mentors = byId(input.mentors);
  const selection = [...new Set((options.selection ?? []).map((id) => id.trim()).filter(Boolean))];
  const unknown = selection.filter((id) => !mentors.has(labelKey(id)));
  if (unknown.length) data.blockers.push(T.unknownMentors(unknown));
  const worked = pairsOfYear(input.pairs, input.date, WORKED_STATUSES);
  const chosen = selection
    .map((id) => mentors.get(labelKey(id)))
    .filter((m): m is Person => m !== undefined)
    .sort((a, b) => ru(a.name, b.name));
  data.lists = keyedLists({
    наставники: chosen.map((m, i) =>
      item(
        {
          "№": i + 1,
          наставник: personName(m, "", m.id),
          категория: m.category,
          формы: m.forms.map(quoted).join(", "),
          наставляемых: new Set(worked.filter((p) => same(p.mentorId, m.id)).map((p) => labelKey(p.menteeId))).size,
        },
        { sheet: SHEETS.mentors.name, row: m.row },
      ),
    ),
  });
  data.emptyReasons = keyedValues({ наставники: T.noSelection });
  Object.assign(data.fields, keyedValues({ число_наставников: chosen.length }));
}

/** «85,0 % (17 из 20)», the share the report gives (of participants or of respondents, by the setting). */
function satisfactionText(s: SatisfactionRow | undefined): string {
  if (!s || s.answered === 0 || s.share === null) return T.noAnswers;
  return reportShareText(s.satisfied, s.base);
}

/**
 * The справка reads the monitoring report's model: its figures, and its written conclusions as the
 * «Выводы» (one text for both, generated from the figures); the measures are the справка's own.
 */
function analyticalReport(data: DocumentData, input: DocumentInput, model: ReportModel): void {
  const frame = model.header.frame;
  const year = frame.label;
  const f = model.figures;
  const forms = f.byForm.filter((r) => r.mentors || r.mentees || r.pairs || r.groups);
  const roadmapCount = (status: string) => model.roadmap.byStatus.find((s) => s.status === status)?.count ?? 0;
  const judged = model.kpi.filter((k) => k.target !== null && k.fact !== null);
  const missed = judged.filter((k) => k.status !== "achieved");
  const satisfaction = (role: "mentor" | "mentee") => model.satisfaction.find((s) => s.role === role);
  const overdue = roadmapCount(OVERDUE);
  const silent = model.meetings.silent.length;
  const curator = input.settings.curator || T.curatorRole;

  Object.assign(
    data.fields,
    keyedValues({
      дата_отчёта: formatDateLongRu(frame.day),
      учебный_год: year,
      число_наставников: f.year.mentors,
      число_наставляемых: f.year.mentees,
      число_пар: f.year.pairs + f.year.groups,
      число_активных_пар: f.year.live,
      число_форм: forms.length,
      список_форм: forms.map((r) => quoted(r.form)).join(", ") || T.noData,
      без_согласия: f.year.withoutConsent,
      встреч_проведено: model.meetings.held,
      встреч_на_пару: model.meetings.perPair === null ? T.noData : decimal(model.meetings.perPair),
      пар_без_встреч: silent,
      удовлетворённость_наставников: satisfactionText(satisfaction("mentor")),
      удовлетворённость_наставляемых: satisfactionText(satisfaction("mentee")),
      порог_удовлетворённости: model.header.satisfactionThreshold,
      мероприятий_всего: model.roadmap.total,
      мероприятий_выполнено: roadmapCount(DONE),
      мероприятий_просрочено: overdue,
      показателей_достигнуто: judged.length - missed.length,
      показателей_всего: judged.length,
    }),
  );

  const kpiRows = model.kpi.map((k, i) =>
    item({
      "№": i + 1,
      показатель: k.name,
      цель: k.target === null ? "—" : percent(k.target),
      факт: k.fact !== null ? factText(k) : (k.typed ?? "—"),
      статус: REPORT_TEXT.statusLabels[k.status],
      отклонение: k.gap === null ? "—" : signed(k.gap * 100),
    }),
  );
  const growth = model.growth.filter((g) => g.participants > 0);
  const growthRows = growth.length
    ? growth.map((g) =>
        item({
          параметр: g.label + (g.lowerIsBetter ? T.lowerIsBetter : ""),
          участников: g.participants,
          вход: g.entry === null ? "—" : decimal(g.entry),
          выход: g.exit === null ? "—" : decimal(g.exit),
          изменение: g.change === null ? "—" : signed(g.change, 2),
        }),
      )
    : [item({ параметр: T.growthNone, участников: "—", вход: "—", выход: "—", изменение: "—" })];

  const c = model.conclusions;
  const conclusions = [c.kpi, c.participants, c.roadmap, c.meetings, c.satisfaction, c.growth];

  const untilEnd = T.untilYearEnd(year);
  const measures: Array<[string, string, string]> = [];
  for (const k of missed) measures.push([T.measures.indicator(quoted(k.name)), untilEnd, curator]);
  if (silent) measures.push([T.measures.silent, T.withinMonth, T.curatorAndMentors]);
  if (overdue) measures.push([T.measures.overdue(overdue), T.withinMonth, curator]);
  if (f.year.withoutConsent) measures.push([T.measures.consent(f.year.withoutConsent), T.withinMonth, curator]);
  const low = [satisfaction("mentor"), satisfaction("mentee")].some(
    (s) => s && s.answered > 0 && s.share !== null && s.share < 0.7,
  );
  if (low) measures.push([T.measures.satisfaction, untilEnd, T.curatorAndMentors]);
  measures.push([T.measures.practices, untilEnd, curator]);

  data.lists = keyedLists({
    показатели: kpiRows,
    формы: forms.map((r) =>
      item({
        форма: r.form,
        наставников: r.mentors,
        наставляемых: r.mentees,
        пар: r.pairs + r.groups,
        активных_пар: r.live,
      }),
    ),
    динамика: growthRows,
    выводы: conclusions.map((text, i) => item({ "№": i + 1, вывод: text })),
    меры: measures.map(([what, when, who], i) => item({ "№": i + 1, мера: what, срок: when, ответственный: who })),
  });
  data.emptyReasons = keyedValues({ показатели: T.noIndicators });
}

/** The data of one document. Blockers and empty lists are reported when the template is rendered. */
export function buildDocumentData(kind: DocumentKind, input: DocumentInput, options: BuildOptions = {}): DocumentData {
  const data = shell(kind, input, options);
  switch (kind) {
    case "pairs-order":
      pairsOrder(data, input);
      break;
    case "regulation":
      regulation(data, input);
      break;
    case "partner-agreement":
      partnerAgreement(data, input);
      break;
    case "guardian-consent":
      guardianConsent(data, input);
      break;
    case "reward-order":
      rewardOrder(data, input, options);
      break;
    case "analytical-report":
      if (input.report) analyticalReport(data, input, input.report);
      else data.blockers.push(T.noIndicators);
      break;
    default:
      break;
  }
  return data;
}
