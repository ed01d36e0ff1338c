/** The monitoring report on a small school, section by section, as the curator reads it. */
import { buildReportModel, layoutReport, reportInputOf, type ReportModel } from "../../../src/domain/report/index";
import { indicatorRows, settingsRows, sheetRows, type WorkbookRows } from "../../support/sheetRows";

const DAY = "2026-11-21";

function rows(over: Partial<WorkbookRows> = {}, settings: Record<string, unknown> = {}): WorkbookRows {
  return {
    settings: settingsRows({
      organisation: "МБОУ «СОШ № 7»",
      curator: "Фомичева Мария Юрьевна",
      head: "Блохина Анна Евгеньевна",
      headPost: "Директор",
      reportDate: DAY,
      pseudonymous: "нет",
      ...settings,
    }),
    mentors: sheetRows("mentors", [
      { id: "НТ-0001", name: "Сидорова Анна Петровна", category: "педагог", forms: "учитель – учитель", consent: true },
      {
        id: "НТ-0002",
        name: "Кузнецов Илья",
        category: "обучающийся",
        birthDate: "2010-01-01",
        forms: "ученик – ученик",
        consent: true,
      },
    ]),
    mentees: sheetRows("mentees", [
      {
        id: "НЯ-0001",
        name: "Орлова Вера",
        category: "педагог",
        experience: 1,
        form: "учитель – учитель",
        consent: true,
      },
      {
        id: "НЯ-0002",
        name: "Миронов Павел",
        category: "обучающийся",
        birthDate: "2014-01-01",
        form: "ученик – ученик",
        consent: true,
      },
      {
        id: "НЯ-0003",
        name: "Зайцева Ольга",
        category: "обучающийся",
        birthDate: "2014-05-01",
        form: "ученик – ученик",
        consent: true,
      },
    ]),
    pairs: sheetRows("pairs", [
      {
        pairId: "П-0001",
        mentorId: "НТ-0001",
        menteeId: "НЯ-0001",
        form: "учитель – учитель",
        status: "активна",
        start: "2026-09-10",
      },
      {
        pairId: "П-0002",
        mentorId: "НТ-0002",
        menteeId: "НЯ-0002",
        form: "ученик – ученик",
        status: "активна",
        start: "2026-09-15",
      },
      { pairId: "П-0003", mentorId: "НТ-0002", menteeId: "НЯ-0003", form: "ученик – ученик", status: "предложена" },
    ]),
    meetings: sheetRows("meetings", [
      { pairId: "П-0001", date: "2026-11-10" },
      { pairId: "П-0001", date: "2026-10-01" },
      { pairId: "П-0002", date: "2026-09-20" },
      { pairId: "П-0002", date: "2026-12-20" }, // after the report date
      { pairId: "П-0001", date: "2026-05-20" }, // last year
    ]),
    surveys: sheetRows("surveys", [
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "удовлетворённость",
        wave: "ноябрь 2026",
        date: "2026-11-15",
        total: 8,
        strengths: "Понятный план",
      },
      {
        participantId: "НЯ-0002",
        role: "наставляемый",
        questionnaire: "удовлетворённость",
        wave: "ноябрь 2026",
        date: "2026-11-16",
        total: 5,
        strengths: "понятный план",
        threats: "Нехватка времени",
      },
      {
        participantId: "НЯ-0002",
        role: "наставляемый",
        questionnaire: "удовлетворённость",
        wave: "май 2026",
        date: "2026-05-16",
        total: 9,
        weaknesses: "Прошлогодний ответ",
      },
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "вход",
        date: "2026-09-20",
        engagement: 4,
        anxiety: 8,
      },
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "выход",
        date: "2026-11-20",
        engagement: 7,
        anxiety: 5,
      },
      {
        participantId: "НЯ-0002",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "вход",
        date: "2026-09-21",
        engagement: 6,
      },
    ]),
    roadmap: sheetRows("roadmap", [
      { number: "1.1", title: "Приказ о внедрении", deadlineText: "сентябрь 2026", doneDate: "2026-09-20" },
      { number: "2.1", title: "Анкетирование", deadlineText: "до 15.10.2026" },
      { number: "2.2", title: "Сбор согласий", deadlineText: "до 30.10.2026" },
      // Done after the report date: on the report date it was overdue.
      { number: "2.3", title: "База наставников", deadlineText: "до 01.11.2026", doneDate: "2026-11-25" },
      { number: "3.1", title: "Итоговая конференция", deadlineText: "май 2027" },
    ]),
    indicators: indicatorRows([
      { code: "mentees_10_18", name: "Доля детей 10–18 лет в роли наставляемого", targets: { "2026": 0.3 } },
      { code: "young_teachers", name: "Доля молодых специалистов в роли наставляемого", targets: { "2026": 0.4 } },
      { code: "mentee_satisfaction", name: "Удовлетворённость наставляемых", targets: { "2026": 0.8 } },
      { code: "", name: "Свой показатель школы", targets: { "2026": 0.5 }, fact: 0.6 },
    ]),
    contingent: undefined,
    ...over,
  };
}

