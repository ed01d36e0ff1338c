/**
 * One source for each figure: on the demo school, «Обзор» (its figures and checklist), matching's summary, the
 * report sheet and the snapshot give the same number for the same figure, before and after proposals,
 * and after some are approved. Proposals are never pairs.
 */
import { loadDemoSchool } from "../../emulator/demo/load";
import type { ProgrammeProgressDto } from "../../src/ui/endpoints/index";
import type { MatchingSummaryDto } from "../../src/ui/endpoints/matching";
import type { SnapshotDto } from "../../src/ui/endpoints/municipal";
import { freshBundle } from "../support/bundle";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

describe("the same figure on every screen", () => {
  const { emu, bundle } = freshBundle({ now: () => new Date("2026-11-21T09:00:00Z") });
  loadDemoSchool(emu, bundle, { seed: 11 });
  const ss = emu.spreadsheet as unknown as Spreadsheet;
  const progress = () => bundle.run("programmeProgress", {}) as ProgrammeProgressDto;
  const overview = () => progress().figures!;

  /** The report sheet's participants table: its «Всего» row, and the lines under it. */
  function reportFigures() {
    bundle.run("buildReport", {});
    const values = ss.getSheetByName("Отчёт")!.getDataRange().getValues();
    const total = values.find((r) => r[0] === "Всего (каждый человек один раз)")!;
    const line = (label: string) => values.find((r) => String(r[0]).startsWith(label))?.[1];
    return {
      mentors: total[1],
      mentees: total[2],
      pairs: total[3],
      groups: total[4],
      proposals: total[6],
      waiting: line("Ждут пары"),
      registers: line("В базах"),
    };
  }

  function snapshotFigures() {
    const sent = bundle.run("sendSnapshot", {}) as SnapshotDto;
    const s = JSON.parse(sent.json) as {
      participants: Array<{ mentors: number; mentees: number }>;
      pairs: { byForm: Array<{ total: number }>; byStatus: Array<{ status: string; count: number }> };
    };
    return {
      pairsAndGroups: s.pairs.byForm.reduce((n, f) => n + f.total, 0),
      proposals: s.pairs.byStatus.find((b) => b.status === "предложена")?.count ?? 0,
    };
  }

  function expectAgreement() {
    const o = overview();
    const r = reportFigures();
    expect(r).toEqual({
      mentors: o.mentors,
      mentees: o.mentees,
      pairs: o.pairs,
      groups: o.groups,
      proposals: o.proposals,
      waiting: o.waiting,
      registers: `${o.registers.mentors} наставников, ${o.registers.mentees} наставляемых`,
    });
    expect(snapshotFigures()).toEqual({ pairsAndGroups: o.pairs + o.groups, proposals: o.proposals });
    // The checklist's «Наставнические пары» step says the same.
    const step = progress().stages.find((s) => s.key === "pairs")!;
    expect(step.detail).toContain(`Утверждено: ${o.pairs} `);
    if (o.groups) expect(step.detail).toContain(` и ${o.groups} `);
    return o;
  }

  it("agree on the demo school as loaded", () => {
    const o = expectAgreement();
    expect(o).toMatchObject({ year: "2026-2027", proposals: 0, registers: { mentors: 70, mentees: 220 } });
    expect(o.pairs + o.groups).toBeGreaterThan(20);
  });

  it("keep proposals apart: matching adds proposals, not pairs, and its pool is the mentees in work", () => {
    const before = overview();
    const summary = bundle.run("runMatching", {}) as MatchingSummaryDto;
    const after = expectAgreement();
    expect({ pairs: after.pairs, groups: after.groups, mentees: after.mentees }).toEqual({
      pairs: before.pairs,
      groups: before.groups,
      mentees: before.mentees,
    });
    expect(after.proposals).toBe(summary.proposalsTotal);
    expect(after.proposals).toBeGreaterThan(0);
    // Matching's «из N наставляемых» is the registers' mentees in work; those already in a live pair are
    // kept, the rest wait: every waiting mentee is proposed a pair or listed as unmatched.
    const values = ss.getSheetByName("Отчёт")!.getDataRange().getValues();
    const open = String(values.find((r) => String(r[0]).startsWith("Из них в работе"))![1]);
    expect(open).toContain(`${summary.stats.mentees} наставляемых`);
    expect(summary.stats.existingKept + summary.stats.lockedKept + after.waiting).toBe(summary.stats.mentees);
    expect(summary.proposalsTotal + summary.unmatchedTotal).toBe(after.waiting);
  });

  it("move together when proposals are approved", () => {
    const before = overview();
    const proposals = ss
      .getSheetByName("Пары")!
      .getDataRange()
      .getValues()
      .filter((r) => r.includes("предложена"))
      .map((r) => String(r[0]));
    bundle.run("approvePairs", { pairIds: proposals.slice(0, 5), startDate: "2026-11-21" });
    const after = expectAgreement();
    expect(after.proposals).toBe(before.proposals - 5);
    expect(after.mentees).toBe(before.mentees + 5);
    expect(after.pairs + after.groups).toBeGreaterThan(before.pairs + before.groups);
  });
});
