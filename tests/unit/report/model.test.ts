import { buildReportModel, layoutReport, type ReportInput } from "../../../src/domain/report/index";
import { PAIR_STATUSES, ROADMAP_STATUSES } from "../../../src/domain/workbook/defaults";

const order = { pairStatuses: PAIR_STATUSES, roadmapStatuses: ROADMAP_STATUSES };
const none = { strengths: "", weaknesses: "", opportunities: "", threats: "" };

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    today: "2026-11-21",
    settings: {
      organisation: "МБОУ «СОШ № 7»",
      municipality: "",
      academicYear: "2026-2027",
      programPeriod: "2024-2027",
      satisfactionThreshold: 7,
      pseudonymous: false,
    },
    indicators: [
      { code: "mentees_10_18", name: "Доля детей 10–18 лет…", target: 0.3, fact: 0.25, status: "близко" },
      { code: "custom", name: "Свой показатель", target: null, fact: "#ERROR!", status: "" },
    ],
    mentors: [
      { id: "НТ-0001", name: "Сидорова Анна Петровна", forms: ["учитель – учитель"], status: "активен", consent: true },
      { id: "НТ-0002", name: "Кузнецов Илья", forms: ["ученик – ученик"], status: "активен", consent: false },
    ],
    mentees: [
      { id: "НЯ-0001", name: "Орлова Вера", form: "учитель – учитель", status: "активен", consent: true },
      { id: "НЯ-0002", name: "Миронов Павел", form: "ученик – ученик", status: "выбыл", consent: true },
      { id: "НЯ-0003", name: "Зайцева Ольга", form: "ученик – ученик", status: "кандидат", consent: true },
    ],
    pairs: [
      {
        pairId: "П-0001",
        mentorId: "НТ-0001",
        menteeId: "НЯ-0001",
        mentorName: "Сидорова Анна Петровна",
        menteeName: "Орлова Вера",
        form: "учитель – учитель",
        status: "активна",
      },
      {
        pairId: "П-0002",
        mentorId: "НТ-0002",
        menteeId: "НЯ-0003",
        mentorName: "Кузнецов Илья",
        menteeName: "Зайцева Ольга",
        form: "ученик – ученик",
        status: "утверждена",
      },
    ],
    roadmap: [
      { number: "1.1", title: "Приказ о внедрении", status: "выполнено", end: "2026-09-30" },
      { number: "2.1", title: "Анкетирование", status: "просрочено", end: "2026-10-15" },
      { number: "2.2", title: "База наставляемых", status: "в работе", end: "2026-12-01" },
    ],
    meetings: [
      { pairId: "П-0001", date: "2026-11-10" },
      { pairId: "П-0001", date: "2026-10-01" },
      { pairId: "П-0002", date: "2026-09-20" },
      { pairId: "П-0002", date: "2026-12-20" }, // after the report date: not counted
    ],
    surveys: [
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "удовлетворённость",
        stage: "",
        total: 8,
        items: {},
        open: { ...none, strengths: "Понятный план" },
      },
      {
        participantId: "НЯ-0003",
        role: "наставляемый",
        questionnaire: "удовлетворённость",
        stage: "",
        total: 5,
        items: {},
        open: { ...none, strengths: "понятный план", threats: "Нехватка времени" },
      },
      {
        participantId: "НТ-0001",
        role: "наставник",
        questionnaire: "удовлетворённость",
        stage: "",
        total: 9,
        items: {},
        open: none,
      },
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "вход",
        total: null,
        items: { engagement: 4, anxiety: 8 },
        open: none,
      },
      {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "выход",
        total: null,
        items: { engagement: 7, anxiety: 5 },
        open: none,
      },
      {
        participantId: "НЯ-0003",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "вход",
        total: null,
        items: { engagement: 6 },
        open: none,
      },
    ],
    problems: [{ sheet: "Наставники", row: 3, message: "Наставники, строка 3, «Согласие ПДн»: нет согласия" }],
    forms: ["ученик – ученик", "учитель – учитель", "студент – ученик"],
    growthItems: [
      { key: "engagement", label: "Вовлечённость", lowerIsBetter: false },
      { key: "anxiety", label: "Тревожность", lowerIsBetter: true },
    ],
    names: {
      satisfaction: "удовлетворённость",
      evaluation: "оценка вход/выход",
      entry: "вход",
      exit: "выход",
      mentorRole: "наставник",
      menteeRole: "наставляемый",
    },
    ...overrides,
  };
}