const contingent = new Map<string, number | null>([
  ["pupils_10_18", 20],
  ["teachers_0_3", 2],
]);

const build = (
  over: Partial<WorkbookRows> = {},
  settings: Record<string, unknown> = {},
  check = { errors: 2, warnings: 22 },
) => buildReportModel(reportInputOf(rows(over, settings), DAY, { check, contingent }));

const cells = (model: ReportModel) => layoutReport(model).values.flat().map(String);

describe("the monitoring report", () => {
  const model = build();

  it("shows each indicator's counts, its status in words and its gap in percentage points, never a code", () => {
    const kpi = Object.fromEntries(model.kpi.map((k) => [k.name, k]));
    expect(kpi["Доля детей 10–18 лет в роли наставляемого"]).toMatchObject({
      numerator: 1,
      denominator: 20,
      status: "notAchieved",
    });
    expect(kpi["Доля молодых специалистов в роли наставляемого"]).toMatchObject({
      numerator: 1,
      denominator: 2,
      status: "achieved",
    });
    // A school's own indicator: its fact as typed, no counts.
    expect(kpi["Свой показатель школы"]).toMatchObject({
      fact: 0.6,
      numerator: null,
      status: "achieved",
      typed: "0.6",
    });
    const text = cells(model);
    expect(text).toContain("1 из 20");
    expect(text).toContain("−25,0\u00a0п.\u00a0п.");
    expect(text).toContain("+10,0\u00a0п.\u00a0п.");
    expect(text).toContain("не достигнуто");
    expect(text).toContain("введён вручную");
    expect(text.some((c) => /mentees_10_18|young_teachers|mentee_satisfaction/.test(c))).toBe(false);
  });

  it("concludes each section in Russian that agrees with its numbers", () => {
    const c = model.conclusions;
    expect(c.kpi).toBe(
      // Worst gap first.
      "Не достигнуты 2 показателя из 4: «Удовлетворённость наставляемых» — 50,0\u00a0% (1 из 2), −30,0\u00a0п.\u00a0п.; " +
        "«Доля детей 10–18 лет в роли наставляемого» — 5,0\u00a0% (1 из 20), −25,0\u00a0п.\u00a0п. " +
        "Достигнуты 2: «Доля молодых специалистов в роли наставляемого»; «Свой показатель школы».",
    );
    expect(c.participants).toBe(
      "В 2026-2027 учебном году в программе 4 участника: 2 наставляемых и 2 наставника; 2 пары. Пары ждёт 1 наставляемый. " +
        "Ждёт утверждения 1 пара из подбора; до утверждения предложенные пары в показателях не учитываются.",
    );
    expect(c.roadmap).toBe(
      "Просрочены 3 мероприятия: 2.1 «Анкетирование» (срок 15.10.2026); 2.2 «Сбор согласий» (срок 30.10.2026); 2.3 «База наставников» (срок 01.11.2026).",
    );
    expect(c.meetings).toBe("Проведены 3 встречи, в среднем 1,5 на пару. Без встреч 30 дней: 1 пара — П-0002.");
    expect(c.satisfaction).toBe(
      "Удовлетворён 1 из 2 наставляемых (50,0\u00a0%); ответили 2 из 2 (100,0\u00a0%). Волна «ноябрь 2026».",
    );
    expect(c.growth).toBe(
      "Наибольшая положительная динамика — «Вовлечённость»: +3,0 балла (1 участник с двумя замерами).",
    );
    expect(c.check).toMatch(/^2 ошибки и 22 предупреждения\. Список со ссылками на ячейки — в панели/);
  });

  it("compares plan and result: the year's pairs with a plan and with «Достигнуто» in «Планы пар»", () => {
    expect(model.plans).toEqual({ pairs: 2, withPlan: 0, withResult: 0 });
    const planned = build({
      pairPlans: sheetRows("pairPlans", [
        { pairId: "П-0001", goals: "Освоить ФГОС", achieved: "Проведён открытый урок" },
        { pairId: "п-0002", tasks: "Подготовка к олимпиаде" },
        // A proposal is no pair of the year: its plan is not counted.
        { pairId: "П-0003", goals: "Адаптация" },
      ]),
    });
    expect(planned.plans).toEqual({ pairs: 2, withPlan: 2, withResult: 1 });
    expect(cells(planned)).toEqual(
      expect.arrayContaining([
        "Строк «Пар» учебного года с индивидуальным планом («Планы пар»): 2 из 2",
        "Из них с заполненным «Достигнуто»: 1 из 2",
      ]),
    );
  });

  it("counts meetings of the year up to the report date, and finds the pairs silent for 30 days", () => {
    expect(model.meetings.held).toBe(3);
    expect(model.meetings.silent).toEqual([{ pairId: "П-0002", lastMeeting: "2026-09-20" }]);
    expect(model.pairList.find((p) => p.pairId === "П-0001")).toMatchObject({
      meetings: 2,
      lastMeeting: "2026-11-10",
      mentor: "Сидорова Анна Петровна",
    });
    // A proposal is not a pair of the year.
    expect(model.pairList.map((p) => p.pairId)).toEqual(["П-0002", "П-0001"]);
  });

  it("gives satisfaction in the latest wave of the year with its response rate", () => {
    expect(model.satisfaction.find((s) => s.role === "mentee")).toEqual({
      role: "mentee",
      participants: 2,
      answered: 2,
      satisfied: 1,
      share: 0.5,
      base: 2,
      mean: 6.5,
      wave: "ноябрь 2026",
    });
    expect(cells(model)).toContain("Волна опроса: «ноябрь 2026» (последняя волна учебного года с ответами).");
  });

  it("reports growth and open answers of the year only", () => {
    expect(model.growth.find((g) => g.key === "engagement")).toMatchObject({
      participants: 1,
      entry: 4,
      exit: 7,
      change: 3,
    });
    expect(model.growth.find((g) => g.key === "anxiety")).toMatchObject({ lowerIsBetter: true, change: -3 });
    expect(model.swot.strengths).toEqual(["Понятный план"]);
    expect(model.swot.threats).toEqual(["Нехватка времени"]);
    expect(model.swot.weaknesses).toEqual([]);
  });

  it("judges the roadmap on the report date", () => {
    expect(model.roadmap.byStatus).toEqual([
      { status: "выполнено", count: 1 },
      { status: "просрочено", count: 3 },
      { status: "запланировано", count: 1 },
    ]);
    const later = buildReportModel(reportInputOf(rows({}, { reportDate: "2026-11-30" }), DAY, { contingent }));
    expect(later.roadmap.overdue.map((o) => o.number)).toEqual(["2.1", "2.2"]);
  });

  it("ends with the signatures of the curator and the head, and the report date", () => {
    const values = layoutReport(model).values;
    const at = values.findIndex((r) => r[0] === "Подписи");
    expect(values.slice(at + 1, at + 4).map((r) => r.slice(0, 3))).toEqual([
      ["Куратор целевой модели наставничества", "____________________", "Фомичева Мария Юрьевна"],
      ["Директор", "____________________", "Блохина Анна Евгеньевна"],
      ["Дата", DAY, ""],
    ]);
  });

  it("shows special needs only as counts of the year's counted mentees, never who", () => {
    const report = build({
      mentees: sheetRows("mentees", [
        {
          id: "НЯ-0001",
          name: "Орлова Вера",
          category: "педагог",
          experience: 1,
          form: "учитель – учитель",
          consent: true,
          needs: "ОВЗ",
        },
        {
          id: "НЯ-0002",
          name: "Миронов Павел",
          category: "обучающийся",
          birthDate: "2014-01-01",
          form: "ученик – ученик",
          consent: true,
          needs: "ОВЗ; ТЖС; овз",
        },
        // Only a proposed pair: not counted in the year.
        {
          id: "НЯ-0003",
          name: "Зайцева Ольга",
          category: "обучающийся",
          birthDate: "2014-05-01",
          form: "ученик – ученик",
          consent: true,
          needs: "ТЖС; ОВЗ",
        },
      ]),
    });
    // A need typed twice counts once; НЯ-0003 has no counted pair.
    expect(report.needs).toEqual([
      { need: "ОВЗ", mentees: 2 },
      { need: "ТЖС", mentees: 1 },
    ]);
    const rows = layoutReport(report).values;
    const at = rows.findIndex(
      (r) => r[0] === "Наставляемые года с особыми образовательными потребностями (только число)",
    );
    expect(rows.slice(at + 1, at + 4).map((r) => r.slice(0, 2))).toEqual([
      ["Потребность", "Наставляемых"],
      ["ОВЗ", 2],
      ["ТЖС", 1],
    ]);
    // The pair list names people (outside pseudonymous mode), but never next to a need.
    const needRows = rows.filter((r) => r[0] === "ОВЗ" || r[0] === "ТЖС");
    for (const r of needRows) expect(r.slice(2).every((c) => c === "")).toBe(true);
  });

  it("shows codes, never names, in pseudonymous mode", () => {
    const text = cells(build({}, { pseudonymous: "да" }));
    for (const name of ["Сидорова", "Кузнецов", "Орлова", "Миронов", "Зайцева"])
      expect(text.some((c) => c.includes(name))).toBe(false);
    expect(text).toContain("НТ-0001");
  });

  it("lays out one rectangular block, prose rows unwrapped, with the chart over the KPI rows", () => {
    const layout = layoutReport(model);
    const grids = [layout.values, layout.formats, layout.weights, layout.backgrounds, layout.styles!, layout.wraps!];
    expect(new Set(grids.flatMap((g) => g.map((r) => r.length)))).toEqual(new Set([7]));
    expect(new Set(grids.map((g) => g.length)).size).toBe(1);
    const { firstRow, rows: n } = layout.chart!;
    expect(layout.values[firstRow - 2].slice(0, 4)).toEqual(["№", "Показатель", "Цель 2026", "Факт"]);
    expect(n).toBe(4);
    const conclusion = layout.values.findIndex((r) => String(r[0]).startsWith("Вывод: Не достигнуты"));
    expect([layout.wraps![conclusion][0], layout.styles![conclusion][0]]).toEqual([false, "italic"]);
  });
});
