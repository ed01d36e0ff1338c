/**
 * Russian texts of the monitoring report («Отчёт»), in one place: labels, headers and the sentences of
 * the written conclusions. Every count agrees with its noun (and verb) through the plural module.
 */
import { countOf, pluralForm, WORDS, type PluralForms } from "../common/plural";

/** Forms this report's sentences need beyond the shared table (case and verb depend on the sentence). */
const FORMS = {
  indicatorGen: ["показателя", "показателей", "показателей"],
  groupGen: ["группы", "групп", "групп"],
  /** «Не достигнут 1 показатель», «не достигнуты 2 показателя», «не достигнуто 5 показателей». */
  achievedVerb: ["достигнут", "достигнуты", "достигнуто"],
  overdueVerb: ["Просрочено", "Просрочены", "Просрочено"],
  /** «1 мероприятие просрочено»: the past participle agrees in the neuter. */
  held: ["Проведена", "Проведены", "Проведено"],
  pairGen: ["пары", "пар", "пар"],
  participantGen: ["участника", "участников", "участников"],
  mentorGen: ["наставника", "наставников", "наставников"],
  menteeGen: ["наставляемого", "наставляемых", "наставляемых"],
  proposal: ["предложение", "предложения", "предложений"],
  point: ["балл", "балла", "баллов"],
  wait: ["ждёт", "ждут", "ждут"],
  satisfiedVerb: ["удовлетворён", "удовлетворены", "удовлетворены"],
} as const satisfies Record<string, PluralForms>;

export const REPORT_FORMS = FORMS;

/** Items of a conclusion, the first few, then «и ещё N». */
const list = (items: readonly string[], more: number) => items.join("; ") + (more > 0 ? `; и ещё ${more}` : "");
/** A sentence ends with one full stop, also after «п. п.». */
const dot = (s: string) => (s.endsWith(".") ? s : `${s}.`);

