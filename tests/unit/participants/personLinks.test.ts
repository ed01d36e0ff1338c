/** One person, one count: which mentee and mentor rows are suggested as the same person, and which are not. */
import { linkKey, suggestPersonLinks, type LinkCandidate } from "../../../src/domain/participants/personLinks";

const row = (id: string, name: string, extra: Partial<LinkCandidate> = {}): LinkCandidate => ({
  row: Number(id.slice(-2)),
  id,
  name,
  ...extra,
});
const today = "2026-11-21";
const pairs = (links: ReturnType<typeof suggestPersonLinks>) => links.map((l) => [l.mentee.id, l.mentor.id, l.basis]);

describe("suggested person links", () => {
  it("links the same name and birth date, whatever the spelling of the name", () => {
    const mentees = [row("НЯ-0001", "Смирнова Алёна Игоревна", { birthDate: "2010-03-14" })];
    const mentors = [
      row("НТ-0001", "смирнова  Алена игоревна", { birthDate: "2010-03-14" }),
      row("НТ-0002", "Смирнова Алёна Игоревна", { birthDate: "2009-03-14" }), // a namesake a year older
    ];
    expect(pairs(suggestPersonLinks(mentees, mentors, { today }))).toEqual([["НЯ-0001", "НТ-0001", "birthDate"]]);
  });

  it("falls back to the age when a birth date is missing, and never links on the name alone", () => {
    const mentees = [
      row("НЯ-0002", "Ким Дмитрий", { age: 16 }),
      row("НЯ-0003", "Орлов Павел"),
      row("НЯ-0004", "Лебедева Ирина", { birthDate: "2010-01-10" }),
    ];
    const mentors = [
      row("НТ-0003", "Ким Дмитрий", { birthDate: "2010-05-01" }), // 16 on 21.11.2026
      row("НТ-0004", "Орлов Павел", { age: 15 }),
      row("НТ-0005", "Лебедева Ирина", { age: 17 }), // 16 by the mentee's birth date
    ];
    expect(pairs(suggestPersonLinks(mentees, mentors, { today }))).toEqual([["НЯ-0002", "НТ-0003", "age"]]);
  });

  it("leaves out rows already linked, linked to somebody else, without an ID, or dismissed", () => {
    const b = { birthDate: "2011-02-02" };
    const mentees = [
      row("НЯ-0010", "Белов Артём", { ...b, personKey: "НЯ-0010" }),
      row("НЯ-0011", "Зайцева Ольга", b),
      row("НЯ-0012", "Громов Илья", b),
      row("", "Сидоров Олег", b),
      row("НЯ-0013", "Фомина Юлия", b),
    ];
    const mentors = [
      row("НТ-0010", "Белов Артём", { ...b, personKey: "ня-0010" }), // already one person
      row("НТ-0011", "Зайцева Ольга", { ...b, personKey: "НЯ-0099" }), // linked to another mentee
      row("НТ-0012", "Громов Илья", b),
      row("НТ-0013", "Сидоров Олег", b),
      row("НТ-0014", "Фомина Юлия", b),
    ];
    const dismissed = new Set([linkKey("НЯ-0013", "НТ-0014")]);
    expect(pairs(suggestPersonLinks(mentees, mentors, { today, dismissed }))).toEqual([
      ["НЯ-0012", "НТ-0012", "birthDate"],
    ]);
  });
});
