import { assignIds, choiceLabel, displayName, idKey, nextId } from "../../../src/domain/participants";

describe("assignIds: an ID, once given, never changes", () => {
  const rows = [
    { id: "НТ-0001", name: "Москвина Т.Н." },
    { id: "", name: "Белякова Т.Ю." },
    { id: "НТ-0007", name: "Лаптев Кирилл" },
    { id: "Н-12", name: "Старый код куратора" },
    { id: "", name: "", consent: false },
    { id: "", name: "Петров П.П." },
  ];

  it("numbers new rows after the highest number in use, in row order, leaving gaps unfilled", () => {
    expect(assignIds(rows, "НТ")).toEqual([
      { index: 1, id: "НТ-0008" },
      { index: 5, id: "НТ-0009" },
    ]);
  });

  it("gives nothing new once the IDs are written back, and leaves existing IDs as typed", () => {
    const filled = rows.map((r, i) => ({ ...r, id: assignIds(rows, "НТ").find((a) => a.index === i)?.id ?? r.id }));
    expect(assignIds(filled, "НТ")).toEqual([]);
    expect(filled.map((r) => r.id)).toEqual(["НТ-0001", "НТ-0008", "НТ-0007", "Н-12", "", "НТ-0009"]);
  });

  it("deleting a row does not make its number come back", () => {
    const after = [{ id: "НТ-0001" }, { id: "НТ-0003" }, { id: "", name: "Новый наставник" }];
    expect(assignIds(after, "НТ")).toEqual([{ index: 2, id: "НТ-0004" }]);
  });

  it("counts a Latin-lettered or differently dashed ID as the same prefix", () => {
    expect(nextId(["HT–0041", "нт-0002"], "НТ")).toBe("НТ-0042");
    expect(nextId([], "НЯ")).toBe("НЯ-0001");
    expect(idKey(" нт — 0005 ")).toBe("НТ-0005");
  });
});

describe("pseudonymous mode shows codes, not names", () => {
  const alina = { id: "НЯ-0001", name: "Сидорова Алина", row: 2 };
  it("shows the code in pseudonymous mode and the name otherwise", () => {
    expect(displayName(alina, true)).toBe("НЯ-0001");
    expect(displayName(alina, false)).toBe("Сидорова Алина");
    expect(displayName({ id: "", name: "Орлов Денис", row: 7 }, true)).toBe("без ID (строка 7)");
  });
  it("choice labels start with the code", () => {
    expect(choiceLabel(alina, false)).toBe("НЯ-0001 — Сидорова Алина");
    expect(choiceLabel(alina, true)).toBe("НЯ-0001");
  });
});
