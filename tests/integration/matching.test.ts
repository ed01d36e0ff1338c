/**
 * «Подобрать пары» through the built bundle against the emulator, on the demo school (220 mentees, 70
 * mentors, 60 pairs of three school years) and on small broken workbooks: what a curator sees in «Пары»
 * and in the sidebar's summary, and how many service calls it costs.
 */
import { loadDemoSchool } from "../../emulator/demo/load";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { DEFAULT_ROLE_MODELS } from "../../src/domain/workbook/defaults";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import type { MatchingSummaryDto, PairsListDto } from "../../src/ui/endpoints/matching";
import { freshBundle } from "../support/bundle";

type Row = Record<string, unknown>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const quietly = <T>(emu: Emulator, fn: () => T): T => (emu.calls as unknown as { quiet<R>(f: () => R): R }).quiet(fn);

/** A sheet as rows keyed by column key, read without counting (the test's own look at the workbook). */
function rowsOf(emu: Emulator, key: SheetKey): Array<Row & { rowNumber: number }> {
  return quietly(emu, () => {
    const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS[key].name)!;
    return readTable(sheet, SHEETS[key], { zone: zoneOf(emu.spreadsheet as unknown as Spreadsheet) }).rows.map((r) => ({
      ...r.cells,
      rowNumber: r.rowNumber,
    }));
  });
}

function columnLetter(key: SheetKey, column: string): string {
  const index = SHEETS[key].columns.findIndex((c) => c.key === column);
  return String.fromCharCode(65 + index);
}

/** Wraps the script's SpreadsheetApp so every getValues/getFormulas/setValues is logged with its sheet's name. */
function spyOnSheets(emu: Emulator, bundle: LoadedBundle) {
  const log: string[] = [];
  const wrap = (obj: unknown): unknown => {
    if (
      obj === null ||
      typeof obj !== "object" ||
      Array.isArray(obj) ||
      Object.prototype.toString.call(obj) === "[object Date]"
    )
      return obj;
    return new Proxy(obj as object, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (prop === "getValues" || prop === "getFormulas" || prop === "setValues") {
            const name = quietly(emu, () => (target as GoogleAppsScript.Spreadsheet.Range).getSheet().getName());
            log.push(`${String(prop)} ${name}`);
          }
          return wrap((value as (...a: unknown[]) => unknown).apply(target, args));
        };
      },
    });
  };
  const context = bundle.context as unknown as Record<string, unknown>;
  context.SpreadsheetApp = wrap(context.SpreadsheetApp);
  return log;
}

function demo(options: { pseudonymous?: boolean } = {}) {
  const { emu, bundle } = freshBundle();
  loadDemoSchool(emu, bundle, { seed: 2026 });
  if (options.pseudonymous) {
    const row = rowsOf(emu, "settings").find((r) => r.key === "Режим псевдонимов")!;
    emu.editAsUser(SHEETS.settings.name, `B${row.rowNumber}`, "да");
  }
  emu.calls.reset();
  return { emu, bundle, run: (input: object = {}) => bundle.run("runMatching", input) as MatchingSummaryDto };
}

const isProposed = (r: Row) => r.status === "предложена";
const KEPT = new Set(["утверждена", "активна"]);

