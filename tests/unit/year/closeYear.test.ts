/**
 * «Закрыть учебный год» as a plan: what is carried, archived, finished and moved on for a small crafted
 * school, and that planning the same year again after applying the plan changes nothing.
 */
import type { PersonState } from "../../../src/domain/pairs/lifecycle";
import { planCloseYear, planIsEmpty, type CloseInput, type ClosePlan } from "../../../src/domain/year/closeYear";
import { previewSections } from "../../../src/domain/year/preview";

const person = (row: number, id: string, status: string, extra: Partial<PersonState> = {}): PersonState => ({
  row,
  id,
  name: `Имя ${id}`,
  status,
  ...extra,
});

function school(): CloseInput {
  return {
    settings: { academicYear: "2026-2027", programPeriod: "2024–2027 гг.", reportDate: "2027-05-15" },
    pairs: [
      { row: 2, pairId: "П-0001", mentorId: "НТ-0001", menteeId: "НЯ-0001", status: "активна", start: "2026-09-10" },
      {
        row: 3,
        pairId: "П-0002",
        mentorId: "НТ-0002",
        menteeId: "НЯ-0002",
        status: "завершена",
        start: "2026-09-10",
        end: "2027-05-20",
      },
      { row: 4, pairId: "П-0003", mentorId: "НТ-0003", menteeId: "НЯ-0003", status: "завершена", start: "2026-10-01" },
      { row: 5, pairId: "П-0004", mentorId: "НТ-0001", menteeId: "НЯ-0004", status: "расторгнута" },
      {
        row: 6,
        pairId: "П-0005",
        mentorId: "НТ-0002",
        menteeId: "НЯ-0005",
        status: "завершена",
        start: "2024-09-10",
        end: "2025-05-01",
        archived: "2024-2025",
      },
      {
        row: 7,
        pairId: "П-0006",
        mentorId: "НТ-0005",
        menteeId: "НЯ-0006",
        status: "завершена",
        start: "2026-09-10",
        end: "2027-10-01",
      },
      { row: 8, pairId: "П-0007", mentorId: "НТ-0004", menteeId: "НЯ-0007", status: "предложена" },
      {
        row: 9,
        pairId: "П-0008",
        mentorId: "НТ-0005",
        menteeId: "НЯ-0008",
        status: "завершена",
        start: "2025-09-10",
        end: "2026-05-01",
      },
    ],
    mentors: [
      person(2, "НТ-0001", "активен", { joined: "2026-09-10" }),
      person(3, "НТ-0002", "завершил", { joined: "2024-09-10", ended: "2027-05-20" }),
      person(4, "НТ-0003", "активен", { joined: "2026-10-01" }),
      person(5, "НТ-0004", "кандидат"),
      person(6, "НТ-0005", "выбыл", { joined: "2025-09-10", ended: "2027-03-01" }),
    ],
    mentees: [
      person(2, "НЯ-0001", "активен", { joined: "2026-09-10" }),
      person(3, "НЯ-0002", "завершил", { joined: "2026-09-10", ended: "2027-05-20" }),
      person(4, "НЯ-0003", "активен", { joined: "2026-10-01" }),
      person(5, "НЯ-0004", "кандидат"),
      person(6, "НЯ-0005", "завершил", { joined: "2024-09-10", ended: "2025-05-01" }),
      person(7, "НЯ-0006", "активен", { joined: "2026-09-10" }),
      person(8, "НЯ-0007", "кандидат"),
      person(9, "НЯ-0008", "завершил", { joined: "2025-09-10", ended: "2026-05-01" }),
    ],
    surveys: [
      { participantId: "НТ-0002", date: "2027-06-01", wantsToContinue: true },
      { participantId: "НТ-0004", date: "2027-06-01", wantsToContinue: true }, // a candidate: stays one
      { participantId: "НТ-0001", date: "2027-06-01", wantsToContinue: false },
      { participantId: "НТ-0005", date: "2027-06-01", wantsToContinue: true }, // withdrawn: stays
      { participantId: "НТ-0003", date: "2025-12-01", wantsToContinue: true }, // another year
      { participantId: "НТ-0003", date: "2027-06-02", wantsToContinue: false },
    ],
    targetYears: ["2024", "2025", "2026", "2027"],
    today: "2027-08-20",
  };
}

function plan(input: CloseInput): ClosePlan {
  const result = planCloseYear(input);
  if (!result.ok) throw new Error(`no plan: ${result.value}`);
  return result.plan;
}

/** The workbook after the plan is written (what the sheets layer does, cell by cell). */
function applied(input: CloseInput, p: ClosePlan): CloseInput {
  const pairCells = new Map(p.pairChanges.map((c) => [c.row, c.cells]));
  const people = (role: "mentor" | "mentee", list: readonly PersonState[]) =>
    list.map((m) => {
      const change = p.people.find((c) => c.role === role && c.row === m.row);
      if (!change) return m;
      const next: PersonState = { ...m };
      for (const [k, v] of Object.entries(change.cells)) {
        if (v === "") delete (next as unknown as Record<string, unknown>)[k];
        else (next as unknown as Record<string, unknown>)[k] = v;
      }
      return next;
    });
  const settings = { ...input.settings };
  for (const s of p.settingChanges) {
    if (s.key === "reportDate") settings.reportDate = s.to || null;
    else settings[s.key] = s.to;
  }
  return {
    ...input,
    settings,
    pairs: input.pairs.map((x) => ({ ...x, ...(pairCells.get(x.row) ?? {}) })),
    mentors: people("mentor", input.mentors),
    mentees: people("mentee", input.mentees),
    targetYears: [...input.targetYears, ...p.targetYears],
  };
}

