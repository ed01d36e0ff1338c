/**
 * The participant status follows the pairs: approving makes both people «активен», ending makes them
 * «завершил» when nothing else is live, both ways, and only the people named are touched.
 */
import {
  endPairs,
  followPairs,
  pairEditCells,
  peopleOf,
  withPairChanges,
  type PairState,
  type PersonState,
} from "../../../src/domain/pairs/lifecycle";
import { PAIR_STATUS, PARTICIPANT_STATUS } from "../../../src/domain/workbook/defaults";

const mentor = (id: string, status: string = PARTICIPANT_STATUS.candidate, extra: Partial<PersonState> = {}) => ({
  row: Number(id.slice(-1)) + 1,
  id,
  name: `Наставник ${id}`,
  status,
  ...extra,
});
const mentee = (id: string, status: string = PARTICIPANT_STATUS.candidate, extra: Partial<PersonState> = {}) => ({
  row: Number(id.slice(-1)) + 1,
  id,
  name: `Наставляемый ${id}`,
  status,
  ...extra,
});
const pair = (pairId: string, mentorId: string, menteeId: string, status: string, extra: Partial<PairState> = {}) => ({
  row: Number(pairId.slice(-1)) + 1,
  pairId,
  mentorId,
  menteeId,
  status,
  ...extra,
});

describe("approving a pair", () => {
  it("makes both people «активен» and sets «Дата вхождения» to the pair's start when blank", () => {
    const people = {
      mentors: [mentor("НТ-0001", PARTICIPANT_STATUS.candidate, { joined: "2025-10-01" })],
      mentees: [mentee("НЯ-0001")],
    };
    const pairs = [pair("П-0001", "НТ-0001", "НЯ-0001", PAIR_STATUS.approved, { start: "2026-11-23" })];
    const changes = followPairs(people, pairs, "2026-11-25", { who: peopleOf(pairs) });
    expect(changes.map((c) => [c.role, c.id, c.cells])).toEqual([
      ["mentor", "НТ-0001", { status: "активен" }], // joined stays: it was typed
      ["mentee", "НЯ-0001", { status: "активен", joined: "2026-11-23" }],
    ]);
  });

  it("clears the end date of somebody coming back, and leaves people of other pairs alone", () => {
    const people = {
      mentors: [
        mentor("НТ-0001", PARTICIPANT_STATUS.finished, { joined: "2024-09-10", ended: "2025-05-20" }),
        mentor("НТ-0002", PARTICIPANT_STATUS.active),
      ],
      mentees: [mentee("НЯ-0001", " Кандидат ")],
    };
    const pairs = [
      pair("П-0001", "НТ-0001", "НЯ-0001", "Утверждена", { start: "2026-09-15" }),
      pair("П-0002", "НТ-0002", "НЯ-0009", PAIR_STATUS.ended, { start: "2025-09-01", end: "2026-05-01" }),
    ];
    const changes = followPairs(people, pairs, "2026-09-15", { who: peopleOf([pairs[0]]) });
    expect(changes.map((c) => [c.id, c.cells])).toEqual([
      ["НТ-0001", { status: "активен", ended: "" }],
      ["НЯ-0001", { status: "активен", joined: "2026-09-15" }],
    ]);
  });
});