describe("«Подобрать пары» on the demo school", () => {
  it("writes proposals to «Пары» once, with every column, reading each sheet once", () => {
    const { emu, bundle, run } = demo();
    const before = rowsOf(emu, "pairs");
    const spy = spyOnSheets(emu, bundle);
    const summary = run();

    // «Пары» is read a second time just before the write, to see whether a person edited it meanwhile.
    expect(spy.sort()).toEqual(
      ["Настройки", "Справочники", "Наставники", "Наставляемые", "Предпочтения", "Пары", "Пары"]
        .map((n) => `getValues ${n}`)
        .concat("getFormulas Пары", "setValues Пары")
        .sort(),
    );
    expect(emu.calls.byMethod["Range.getValues"]).toBe(7);
    expect(emu.calls.byMethod["Range.setValues"]).toBe(1);
    expect(emu.calls.byMethod["Lock.tryLock"]).toBe(1);
    expect(emu.calls.total).toBeLessThanOrEqual(32);

    const after = rowsOf(emu, "pairs");
    // The 60 pairs of the demo (history, approved, active) are untouched, in their order, at the top.
    expect(after.slice(0, before.length).map(({ rowNumber: _r, ...cells }) => cells)).toEqual(
      before.map(({ rowNumber: _r, ...cells }) => cells),
    );
    const proposals = after.filter(isProposed);
    expect(proposals.length).toBe(summary.stats.proposed);
    expect(proposals.length).toBeGreaterThan(20);
    expect(summary.written).toBe(true);

    const mentors = new Map(rowsOf(emu, "mentors").map((m) => [m.id, m]));
    const mentees = new Map(rowsOf(emu, "mentees").map((m) => [m.id, m]));
    const ids = after.map((r) => r.pairId);
    expect(new Set(ids).size).toBe(ids.length);
    const keptMentees = new Set(
      before.filter((r) => KEPT.has(String(r.status)) || r.locked === true).map((r) => r.menteeId),
    );
    const places = new Map<unknown, number>();
    for (const r of after)
      if (KEPT.has(String(r.status)) || r.locked === true || isProposed(r))
        places.set(r.mentorId, (places.get(r.mentorId) ?? 0) + 1);
    for (const p of proposals) {
      const mentor = mentors.get(p.mentorId)!;
      const mentee = mentees.get(p.menteeId)!;
      expect(p.pairId).toMatch(/^П-\d{4}$/);
      expect(p.mentorName).toBe(mentor.name);
      expect(p.menteeName).toBe(mentee.name);
      expect(p.form).toBe(mentee.form);
      expect(String(mentor.forms)).toContain(String(mentee.form));
      expect([mentor.consent, mentee.consent]).toEqual([true, true]);
      expect(typeof p.score).toBe("number");
      expect(p.score as number).toBeGreaterThanOrEqual(0);
      expect(p.score as number).toBeLessThanOrEqual(100);
      // The band in words beside the number: from 60 «хорошо», from 40 «средне», below «слабо».
      expect(p.scoreBand).toBe((p.score as number) >= 60 ? "хорошо" : (p.score as number) >= 40 ? "средне" : "слабо");
      expect(DEFAULT_ROLE_MODELS.filter((m) => m.form === p.form).map((m) => m.model)).toContain(p.roleModel);
      expect(p.locked).toBe(false);
      expect(keptMentees.has(p.menteeId)).toBe(false);
      expect(places.get(p.mentorId)).toBeLessThanOrEqual(Number(mentor.capacity));
    }
    // Reasons are Russian and never name a special need in the pair list.
    expect(proposals.some((p) => /запросы: /.test(String(p.reasons)))).toBe(true);
    expect(proposals.map((p) => String(p.reasons)).join(" ")).not.toMatch(/ОВЗ|ТЖС/);
    // The summary's proposals point at their rows.
    for (const p of summary.proposals) expect(after.find((r) => r.rowNumber === p.row)?.pairId).toBe(p.pairId);
  });

  it("summarises: matched, scores, ОВЗ/ТЖС, who is left and why, with rows to link to", () => {
    const { emu, run } = demo();
    const s = run();
    const mentees = rowsOf(emu, "mentees");
    const active = mentees.filter((m) => m.status !== "выбыл" && m.status !== "завершил");
    expect(s.stats.mentees).toBe(active.length);
    expect(s.stats.matched).toBe(s.stats.lockedKept + s.stats.existingKept + s.stats.proposed);
    expect(s.stats.matched + s.unmatchedTotal).toBe(s.stats.mentees);
    const priority = active.filter((m) => /ОВЗ|ТЖС/.test(String(m.needs)));
    expect(s.stats.priorityMentees).toBe(priority.length);
    // The optimiser serves them first (compared with greedy below); one left over is listed with its reason.
    const listed = new Map(s.unmatched.flatMap((g) => g.mentees.map((m) => [m.id, m.reason] as const)));
    const paired = new Set([...rowsOf(emu, "pairs")].map((p) => String(p.menteeId)));
    const leftOver = priority.filter((m) => !paired.has(String(m.id)));
    expect(s.stats.priorityMatched).toBe(priority.length - leftOver.length);
    for (const m of leftOver) expect(listed.get(String(m.id))).toMatch(/\S/);
    const noConsent = s.unmatched.find((g) => g.kind === "noConsent")!;
    const expectedNoConsent = active.filter((m) => m.consent === false);
    expect(noConsent.count).toBe(expectedNoConsent.length);
    expect(noConsent.mentees.map((m) => m.row).sort()).toEqual(expectedNoConsent.map((m) => m.rowNumber).sort());
    expect(noConsent.mentees[0].name).toBe(mentees.find((m) => m.rowNumber === noConsent.mentees[0].row)!.name);
    expect(s.unmatched.map((g) => g.label)).toEqual(expect.arrayContaining(["нет согласия на обработку ПДн"]));
  });

  it("shows codes instead of names in pseudonymous mode, in the sheet and in the summary", () => {
    const { emu, bundle, run } = demo({ pseudonymous: true });
    const s = run();
    const proposals = rowsOf(emu, "pairs").filter(isProposed);
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) expect([p.mentorName, p.menteeName]).toEqual([p.mentorId, p.menteeId]);
    for (const p of s.proposals) expect([p.mentor, p.mentee]).toEqual([p.mentorId, p.menteeId]);
    for (const g of s.unmatched) for (const m of g.mentees) expect(m.name).toBe(m.id);
    const list = bundle.run("listPairs") as PairsListDto;
    expect(list.pseudonymous).toBe(true);
    for (const p of list.proposals) expect([p.mentor, p.mentee]).toEqual([p.mentorId, p.menteeId]);
  });

  it("keeps approved and locked pairs on a rerun, counts them, and keeps pair IDs", () => {
    const { emu, bundle, run } = demo();
    const first = run();
    const [a, b, c] = first.proposals;
    const approved = bundle.run("approvePairs", { pairIds: [a.pairId, b.pairId], startDate: "2026-11-23" }) as {
      approved: number;
      plans: number;
    };
    expect(approved.approved).toBe(2);
    // Each approved pair gets its row in «Планы пар», for the curator to fill.
    expect(approved.plans).toBe(2);
    expect(rowsOf(emu, "pairPlans").map((r) => r.pairId)).toEqual([a.pairId, b.pairId]);
    bundle.run("lockPairs", { pairIds: [c.pairId], locked: true });

    const pairs = rowsOf(emu, "pairs");
    const rowOf = (id: string) => pairs.find((r) => r.pairId === id)!;
    expect(rowOf(a.pairId).status).toBe("утверждена");
    expect(rowOf(a.pairId).start).toBe("2026-11-23");
    expect(rowOf(c.pairId)).toMatchObject({ status: "предложена", locked: true });

    const second = run();
    expect(second.stats.existingKept).toBe(first.stats.existingKept + 2);
    expect(second.stats.lockedKept).toBe(first.stats.lockedKept + 1);
    const after = rowsOf(emu, "pairs");
    for (const p of [a, b, c])
      expect(after.find((r) => r.pairId === p.pairId)).toMatchObject({ mentorId: p.mentorId, menteeId: p.menteeId });
    // Kept mentees are not proposed again; a pair proposed again keeps its ID.
    const proposed = after.filter((r) => isProposed(r) && r.locked !== true);
    expect(proposed.map((r) => r.menteeId)).not.toEqual(expect.arrayContaining([a.menteeId]));
    expect(proposed.some((r) => r.menteeId === c.menteeId)).toBe(false);
    const firstIds = new Map(first.proposals.map((p) => [`${p.mentorId}|${p.menteeId}`, p.pairId]));
    const again = proposed.filter((r) => firstIds.has(`${r.mentorId}|${r.menteeId}`));
    expect(again.length).toBeGreaterThan(10);
    for (const r of again) expect(r.pairId).toBe(firstIds.get(`${r.mentorId}|${r.menteeId}`));
    // IDs are never reused: every new ID is above every ID of the first run.
    const num = (id: unknown) => Number(String(id).slice(2));
    const firstMax = Math.max(...first.proposals.map((p) => num(p.pairId)));
    for (const r of proposed)
      if (!first.proposals.some((p) => p.pairId === r.pairId)) expect(num(r.pairId)).toBeGreaterThan(firstMax);
  });

  it("does not propose again a pair the curator ended", () => {
    const { emu, run } = demo();
    const first = run();
    const ended = first.proposals[0];
    emu.editAsUser(SHEETS.pairs.name, `${columnLetter("pairs", "status")}${ended.row}`, "расторгнута");
    run();
    const after = rowsOf(emu, "pairs");
    expect(
      after.filter((r) => r.mentorId === ended.mentorId && r.menteeId === ended.menteeId).map((r) => r.status),
    ).toEqual(["расторгнута"]);
    // The demo's finished pairs of past years are not proposed again either.
    const history = new Set(after.filter((r) => r.status === "завершена").map((r) => `${r.mentorId}|${r.menteeId}`));
    expect(after.filter(isProposed).filter((r) => history.has(`${r.mentorId}|${r.menteeId}`))).toEqual([]);
  });

  it("a rerun moves no row: kept and re-proposed pairs stay where they are with the curator's notes and formulas", () => {
    const { emu, bundle, run } = demo();
    const first = run();
    const approved = first.proposals[0];
    bundle.run("approvePairs", { pairIds: [approved.pairId], startDate: "2026-11-23" });
    // The curator's own column after the add-on's: a note on every pair and a formula pointing at the approved one.
    const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS.pairs.name)!;
    const notesCol = SHEETS.pairs.columns.length + 1;
    const before = rowsOf(emu, "pairs");
    quietly(emu, () => {
      sheet.getRange(1, notesCol).setValue("Заметки куратора");
      for (const r of before) sheet.getRange(r.rowNumber, notesCol).setValue(`'заметка ${String(r.pairId)}`);
      sheet.getRange(before[0].rowNumber, notesCol).setFormula(`=A${approved.row}`);
    });
    const notesOf = () =>
      quietly(emu, () => ({
        values: sheet.getRange(1, notesCol, sheet.getLastRow(), 1).getValues(),
        formulas: sheet.getRange(1, notesCol, sheet.getLastRow(), 1).getFormulas(),
      }));
    const notes = notesOf();

    const second = run();
    const after = rowsOf(emu, "pairs");
    const byRow = new Map(after.map((r) => [r.rowNumber, r]));
    // Every row that is not an open proposal is where it was, cell for cell.
    for (const r of before.filter((r) => !isProposed(r) || r.locked === true))
      expect(byRow.get(r.rowNumber)).toEqual(r);
    expect(byRow.get(approved.row)).toMatchObject({ pairId: approved.pairId, status: "утверждена" });
    // A proposal made again is updated in its own row, beside its note.
    const again = second.proposals.filter((p) => first.proposals.some((f) => f.pairId === p.pairId));
    expect(again.length).toBeGreaterThan(10);
    for (const p of again) expect(p.row).toBe(first.proposals.find((f) => f.pairId === p.pairId)!.row);
    // The curator's column is untouched: every note and the formula still beside the rows they were written for.
    const now = notesOf();
    expect(now.formulas).toEqual(notes.formulas);
    expect(now.values.slice(0, notes.values.length)).toEqual(notes.values);
    expect(
      now.values
        .slice(notes.values.length)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("approves all proposals with today's start date", () => {
    const { emu, bundle, run } = demo();
    const s = run();
    const result = bundle.run("approvePairs", {}) as { approved: number; people: number; message: string };
    expect(result.approved).toBe(s.stats.proposed);
    // The people of the approved pairs follow them (tests/integration/lifecycle.test.ts counts who).
    expect(result.people).toBeGreaterThan(0);
    expect(result.message).toBe(
      `Утверждено пар: ${s.stats.proposed}. В «Планы пар» добавлены строки для заполнения: ${s.stats.proposed}.` +
        ` Стали «активен»: ${result.people}.`,
    );
    const after = rowsOf(emu, "pairs");
    expect(after.filter(isProposed)).toEqual([]);
    const approvedNow = after.filter((r) => s.proposals.some((p) => p.pairId === r.pairId));
    expect(approvedNow.every((r) => r.status === "утверждена" && /^\d{4}-\d{2}-\d{2}$/.test(String(r.start)))).toBe(
      true,
    );
    const list = bundle.run("listPairs") as PairsListDto;
    expect(list.proposalsTotal).toBe(0);
    expect(list.byStatus["утверждена"]).toBe(5 + s.stats.proposed);
  });

  it("beats going down the sheet (the optimiser against the greedy baseline)", () => {
    const { run } = demo();
    const greedy = run({ strategy: "greedy", write: false });
    const optimal = run({ write: false });
    const figures = (s: MatchingSummaryDto) => ({
      matched: s.stats.matched,
      priorityMatched: `${s.stats.priorityMatched}/${s.stats.priorityMentees}`,
      average: s.stats.averageScore,
      worst: s.stats.minScore,
      proposedAverage: s.stats.proposedAverage,
      proposedWorst: s.stats.proposedMin,
    });
    console.log(
      `demo school, optimiser vs greedy: ${JSON.stringify({ optimal: figures(optimal), greedy: figures(greedy) })}`,
    );
    expect(optimal.stats.priorityMatched).toBeGreaterThanOrEqual(greedy.stats.priorityMatched);
    expect(optimal.stats.matched).toBeGreaterThanOrEqual(greedy.stats.matched);
    expect(optimal.stats.proposedAverage!).toBeGreaterThan(greedy.stats.proposedAverage!);
    expect(optimal.stats.priorityMatched).toBeGreaterThan(greedy.stats.priorityMatched);
  });
});

describe("«Подобрать пары» beside other writers", () => {
  /** Runs `edit` when a run enters its phase «match» (between its read and its write), the first `times` times. */
  function duringMatch(bundle: LoadedBundle, times: number, edit: () => void) {
    const context = bundle.context as unknown as Record<string, unknown>;
    const service = context.CacheService as GoogleAppsScript.Cache.CacheService;
    let left = times;
    context.CacheService = {
      getUserCache: () => {
        const cache = service.getUserCache()!;
        return {
          get: (key: string) => cache.get(key),
          put: (key: string, value: string, seconds: number) => {
            const p = JSON.parse(value) as { phase: string; total: number };
            if (left > 0 && p.phase === "match" && p.total === 0) {
              left--;
              edit();
            }
            cache.put(key, value, seconds);
          },
        };
      },
    };
  }

  it("holds the document lock from its first read: with a form answer holding it, nothing is read", () => {
    const { emu, bundle, run } = demo();
    emu.locks.holdByOther("document");
    const spy = spyOnSheets(emu, bundle);
    expect(() => run()).toThrow("Книгу сейчас меняет другой процесс");
    expect(spy).toEqual([]);
    emu.locks.releaseOther("document");
    expect(run().written).toBe(true);
  });

  it("a person editing «Пары» during the run: the run starts over and the edit stays", () => {
    const { emu, bundle, run } = demo();
    const active = rowsOf(emu, "pairs").find((r) => r.status === "активна")!;
    const cell = `${columnLetter("pairs", "status")}${active.rowNumber}`;
    duringMatch(bundle, 1, () => emu.editAsUser(SHEETS.pairs.name, cell, "расторгнута"));
    const s = run({ runId: "edit-once" });
    expect(s.written).toBe(true);
    const after = rowsOf(emu, "pairs");
    expect(after.find((r) => r.pairId === active.pairId)?.status).toBe("расторгнута");
    // The second attempt read the edit: the pair ended by hand is not proposed again.
    expect(
      after.filter((r) => isProposed(r) && r.mentorId === active.mentorId && r.menteeId === active.menteeId),
    ).toEqual([]);
  });

  it("refuses, writing nothing, when «Пары» changes again during the second attempt", () => {
    const { emu, bundle, run } = demo();
    const before = rowsOf(emu, "pairs");
    const rows = before.filter((r) => r.status === "активна").slice(0, 2);
    const edits = rows.map(
      (r) => () =>
        emu.editAsUser(SHEETS.pairs.name, `${columnLetter("pairs", "order")}${r.rowNumber}`, `Приказ № ${r.rowNumber}`),
    );
    let i = 0;
    duringMatch(bundle, 2, () => edits[i++]());
    expect(() => run({ runId: "edit-twice" })).toThrow("Лист «Пары» меняли, пока шёл подбор");
    const after = rowsOf(emu, "pairs");
    expect(after.filter(isProposed)).toEqual([]);
    expect(after.map((r) => r.order)).toEqual(
      before.map((r) => (rows.some((x) => x.rowNumber === r.rowNumber) ? `Приказ № ${r.rowNumber}` : r.order)),
    );
  });
});

describe("a hand swap in «Пары»", () => {
  function swapped() {
    const ctx = demo();
    const s = ctx.run();
    const mentors = rowsOf(ctx.emu, "mentors");
    const pupilProposal = s.proposals.find((p) => p.form === "ученик – ученик")!;
    return { ...ctx, s, mentors, pupilProposal };
  }

  it("re-scores the pair and warns when the new mentor breaks a hard rule", () => {
    const { emu, mentors, pupilProposal } = swapped();
    const teacher = mentors.find(
      (m) =>
        String(m.forms) === "учитель – учитель" &&
        m.consent === true &&
        m.status !== "завершил" &&
        m.status !== "выбыл",
    )!;
    emu.calls.reset();
    emu.editAsUser(SHEETS.pairs.name, `${columnLetter("pairs", "mentorId")}${pupilProposal.row}`, String(teacher.id));
    const row = rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!;
    expect(row.mentorName).toBe(teacher.name);
    expect(String(row.reasons)).toMatch(/^⚠ нарушает правила: наставник не работает в форме «ученик – ученик»/);
    expect(String(row.reasons)).toMatch(/в форме «ученик – ученик» наставник — «обучающийся», а указано «педагог»/);
    expect(typeof row.score).toBe("number");
    const toast = (emu.ui.toasts as Array<{ message: string; title: string }>).at(-1)!;
    expect(toast.title).toBe("Пары: смена наставника");
    expect(toast.message).toMatch(new RegExp(`^Строка ${pupilProposal.row}: пара нарушает правила`));
    // One write, every sheet read once, whatever the size of the workbook.
    expect(emu.calls.byMethod["Range.setValues"]).toBe(1);
    expect(emu.calls.byMethod["Range.getValues"]).toBe(7); // the header of «Пары», then the six sheets
  });

  it("re-scores without a warning when the new mentor fits, and counts the capacity of other proposals", () => {
    const { emu, s, mentors, pupilProposal } = swapped();
    const pairs = rowsOf(emu, "pairs");
    const mentees = rowsOf(emu, "mentees");
    const mentee = mentees.find((m) => m.id === pupilProposal.menteeId)!;
    const grade = (v: unknown) => parseInt(String(v), 10);
    const live = (id: unknown) =>
      pairs.filter((r) => r.mentorId === id && (isProposed(r) || KEPT.has(String(r.status)) || r.locked === true))
        .length;
    const fits = (m: Row) =>
      m.id !== pupilProposal.mentorId &&
      m.consent === true &&
      String(m.forms).includes("ученик – ученик") &&
      m.category === "обучающийся" &&
      grade(m.grade) > grade(mentee.grade) &&
      m.status !== "выбыл" &&
      m.status !== "завершил";
    // The demo is short of places: free one by ending another proposal of a mentor who fits.
    const other = s.proposals.find(
      (p) => p.row !== pupilProposal.row && fits(mentors.find((m) => m.id === p.mentorId)!),
    )!;
    const free = mentors.find((m) => m.id === other.mentorId)!;
    const full = mentors.find((m) => fits(m) && m.id !== free.id && live(m.id) >= Number(m.capacity));
    expect(full).toBeTruthy();
    emu.editAsUser(SHEETS.pairs.name, `${columnLetter("pairs", "status")}${other.row}`, "расторгнута");
    const cell = `${columnLetter("pairs", "mentorId")}${pupilProposal.row}`;

    emu.editAsUser(SHEETS.pairs.name, cell, String(free!.id));
    let row = rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!;
    expect(row.mentorName).toBe(free!.name);
    expect(String(row.reasons)).not.toMatch(/⚠/);
    expect((emu.ui.toasts as Array<{ message: string }>).at(-1)!.message).toBe(
      `Строка ${pupilProposal.row}: совместимость пересчитана — ${row.score}`,
    );

    emu.editAsUser(SHEETS.pairs.name, cell, String(full!.id));
    row = rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!;
    expect(String(row.reasons)).toMatch(/^⚠ нарушает правила: у наставника нет свободных мест/);
  });

  it("takes the document lock; while another script holds it, the row is left for «Пересчитать пары»", () => {
    const { emu, mentors, pupilProposal } = swapped();
    const cell = `${columnLetter("pairs", "mentorId")}${pupilProposal.row}`;
    const other = mentors.find((m) => m.id !== pupilProposal.mentorId && String(m.forms) === "ученик – ученик")!;
    const before = rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!;
    emu.locks.holdByOther("document");
    emu.editAsUser(SHEETS.pairs.name, cell, String(other.id));
    const waiting = rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!;
    expect(waiting.mentorId).toBe(other.id);
    expect([waiting.mentorName, waiting.reasons]).toEqual([before.mentorName, before.reasons]);
    expect((emu.ui.toasts as Array<{ message: string }>).at(-1)!.message).toMatch(
      new RegExp(`^Строка ${pupilProposal.row}: лист «Пары» сейчас занят подбором или анкетой`),
    );
    emu.locks.releaseOther("document");
    const taken = emu.locks.acquired.document;
    emu.editAsUser(SHEETS.pairs.name, cell, String(other.id));
    expect(emu.locks.acquired.document).toBe(taken + 1);
    expect(rowsOf(emu, "pairs").find((r) => r.rowNumber === pupilProposal.row)!.mentorName).toBe(other.name);
  });

  it("stays cheap and silent on other edits, and never throws", () => {
    const { emu, bundle } = demo();
    emu.calls.reset();
    emu.editAsUser(SHEETS.meetings.name, "F2", "обсудили план");
    expect(emu.calls.total).toBe(2); // Range.getSheet, Sheet.getName
    // A register edit: its header and the edited row are read for the live formulas, which the row has.
    emu.calls.reset();
    emu.editAsUser(SHEETS.mentors.name, "G2", "физика");
    expect(emu.calls.byMethod["Range.getValues"]).toBe(2);
    expect(emu.calls.byMethod["Range.setValues"]).toBeUndefined();
    emu.calls.reset();
    emu.editAsUser(SHEETS.pairs.name, `${columnLetter("pairs", "order")}2`, "Приказ № 1");
    expect(emu.calls.byMethod["Range.setValues"]).toBeUndefined();
    expect(emu.calls.byMethod["Range.getValues"]).toBe(1);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => bundle.call("onEdit", {})).not.toThrow();
    expect(() =>
      bundle.call("onEdit", {
        range: {
          getSheet: () => {
            throw new Error("boom");
          },
        },
      }),
    ).not.toThrow();
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^onEdit: Error: boom/)]);
    logged.mockRestore();
  });

  it("«Пересчитать пары» re-scores every live pair after a paste and lists the broken ones", () => {
    const { emu, bundle, s, mentors } = swapped();
    const teacher = mentors.find((m) => String(m.forms) === "учитель – учитель")!;
    const [p1, p2] = s.proposals.filter((p) => p.form === "ученик – ученик");
    // A paste by script fires no trigger: the cells change, the scores do not.
    quietly(emu, () => {
      const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS.pairs.name)!;
      const col = SHEETS.pairs.columns.findIndex((c) => c.key === "mentorId") + 1;
      sheet.getRange(p1.row, col).setValue(teacher.id);
      sheet.getRange(p2.row, col).setValue(teacher.id);
    });
    emu.calls.reset();
    const result = bundle.run("recomputePairs") as {
      recomputed: number;
      problems: Array<{ row: number; message: string; column: number }>;
      message: string;
    };
    expect(emu.calls.byMethod["Range.setValues"]).toBe(1);
    expect(emu.calls.byMethod["Range.getValues"]).toBe(6);
    const live = rowsOf(emu, "pairs").filter((r) => isProposed(r) || KEPT.has(String(r.status)) || r.locked === true);
    expect(result.recomputed).toBe(live.length);
    expect(result.problems.map((p) => p.row)).toEqual(expect.arrayContaining([p1.row, p2.row]));
    expect(result.problems.find((p) => p.row === p1.row)!.column).toBe(2);
    const row1 = rowsOf(emu, "pairs").find((r) => r.rowNumber === p1.row)!;
    expect(row1.mentorName).toBe(teacher.name);
    expect(String(row1.reasons)).toMatch(/^⚠ нарушает правила/);
  });
});