describe("the monitoring report model", () => {
  const model = buildReportModel(input(), order);

  it("gives each indicator its gap to the year's target, and keeps formula errors visible", () => {
    expect(model.kpi[0].gap).toBeCloseTo(-0.05);
    expect(model.kpi[1]).toMatchObject({ fact: "#ERROR!", gap: null });
  });

  it("counts participants by form without the withdrawn and without those lacking consent", () => {
    expect(model.byForm).toEqual([
      { form: "ученик – ученик", mentors: 0, mentees: 1, activePairs: 1, pairs: 1 },
      { form: "учитель – учитель", mentors: 1, mentees: 1, activePairs: 1, pairs: 1 },
    ]);
    expect(model.withoutConsent).toBe(1);
    expect(model.pairsByStatus).toEqual([
      { status: "утверждена", count: 1 },
      { status: "активна", count: 1 },
    ]);
  });

  it("compares plan and result: pairs with a plan and with «Достигнуто» in «Планы пар»", () => {
    expect(model.plans).toEqual({ pairs: 2, withPlan: 0, withResult: 0 });
    const pairs = input().pairs;
    const planned = buildReportModel(
      input({
        pairs: [
          { ...pairs[0], planned: true, achieved: true },
          { ...pairs[1], planned: true },
          { ...pairs[1], pairId: "П-0003", status: "предложена", planned: true },
        ],
      }),
      order,
    );
    expect(planned.plans).toEqual({ pairs: 2, withPlan: 2, withResult: 1 });
    const cells = layoutReport(planned).values.flat().map(String);
    expect(cells).toContain("Утверждённых, активных и завершённых пар с индивидуальным планом («Планы пар»): 2 из 2");
    expect(cells).toContain("Из них с заполненным «Достигнуто»: 1 из 2");
  });

  it("finds active pairs with no meeting in 30 days, ignoring meetings after the report date", () => {
    expect(model.meetings.held).toBe(3);
    expect(model.meetings.silent).toEqual([{ pairId: "П-0002", lastMeeting: "2026-09-20" }]);
    expect(model.pairList.find((p) => p.pairId === "П-0001")).toMatchObject({
      meetings: 2,
      lastMeeting: "2026-11-10",
      mentor: "Сидорова Анна Петровна",
    });
  });

  it("measures satisfaction against the threshold, per role", () => {
    expect(model.satisfaction).toEqual([
      // Participants: counted people of the role (НТ-0002 has no consent; НЯ-0002 withdrew).
      { role: "mentor", participants: 1, answered: 1, satisfied: 1, share: 1, mean: 9 },
      { role: "mentee", participants: 2, answered: 2, satisfied: 1, share: 0.5, mean: 6.5 },
    ]);
  });

  it("reports growth only for participants measured at entry and exit", () => {
    expect(model.growth).toEqual([
      {
        key: "engagement",
        label: "Вовлечённость",
        lowerIsBetter: false,
        participants: 1,
        entry: 4,
        exit: 7,
        change: 3,
      },
      { key: "anxiety", label: "Тревожность", lowerIsBetter: true, participants: 1, entry: 8, exit: 5, change: -3 },
    ]);
  });

  it("gathers SWOT answers once each and lists the overdue roadmap items", () => {
    expect(model.swot.strengths).toEqual(["Понятный план"]);
    expect(model.swot.threats).toEqual(["Нехватка времени"]);
    expect(model.overdue).toEqual([{ number: "2.1", title: "Анкетирование", end: "2026-10-15" }]);
    expect(model.roadmapByStatus.map((s) => s.status)).toEqual(["выполнено", "просрочено", "в работе"]);
  });

  it("shows special needs only as counts of counted mentees, never who", () => {
    const withNeeds = input({
      mentees: [
        {
          id: "НЯ-0001",
          name: "Орлова Вера",
          form: "ученик – ученик",
          status: "активен",
          consent: true,
          needs: ["ОВЗ"],
        },
        {
          id: "НЯ-0002",
          name: "Миронов Павел",
          form: "ученик – ученик",
          status: "выбыл",
          consent: true,
          needs: ["ТЖС"],
        },
        {
          id: "НЯ-0003",
          name: "Зайцева Ольга",
          form: "ученик – ученик",
          status: "кандидат",
          consent: true,
          needs: ["ОВЗ", "ТЖС", "ОВЗ"],
        },
      ],
    });
    const report = buildReportModel(withNeeds, order);
    // НЯ-0002 withdrew: not counted; a need typed twice counts once.
    expect(report.needs).toEqual([
      { need: "ОВЗ", mentees: 2 },
      { need: "ТЖС", mentees: 1 },
    ]);
    const rows = layoutReport(report).values;
    const at = rows.findIndex((r) => r[0] === "Наставляемые с особыми образовательными потребностями (только число)");
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
    const pseudo = buildReportModel(input({ settings: { ...input().settings, pseudonymous: true } }), order);
    const cells = layoutReport(pseudo).values.flat().map(String);
    for (const person of [...input().mentors, ...input().mentees])
      expect(cells.some((c) => c.includes(person.name))).toBe(false);
    expect(cells).toContain("НТ-0001");
  });

  it("lays out one rectangular block, with the chart over the KPI rows", () => {
    const layout = layoutReport(model);
    const widths = new Set(
      [layout.values, layout.formats, layout.weights, layout.backgrounds].flatMap((g) => g.map((r) => r.length)),
    );
    expect(widths).toEqual(new Set([7]));
    expect(layout.formats.length).toBe(layout.values.length);
    const { firstRow, rows } = layout.chart!;
    expect(layout.values[firstRow - 1][0]).toBe("mentees_10_18");
    expect(rows).toBe(2);
    expect(layout.values[firstRow - 2][1]).toBe("Показатель");
  });
});