describe("closing the programme year 2026-2027", () => {
  it("carries live pairs, archives what ended in the year, finishes people and moves the settings on", () => {
    const p = plan(school());
    expect([p.year, p.next, p.day, p.early]).toEqual(["2026-2027", "2027-2028", "2027-08-20", true]);
    expect(p.carried.map((x) => x.pairId)).toEqual(["П-0001"]);
    // П-0005 was archived before; П-0006 ends after the year; П-0008 ended last year and was never archived.
    expect(p.pairChanges).toEqual([
      { row: 3, pairId: "П-0002", cells: { archived: "2026-2027" } },
      { row: 4, pairId: "П-0003", cells: { end: "2027-08-20", archived: "2026-2027" } },
      { row: 5, pairId: "П-0004", cells: { archived: "2026-2027" } },
      { row: 9, pairId: "П-0008", cells: { archived: "2025-2026" } },
    ]);
    expect(p.people.map((c) => [c.role, c.id, c.kind, c.cells])).toEqual([
      ["mentor", "НТ-0002", "continuing", { status: "активен", ended: "" }],
      ["mentor", "НТ-0003", "finished", { status: "завершил", ended: "2027-08-20" }],
      ["mentee", "НЯ-0003", "finished", { status: "завершил", ended: "2027-08-20" }],
      // A status the pairs contradict (its pair is «завершена», typed with a later end) is put right too.
      ["mentee", "НЯ-0006", "finished", { status: "завершил", ended: "2027-10-01" }],
    ]);
    expect(p.continuing.map((c) => [c.id, c.reason])).toEqual([
      ["НТ-0001", "pair"],
      ["НТ-0002", "willing"],
    ]);
    expect(p.unwilling.map((m) => m.id)).toEqual(["НТ-0001"]);
    expect(p.settingChanges).toEqual([
      { key: "academicYear", from: "2026-2027", to: "2027-2028" },
      { key: "programPeriod", from: "2024–2027 гг.", to: "2024–2028 гг." },
      { key: "reportDate", from: "2027-05-15", to: "" },
    ]);
    expect(p.targetYears).toEqual(["2028"]);
    expect(p.proposals).toBe(1);
  });

  it("shows the curator every change with its count and list before anything is written", () => {
    const input = school();
    const p = plan(input);
    const sections = previewSections(p, input, { pseudonymous: true, max: 50 });
    const byId = new Map(sections.map((s) => [s.id, s]));
    expect(byId.get("carried")!.items).toEqual(["П-0001: НТ-0001 — НЯ-0001 (с 10.09.2026)"]);
    expect(byId.get("archived")!.total).toBe(4);
    expect(byId.get("archived")!.items[1]).toBe("П-0003: НТ-0003 — НЯ-0003 (завершена 20.08.2027)");
    expect(byId.get("finished")!.items).toEqual([
      "НТ-0003 (наставник)",
      "НЯ-0003 (наставляемый)",
      "НЯ-0006 (наставляемый)",
    ]);
    expect(byId.get("mentorsWilling")!.items).toEqual(["НТ-0002"]);
    expect(byId.get("setting-reportDate")!.text).toBe(
      "«Настройки», «Дата отчёта»: «15.05.2027» → пусто (отчёт на сегодня)",
    );
    expect(byId.get("targets")!.text).toMatch(/«Цель 2028»/);
    // Names only outside pseudonymous mode.
    const named = previewSections(p, input, { pseudonymous: false, max: 50 });
    expect(named.find((s) => s.id === "carried")!.items[0]).toBe("П-0001: Имя НТ-0001 — Имя НЯ-0001 (с 10.09.2026)");
  });

  it("changes nothing when the closed year is planned again", () => {
    const input = school();
    const first = plan(input);
    const again = planCloseYear({ ...applied(input, first), year: 2026, today: "2027-09-05" });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(planIsEmpty(again.plan)).toBe(true);
    // The next year, by contrast, has work to do: the carried pair is still live, П-0006 ends in it.
    const next = plan({ ...applied(input, first), today: "2028-08-31" });
    expect(next.year).toBe("2027-2028");
    expect(next.pairChanges.map((c) => c.pairId)).toEqual(["П-0006"]);
  });

  it("a changed workbook changes the fingerprint; an unreadable «Учебный год» is a problem", () => {
    const input = school();
    const a = plan(input).fingerprint;
    expect(plan(school()).fingerprint).toBe(a);
    input.pairs[0].status = "завершена";
    expect(plan(input).fingerprint).not.toBe(a);
    expect(planCloseYear({ ...school(), settings: { ...school().settings, academicYear: "текущий" } })).toEqual({
      ok: false,
      problem: "academicYear",
      value: "текущий",
    });
  });
});