export const REPORT_TEXT = {
  title: "Отчёт о реализации целевой модели наставничества",
  organisation: "Организация",
  municipality: "Муниципалитет",
  period: "Период программы",
  academicYear: "Учебный год отчёта",
  yearSpan: (label: string, from: string, to: string) => `${label} (${from} – ${to})`,
  reportDate: "Дата отчёта",
  dayFromSettings: "«Дата отчёта» из «Настроек»",
  dayIsToday: "сегодня: «Дата отчёта» в «Настройках» не заполнена",
  targets: "Цели показателей",
  targetColumn: (year: number) => `«Цель ${year}»`,
  targetConvention: {
    calendar: "календарный год даты отчёта (настройка «Год цели показателей»: календарный)",
    academic: "год окончания учебного года отчёта (настройка «Год цели показателей»: учебный)",
  },
  check: "Проверка книги",
  conclusion: (text: string) => `Вывод: ${text}`,

  kpi: {
    title: "1. Показатели эффективности",
    header: (year: number) => [
      "№",
      "Показатель",
      `Цель ${year}`,
      "Факт",
      "Числитель / знаменатель",
      "Статус",
      "Отклонение",
    ],
    noIndicators: "Лист «Показатели» пуст: заполните его или импортируйте таблицу показателей.",
    chartTitle: "Факт и цель по показателям",
    typed: "введён вручную",
    noCounts: "нет данных",
    responseRate: (name: string, wave: string | null, respondents: string, base: string) =>
      `${name}: ${wave ? `волна «${wave}»` : "ответов в учебном году нет"}; ответили ${respondents}; знаменатель — ${base}.`,
    base: { participants: "все участники года в этой роли", respondents: "ответившие" },
  },
  kpiConclusion: {
    none: "показателей с целью на год и данными для расчёта нет.",
    allAchieved: (n: number, year: number) =>
      n === 1
        ? `достигнут 1 показатель с целью на ${year} год.`
        : `достигнуты все ${countOf(n, WORDS.indicator)} с целью на ${year} год.`,
    noneAchieved: (n: number, year: number, items: string) =>
      dot(`не достигнут ни один из ${countOf(n, FORMS.indicatorGen)} с целью на ${year} год: ${items}`),
    notAchieved: (n: number, of: number, items: string) =>
      dot(`не ${pluralForm(n, FORMS.achievedVerb)} ${countOf(n, WORDS.indicator)} из ${of}: ${items}`),
    achieved: (n: number, items: string) => dot(`${cap(pluralForm(n, FORMS.achievedVerb))} ${n}: ${items}`),
    noTarget: (names: string, year: number) => dot(`Без цели на ${year} год: ${names}`),
    noData: (names: string) => dot(`Не рассчитаны (нет данных): ${names}`),
    item: (name: string, fact: string, gap: string) => `«${name}» — ${fact}, ${gap}`,
    notSurveyed: (name: string) => `«${name}» — опрос в учебном году ещё не проводился`,
    list,
  },
  statusLabels: {
    achieved: "достигнуто",
    close: "близко",
    notAchieved: "не достигнуто",
    noTarget: "нет цели",
    noData: "нет данных",
  },

  participants: {
    title: (year: string) => `2. Участники и пары ${year} учебного года`,
    header: [
      "Форма наставничества",
      "Наставников",
      "Наставляемых",
      "Пар",
      "Групп",
      "Действуют на дату отчёта",
      "Предложено (не учтены)",
    ],
    total: "Всего (каждый человек один раз)",
    mentorInForms: "Наставник, работающий в нескольких формах, учтён в строке каждой формы и один раз в итоге.",
    persons: "Участников года (человек в обеих ролях — один раз)",
    bothRoles: (n: number) => `из них в обеих ролях: ${n}`,
    registers: "В базах",
    registersValue: (mentors: number, mentees: number) =>
      `${countOf(mentors, WORDS.mentor)}, ${countOf(mentees, WORDS.mentee)}`,
    open: "Из них в работе (не выбыли и не завершили)",
    waiting: "Ждут пары (нет утверждённой или активной пары)",
    withoutConsent: "С парой года, но без согласия на обработку ПДн (не учитываются)",
    needs: "Наставляемые года с особыми образовательными потребностями (только число)",
    needsHeader: ["Потребность", "Наставляемых"],
    groupsLabel: "Группы (один наставник и несколько наставляемых одной формы)",
    groups: (groups: number, mentees: number) =>
      `${countOf(groups, WORDS.group)} (в них ${countOf(mentees, WORDS.mentee)})`,
    pairsByStatus: "Строки «Пар» учебного года по статусам",
    pairsHeader: ["Статус", "Строк"],
    proposalNote: " (не учитываются до утверждения)",
    plans: (withPlan: number, pairs: number) =>
      `Строк «Пар» учебного года с индивидуальным планом («Планы пар»): ${withPlan} из ${pairs}`,
    results: (withResult: number, pairs: number) => `Из них с заполненным «Достигнуто»: ${withResult} из ${pairs}`,
  },
  participantsConclusion: {
    none: (year: string) => `в ${year} учебном году пар, которые учитываются в показателях, нет.`,
    year: (year: string, persons: number, mentees: number, mentors: number, pairs: number, groups: number) =>
      `в ${year} учебном году в программе ${countOf(persons, WORDS.participant)}: ${countOf(mentees, WORDS.mentee)} ` +
      `и ${countOf(mentors, WORDS.mentor)}; ${countOf(pairs, WORDS.pair)}` +
      (groups ? ` и ${countOf(groups, WORDS.group)}` : "") +
      ".",
    waiting: (n: number) => `Пары ${pluralForm(n, FORMS.wait)} ${countOf(n, WORDS.mentee)}.`,
    proposals: (n: number) =>
      `${cap(pluralForm(n, FORMS.wait))} утверждения ${countOf(n, WORDS.pair)} из подбора; до утверждения предложенные пары в показателях не учитываются.`,
    withoutConsent: (n: number) =>
      `Без согласия на обработку ПДн — ${countOf(n, WORDS.participant)} с парой года: не учитываются.`,
  },

  pairList: {
    title: "3. Пары учебного года",
    header: ["ID пары", "Наставник", "Наставляемый", "Форма", "Статус", "Встреч в году", "Последняя встреча"],
    none: "Пар учебного года нет.",
    group: (n: number) => `группа из ${n}`,
  },

  roadmap: {
    title: (day: string) => `4. Дорожная карта на ${day}`,
    header: ["Статус", "Мероприятий"],
    total: "Всего",
    overdue: "Просроченные мероприятия",
    overdueHeader: ["№", "Мероприятие", "Срок"],
    empty: "Лист «Дорожная карта» пуст.",
  },
  roadmapConclusion: {
    overdue: (n: number, items: readonly string[], more: number) =>
      dot(`${pluralForm(n, FORMS.overdueVerb)} ${countOf(n, WORDS.event)}: ${list(items, more)}`),
    none: (done: number, total: number) => `просроченных мероприятий нет; выполнено ${done} из ${total}.`,
    empty: "мероприятий в дорожной карте нет.",
    item: (number: string, title: string, end: string) =>
      `${number ? `${number} ` : ""}«${title}»${end ? ` (срок ${end})` : ""}`,
  },

  meetings: {
    title: "5. Встречи",
    held: (from: string, to: string) => `Встреч с ${from} по ${to}`,
    perPair: "В среднем на пару учебного года",
    silent: "Действующих пар без встреч 30 дней",
    silentHeader: ["ID пары", "Последняя встреча"],
    never: "не было",
  },
  meetingsConclusion: {
    held: (n: number, perPair: string | null) =>
      `${pluralForm(n, FORMS.held)} ${countOf(n, WORDS.meeting)}` + (perPair ? `, в среднем ${perPair} на пару.` : "."),
    silent: (n: number, ids: readonly string[], more: number) =>
      dot(`Без встреч 30 дней: ${countOf(n, WORDS.pair)} — ${list(ids, more)}`),
    noSilent: "Пар без встреч 30 дней нет.",
  },

  satisfaction: {
    title: "6. Удовлетворённость участников",
    header: [
      "Роль",
      "Участников года",
      "Ответили",
      "Доля ответивших",
      "Удовлетворены",
      "Доля удовлетворённых",
      "Средний балл",
    ],
    roles: { mentor: "наставники", mentee: "наставляемые" },
    wave: (wave: string) => `Волна опроса: «${wave}» (последняя волна учебного года с ответами).`,
    noWave: (year: string) => `В ${year} учебном году ответов на анкету удовлетворённости нет.`,
    threshold: (t: number) => `Удовлетворённым считается участник с оценкой не ниже ${t} из 10.`,
    base: {
      participants:
        "Доля удовлетворённых — от всех участников года в этой роли (настройка «Знаменатель удовлетворённости»).",
      respondents: "Доля удовлетворённых — от ответивших (настройка «Знаменатель удовлетворённости»).",
    },
  },
  satisfactionConclusion: {
    role: (satisfied: number, base: number, role: "mentor" | "mentee", share: string, answered: string) =>
      `${cap(pluralForm(satisfied, FORMS.satisfiedVerb))} ${satisfied} из ` +
      `${countOf(base, role === "mentor" ? FORMS.mentorGen : FORMS.menteeGen)} (${share}); ответили ${answered}.`,
    answered: (respondents: number, participants: number, rate: string) =>
      `${respondents} из ${participants}` + (rate ? ` (${rate})` : ""),
    wave: (wave: string) => `Волна «${wave}».`,
    none: (year: string) => `опрос удовлетворённости в ${year} учебном году ещё не проводился.`,
  },

  growth: {
    title: "7. Динамика от входа к выходу",
    header: ["Параметр", "Участников с двумя замерами", "Среднее на входе", "Среднее на выходе", "Изменение"],
    lowerIsBetter: "(снижение — улучшение)",
    none: "Пока нет участников учебного года, прошедших оба замера.",
  },
  growthConclusion: {
    best: (label: string, change: string, n: number) =>
      `наибольшая положительная динамика — «${label}»: ${change} (${countOf(n, WORDS.participant)} с двумя замерами).`,
    flat: (n: number) => `положительной динамики нет (${countOf(n, WORDS.participant)} с двумя замерами).`,
    none: "участников учебного года с входным и итоговым замером пока нет.",
  },

  swot: {
    title: "8. SWOT-анализ (открытые ответы учебного года)",
    strengths: "Сильные стороны",
    weaknesses: "Слабые стороны",
    opportunities: "Возможности",
    threats: "Угрозы",
    none: "Ответов нет.",
  },

  checkLine: {
    clean: "проблем не найдено.",
    found: (errors: number, warnings: number) =>
      [errors ? countOf(errors, WORDS.error) : "", warnings ? countOf(warnings, WORDS.warning) : ""]
        .filter(Boolean)
        .join(" и ") + ". Список со ссылками на ячейки — в панели «Наставничество (ЦМН)», вкладка «Проверка».",
    notRun: "не выполнялась.",
  },

  signatures: {
    title: "Подписи",
    curator: "Куратор целевой модели наставничества",
    line: "____________________",
    date: "Дата",
  },
} as const;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
