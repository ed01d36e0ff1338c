/**
 * What each document is made of, from rows as the sheets hold them: the pairs of a school year, the minors
 * whose guardians have not consented, the partner organisations, the mentors picked for a reward; which
 * roadmap items of the real samples each document closes; an order's number and date read back.
 */
import { parseRoadmap } from "../../../src/domain/roadmap";
import {
  buildDocumentData,
  DOCUMENT_KINDS,
  matchesKind,
  orderLabel,
  pairsOfYear,
  parseOrderReference,
  placeholderKey,
  readDocumentInput,
  type DocumentInput,
} from "../../../src/domain/documents/index";
import { DEFAULT_FORMS, DEFAULT_ROLE_MODELS } from "../../../src/domain/workbook/defaults";
import { defaultSettings } from "../../../src/domain/workbook/settings";
import { readSample } from "../../../fixtures/samples";

const rows = (list: Array<Record<string, unknown>>) => list.map((cells, i) => ({ rowNumber: i + 2, cells }));
// Pseudonymous mode is the default of a new workbook; these documents are made with it switched off.
const settings = {
  ...defaultSettings(),
  organisation: "МБОУ «СОШ № 7»",
  curator: "Петрова А. И.",
  pseudonymous: false,
};
const refs = { forms: DEFAULT_FORMS, roleModels: DEFAULT_ROLE_MODELS };

function input(sheets: Parameters<typeof readDocumentInput>[0], extra: Partial<typeof settings> = {}): DocumentInput {
  return readDocumentInput(sheets, { ...settings, ...extra }, refs, "2026-11-21");
}

const pair = (pairId: string, status: string, start = "", end = "", form = "ученик – ученик") => ({
  pairId,
  mentorId: `НТ-${pairId}`,
  menteeId: `НЯ-${pairId}`,
  mentorName: `Наставник ${pairId}`,
  menteeName: `Наставляемый ${pairId}`,
  form,
  status,
  start,
  end,
});

describe("the pairs of a school year", () => {
  const pairs = input({
    pairs: rows([
      pair("1", "активна", "12.10.2026"),
      pair("2", "утверждена"),
      pair("3", "предложена", "15.10.2026"),
      pair("4", "активна", "2025-10-01"), // a teacher pair continuing from last year
      pair("5", "завершена", "01.10.2025", "25.05.2026"),
      pair("6", "активна", "01.09.2027"), // next year
      pair("7", "расторгнута", "01.10.2026"),
      pair("8", "Утверждена", "31.08.2027", "", "учитель-учитель"),
    ]),
  }).pairs;

  it("are the approved and active pairs whose dates overlap September to August", () => {
    expect(pairsOfYear(pairs, "2026-11-21", ["утверждена", "активна"]).map((p) => p.pairId)).toEqual([
      "1",
      "2",
      "4",
      "8",
    ]);
    expect(pairsOfYear(pairs, "2026-11-21", ["утверждена", "активна", "завершена"]).map((p) => p.pairId)).toEqual([
      "1",
      "2",
      "4",
      "8",
    ]);
    expect(pairsOfYear(pairs, "2026-05-01", ["завершена"]).map((p) => p.pairId)).toEqual(["5"]);
  });

  it("go into the order grouped by form, with counts of pairs, people and forms", () => {
    const data = buildDocumentData(
      "pairs-order",
      input({
        pairs: rows([pair("1", "активна"), pair("2", "утверждена"), pair("8", "активна", "", "", "учитель – учитель")]),
      }),
    );
    expect(data.fields).toMatchObject({ число_пар: "3", число_форм: "2", число_наставников: "3" });
    expect(data.lists["формы"].map((f) => [f.fields["форма"], f.lists!["пары"].map((p) => p.fields["№"])])).toEqual([
      ["ученик – ученик", ["1", "2"]],
      ["учитель – учитель", ["3"]],
    ]);
  });
});

describe("who gets a guardian's consent form", () => {
  it("minor mentees not withdrawn whose consent is not ticked, by class", () => {
    const data = buildDocumentData(
      "guardian-consent",
      input({
        mentees: rows([
          { id: "НЯ-1", name: "Орлов Олег", category: "обучающийся", grade: "7Б", age: 13, consent: false },
          { id: "НЯ-2", name: "Лисина Лиза", category: "обучающийся", grade: "5А", age: 11, consent: "" },
          { id: "НЯ-3", name: "Волков Ваня", category: "обучающийся", grade: "6А", age: 12, consent: true },
          { id: "НЯ-4", name: "Зайцев Захар", category: "обучающийся", grade: "11А", age: 18, consent: false },
          { id: "НЯ-5", name: "Ежова Ева", category: "обучающийся", grade: "8В", consent: "нет", status: "выбыл" },
          { id: "НЯ-6", name: "Соколова Соня", category: "педагог", age: 24, consent: false },
          { id: "НЯ-7", name: "Кротов Кирилл", category: "обучающийся", grade: "10А", consent: "нет" },
        ]),
      }),
    );
    expect(data.lists["наставляемые"].map((m) => `${m.fields["наставляемый"]} ${m.fields["класс"]}`)).toEqual([
      "Лисина Лиза 5А",
      "Орлов Олег 7Б",
      "Кротов Кирилл 10А",
    ]);
  });
});