describe("bad data never crashes matching", () => {
  function workbook(bases: Partial<Record<SheetKey, Row[]>>) {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    quietly(emu, () => {
      for (const [key, rows] of Object.entries(bases) as Array<[SheetKey, Row[]]>) {
        const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS[key].name)!;
        writeTable(
          readTable(sheet, SHEETS[key], { zone: zoneOf(emu.spreadsheet as unknown as Spreadsheet) }),
          rows.map((cells) => ({ cells })),
        );
      }
    });
    emu.calls.reset();
    return { emu, bundle, run: () => bundle.run("runMatching", {}) as MatchingSummaryDto };
  }
  const pupil = (id: string, grade: number, extra: Row = {}): Row => ({
    id,
    name: `Ученик ${id}`,
    category: "обучающийся",
    grade,
    consent: "да",
    form: "ученик – ученик",
    forms: "ученик – ученик",
    ...extra,
  });

  it("names a capacity of «много», a mentee with no form and duplicate IDs, and pairs none of those rows", () => {
    const { emu, run } = workbook({
      mentors: [
        pupil("НТ-0001", 10, { capacity: "много", trained: "да" }),
        pupil("НТ-0002", 11, { capacity: 3, trained: "да" }),
      ],
      mentees: [
        pupil("НЯ-0001", 7),
        pupil("НЯ-0002", 7, { form: "" }),
        pupil("НЯ-0003", 8),
        pupil("НЯ-0003", 6),
        pupil("НЯ-0004", 5),
      ],
    });
    const s = run();
    const messages = s.problems.map((p) => p.message);
    expect(messages).toContain("Наставники, строка 2, «Макс. наставляемых»: «много» — ожидается целое число ≥ 0");
    expect(messages).toContain(
      "Наставляемые, строка 3, «Желаемая форма»: не заполнено — наставляемый не участвует в подборе, пока не указана форма",
    );
    expect(messages.filter((m) => /«НЯ-0003» повторяется \(строки 4, 5\)/.test(m))).toHaveLength(2);
    const capacityProblem = s.problems.find((p) => /«много»/.test(p.message))!;
    expect(capacityProblem).toMatchObject({
      sheet: "Наставники",
      row: 2,
      column: SHEETS.mentors.columns.findIndex((c) => c.key === "capacity") + 1,
      severity: "error",
    });

    const pairs = rowsOf(emu, "pairs");
    expect(pairs.map((r) => [r.mentorId, r.menteeId]).sort()).toEqual([
      ["НТ-0002", "НЯ-0001"],
      ["НТ-0002", "НЯ-0004"],
    ]);
    const kinds = Object.fromEntries(s.unmatched.map((g) => [g.kind, g.mentees.map((m) => m.row)]));
    expect(kinds).toEqual({ noForm: [3], invalidRow: [4, 5] });
  });

  it("reports an empty base and writes nothing but an empty proposal list", () => {
    const { emu, run } = workbook({ mentees: [pupil("НЯ-0001", 7), pupil("НЯ-0002", 8)] });
    const s = run();
    expect(s.problems.map((p) => p.message)).toContain("Наставники: нет ни одной строки");
    expect(s.stats).toMatchObject({ mentees: 2, matched: 0, proposed: 0 });
    expect(s.unmatched).toEqual([
      expect.objectContaining({ kind: "noMentorOfForm", label: "нет наставников в форме «ученик – ученик»", count: 2 }),
    ]);
    expect(rowsOf(emu, "pairs")).toEqual([]);
  });

  it("stops on broken settings and leaves «Пары» alone", () => {
    const { emu, run } = workbook({ mentors: [pupil("НТ-0001", 10)], mentees: [pupil("НЯ-0001", 7)] });
    const row = rowsOf(emu, "settings").find((r) => r.key === "Вес: тот же предмет")!;
    emu.editAsUser(SHEETS.settings.name, `B${row.rowNumber}`, "много");
    emu.calls.reset();
    const s = run();
    expect(s.ran).toBe(false);
    expect(s.message).toMatch(/^Настройки подбора с ошибками/);
    expect(s.problems[0].message).toBe("Настройки, «Вес: тот же предмет»: «много» — ожидается число ≥ 0");
    expect(emu.calls.byMethod["Range.setValues"]).toBeUndefined();
  });

  it("refuses politely when the workbook has no sheets yet", () => {
    const { bundle } = freshBundle();
    expect(() => bundle.run("runMatching", {})).toThrow(
      "Нет листа «Наставники». Выполните «Создать листы книги» в меню «Наставничество (ЦМН)».",
    );
  });
});