describe("ending a pair", () => {
  const base = () => ({
    mentors: [mentor("НТ-0001", PARTICIPANT_STATUS.active, { joined: "2026-09-01" })],
    mentees: [
      mentee("НЯ-0001", PARTICIPANT_STATUS.active, { joined: "2026-09-01" }),
      mentee("НЯ-0002", PARTICIPANT_STATUS.active, { joined: "2026-09-01" }),
    ],
  });
  const group = () => [
    pair("П-0001", "НТ-0001", "НЯ-0001", PAIR_STATUS.active, { start: "2026-09-01" }),
    pair("П-0002", "НТ-0001", "НЯ-0002", PAIR_STATUS.active, { start: "2026-09-01" }),
  ];

  it("sets the status and the end date of the pair, and «завершил» for a person with no other live pair", () => {
    const pairs = group();
    const { changes, problems } = endPairs(pairs, { pairIds: ["п-0001"], outcome: "ended", day: "2027-05-20" });
    expect(problems).toEqual([]);
    expect(changes).toEqual([{ row: 2, pairId: "П-0001", cells: { status: "завершена", end: "2027-05-20" } }]);
    const after = withPairChanges(pairs, changes);
    const people = followPairs(base(), after, "2027-05-20", { who: peopleOf([after[0]]) });
    // The mentor still has the group's second pair: stays «активен», nothing written.
    expect(people.map((c) => [c.role, c.id, c.cells])).toEqual([
      ["mentee", "НЯ-0001", { status: "завершил", ended: "2027-05-20" }],
    ]);

    const both = withPairChanges(
      after,
      endPairs(after, { pairIds: ["П-0002"], outcome: "cancelled", day: "2027-06-01" }).changes,
    );
    const last = followPairs(base(), both, "2027-06-01", { who: peopleOf([both[1]]) });
    expect(last.map((c) => [c.id, c.cells])).toEqual([
      // The latest end of the mentor's pairs.
      ["НТ-0001", { status: "завершил", ended: "2027-06-01" }],
      ["НЯ-0002", { status: "завершил", ended: "2027-06-01" }],
    ]);
  });

  it("keeps «выбыл», and refuses a pair that is not live, an unknown ID or an end before the start", () => {
    const people = { mentors: [mentor("НТ-0001", PARTICIPANT_STATUS.withdrawn)], mentees: [] };
    const ended = [pair("П-0001", "НТ-0001", "НЯ-0001", PAIR_STATUS.ended, { start: "2026-09-01", end: "2027-01-01" })];
    expect(followPairs(people, ended, "2027-01-01", { who: peopleOf(ended) })).toEqual([]);

    const pairs = [...group(), pair("П-0003", "НТ-0001", "НЯ-0003", PAIR_STATUS.proposed)];
    const result = endPairs(pairs, { pairIds: ["П-0001", "П-0003", "П-0099"], outcome: "ended", day: "2027-01-01" });
    expect(result.changes).toEqual([]);
    expect(result.problems.map((p) => [p.pairId, p.kind])).toEqual([
      ["П-0003", "notLive"],
      ["П-0099", "unknown"],
    ]);
    expect(endPairs(pairs, { pairIds: ["П-0001"], outcome: "ended", day: "2026-08-01" }).problems[0].kind).toBe(
      "beforeStart",
    );
  });

  it("a status typed by hand implies the dates: end of a pair that ran, start of an approved one", () => {
    expect(pairEditCells(pair("П-0001", "a", "b", PAIR_STATUS.ended, { start: "2026-09-01" }), "2027-02-01")).toEqual({
      end: "2027-02-01",
    });
    expect(pairEditCells(pair("П-0001", "a", "b", PAIR_STATUS.cancelled), "2027-02-01")).toEqual({});
    expect(pairEditCells(pair("П-0001", "a", "b", "активна"), "2027-02-01")).toEqual({ start: "2027-02-01" });
    expect(
      pairEditCells(
        pair("П-0001", "a", "b", PAIR_STATUS.ended, { start: "2026-09-01", end: "2026-12-01" }),
        "2027-02-01",
      ),
    ).toEqual({});
    // A start date typed as text that is not a date is never overwritten.
    expect(pairEditCells(pair("П-0001", "a", "b", PAIR_STATUS.approved, { start: "осенью" }), "2027-02-01")).toEqual(
      {},
    );
  });

  it("a cancelled proposal changes nobody's status", () => {
    const people = { mentors: [mentor("НТ-0001", PARTICIPANT_STATUS.active)], mentees: [mentee("НЯ-0001")] };
    const pairs = [pair("П-0001", "НТ-0001", "НЯ-0001", PAIR_STATUS.cancelled)];
    expect(followPairs(people, pairs, "2027-01-01", { who: peopleOf(pairs) })).toEqual([]);
  });
});

describe("a willing mentor (closing a year)", () => {
  it("stays «активен» without a live pair when they took part; a candidate does not become active", () => {
    const people = {
      mentors: [
        mentor("НТ-0001", PARTICIPANT_STATUS.finished, { joined: "2026-09-01", ended: "2027-05-01" }),
        mentor("НТ-0002"),
      ],
      mentees: [],
    };
    const pairs = [pair("П-0001", "НТ-0001", "НЯ-0001", PAIR_STATUS.ended, { start: "2026-09-01", end: "2027-05-01" })];
    const changes = followPairs(people, pairs, "2027-08-31", { willing: new Set(["НТ-0001", "НТ-0002"]) });
    expect(changes.map((c) => [c.id, c.cells])).toEqual([["НТ-0001", { status: "активен", ended: "" }]]);
  });
});