describe("partner agreements and the reward order", () => {
  const mentors = rows([
    {
      id: "НТ-1",
      name: "Сысоев Юрий",
      category: "представитель работодателя",
      organisation: "АО «Энерго»",
      forms: "работодатель – ученик",
    },
    {
      id: "НТ-2",
      name: "Белов Борис",
      category: "представитель работодателя",
      organisation: "АО «ЭНЕРГО»",
      forms: "работодатель-ученик",
    },
    {
      id: "НТ-3",
      name: "Гусева Галина",
      category: "представитель работодателя",
      organisation: "ООО «Хлеб»",
      forms: "работодатель – студент",
    },
    { id: "НТ-4", name: "Мишин Миша", category: "обучающийся", grade: "10А", forms: "ученик – ученик" },
  ]);

  it("one agreement per organisation of the employer mentors, however its name is spelt", () => {
    const data = buildDocumentData("partner-agreement", input({ mentors }));
    expect(
      data.lists["организации"].map((o) => [o.fields[placeholderKey("партнёр")], o.lists!["наставники"].length]),
    ).toEqual([
      ["АО «Энерго»", 2],
      ["ООО «Хлеб»", 1],
    ]);
    const orphan = buildDocumentData(
      "partner-agreement",
      input({
        mentors: rows([
          {
            id: "НТ-9",
            name: "Без Организации",
            category: "представитель работодателя",
            forms: "работодатель – ученик",
          },
        ]),
      }),
    );
    expect(orphan.blockers).toEqual(["не заполнено «Организация» на листе «Наставники», строка 2"]);
  });

  it("lists the picked mentors with their mentees of the year, and refuses unknown IDs", () => {
    const data = buildDocumentData(
      "reward-order",
      input({
        mentors,
        pairs: rows([
          { ...pair("1", "активна", "01.10.2026"), mentorId: "НТ-4" },
          { ...pair("2", "предложена"), mentorId: "НТ-4" },
        ]),
      }),
      { selection: ["НТ-4", "нт-3"] },
    );
    expect(data.lists["наставники"].map((m) => [m.fields["наставник"], m.fields["наставляемых"]])).toEqual([
      ["Гусева Галина", "0"],
      ["Мишин Миша, 10А класс", "1"],
    ]);
    expect(buildDocumentData("reward-order", input({ mentors }), { selection: ["НТ-99"] }).blockers).toEqual([
      "на листе «Наставники» нет наставников с ID НТ-99",
    ]);
  });

  it("asks before a document with names is made in pseudonymous mode", () => {
    const pseudo = input({ mentors }, { pseudonymous: true });
    expect(buildDocumentData("reward-order", pseudo, { selection: ["НТ-1"] }).blockers[0]).toMatch(/режим псевдонимов/);
    expect(buildDocumentData("reward-order", pseudo, { selection: ["НТ-1"], allowNames: true }).blockers).toEqual([]);
    expect(buildDocumentData("regulation", pseudo).blockers).toEqual([]);
  });
});

describe("the roadmap items a document closes, in the real samples", () => {
  const matches = (name: "roadmap-oosh-talon.txt" | "roadmap-dou-2023.txt" | "roadmap-municipal-sechenovo.txt") =>
    parseRoadmap({ kind: "text", text: readSample(name) })
      .items.map((item) => [item.number, DOCUMENT_KINDS.filter((k) => matchesKind(k, item)).join(",")])
      .filter(([, kinds]) => kinds);

  it("finds the orders, the положение, the consents, the agreements and the справка where the roadmap names them", () => {
    expect(matches("roadmap-dou-2023.txt")).toEqual([
      ["1.3", "implementation-order,curator-order,regulation"],
      ["2.1", "guardian-consent"],
      ["5.2", "pairs-order"],
      ["7.1", "analytical-report"],
      ["7.2", "reward-order"],
    ]);
    expect(matches("roadmap-oosh-talon.txt")).toEqual([
      ["2.2", "guardian-consent"],
      ["5.4", "pairs-order"],
      ["7.2", "reward-order"],
    ]);
    expect(matches("roadmap-municipal-sechenovo.txt")).toEqual([
      ["1.3", "implementation-order"],
      ["1.5", "partner-agreement"],
      ["6.1", "analytical-report"],
      ["6.2", "analytical-report"],
    ]);
  });
});

describe("an order's number and date as the curator types them", () => {
  it.each([
    ["№ 152-од от 25.11.2026", "152-од", "2026-11-25"],
    ["152 от 5.11.2026 г.", "152", "2026-11-05"],
    ["Приказ № 12/01-07 от 01.09.2026", "12/01-07", "2026-09-01"],
  ])("reads «%s»", (text, number, date) => {
    expect(parseOrderReference(text)).toEqual({ number, date });
  });

  it("refuses what is not a number and a date, and writes «Приказ» as «Пары» records it", () => {
    expect(parseOrderReference("от 25.11.2026")).toBeUndefined();
    expect(parseOrderReference("№ 15 от 31.11.2026")).toBeUndefined();
    expect(parseOrderReference("приказ будет")).toBeUndefined();
    expect(orderLabel({ number: "152-од", date: "2026-11-25" })).toBe("Приказ № 152-од от 25.11.2026");
  });
});
