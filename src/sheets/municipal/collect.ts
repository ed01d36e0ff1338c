/**
 * «Собрать данные»: each school's snapshot from its workbook (opened read-only by its link; only the
 * named range CMN_Snapshot is read, three calls a school) or from a snapshot file the school sent.
 * The sidebar drives the work a chunk of schools at a time, so 300 schools never meet the 6-minute
 * limit; a school that fails (no access, deleted, no snapshot, an old format) gets its reason and the
 * rest go on. Each chunk stores what it received and the schools' states under the document lock.
 */
import { parseSchoolLink, fileLink, type SchoolLink } from "../../domain/municipal/links";
import { MUNICIPAL_TEXT, STATE_LABELS } from "../../domain/municipal/messages";
import { ruDate } from "../../domain/municipal/period";
import { schoolKey, schoolLine, type RollupEntry } from "../../domain/municipal/rollup";
import { isFailure, type SchoolState } from "../../domain/municipal/states";
import { readSnapshotText, type Snapshot } from "../../domain/snapshot/index";
import { readSnapshotRange } from "../snapshotSheet";
import { writeTable, zoneOf, type RowPatch } from "../table";
import { readMunicipalContext } from "./context";
import { readReceived, readSchools, writeReceived, type SchoolRow, type StoredSnapshot } from "./schools";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Schools per call: at a few seconds per workbook opened, a chunk stays far below the 6-minute limit. */
export const COLLECT_CHUNK = 20;
/** A chunk also stops after this long, whatever its size (slow days of the Sheets service). */
export const CHUNK_BUDGET_MS = 90_000;

export interface FetchOutcome {
  state: SchoolState;
  reason: string;
  snapshot: Snapshot | null;
}

/** Open a school's workbook and read its snapshot; never throws. */
export function fetchSnapshot(link: SchoolLink): FetchOutcome | null {
  if (link.kind === "file") return null;
  if (link.kind === "none") return { state: "notReported", reason: MUNICIPAL_TEXT.noLink, snapshot: null };
  if (link.kind === "bad") return { state: "error", reason: MUNICIPAL_TEXT.badLink(link.text), snapshot: null };
  let book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    book = SpreadsheetApp.openById(link.id);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /permission|access|доступ/i.test(message)
      ? { state: "noAccess", reason: MUNICIPAL_TEXT.accessDenied, snapshot: null }
      : { state: "notFound", reason: MUNICIPAL_TEXT.notFound, snapshot: null };
  }
  try {
    const read = readSnapshotRange(book);
    if (!read) return { state: "noSnapshot", reason: MUNICIPAL_TEXT.noSnapshot, snapshot: null };
    if (!read.ok)
      return { state: read.kind === "version" ? "oldVersion" : "invalid", reason: read.reason, snapshot: null };
    return { state: "received", reason: "", snapshot: read.snapshot };
  } catch (error) {
    return {
      state: "error",
      reason: MUNICIPAL_TEXT.failed(error instanceof Error ? error.message : String(error)),
      snapshot: null,
    };
  }
}

export interface SchoolResultDto {
  row: number;
  school: string;
  state: string;
  reason: string;
  failed: boolean;
  dataDate: string | null;
}

export interface ChunkDto {
  from: number;
  next: number;
  total: number;
  done: boolean;
  results: SchoolResultDto[];
}

/** Patch of «Школы» for one school after an attempt (or after a file), from its line in the roll-up. */
function schoolPatch(
  school: SchoolRow,
  stored: StoredSnapshot | undefined,
  outcome: FetchOutcome | null,
  periodStart: string,
  receivedNow: Date | null,
): { patch: RowPatch; result: SchoolResultDto } {
  const failure = outcome && outcome.state !== "received" ? { state: outcome.state, reason: outcome.reason } : null;
  const entry: RollupEntry = { name: school.name, source: school.link, snapshot: stored?.snapshot ?? null, failure };
  const line = schoolLine(entry, periodStart);
  const cells: Record<string, unknown> = {
    state: STATE_LABELS[line.state],
    reason: line.reason,
    dataDate: line.reportDate ?? "",
  };
  if (receivedNow) cells.received = receivedNow;
  return {
    patch: { rowNumber: school.rowNumber, cells },
    result: {
      row: school.rowNumber,
      school: school.name,
      state: STATE_LABELS[line.state],
      reason: line.reason,
      failed: isFailure(line.state) || line.state === "notReported",
      dataDate: line.reportDate ? ruDate(line.reportDate) : null,
    },
  };
}

export function collectChunk(
  ss: Spreadsheet,
  from: number,
  size: number,
  now: Date,
  lock: <T>(work: () => T) => T,
): ChunkDto {
  const list = readSchools(ss);
  const schools = list?.schools ?? [];
  const started = Date.now();
  const fetched: Array<{ school: SchoolRow; outcome: FetchOutcome | null }> = [];
  for (let i = from; i < schools.length && i < from + size; i++) {
    fetched.push({ school: schools[i], outcome: fetchSnapshot(parseSchoolLink(schools[i].link)) });
    if (Date.now() - started > CHUNK_BUDGET_MS) break;
  }
  const results = lock(() => {
    const { periodStart } = readMunicipalContext(ss, now);
    const today = zoneOf(ss).dateOf(now);
    const store = readReceived(ss);
    let changed = false;
    for (const { school, outcome } of fetched)
      if (outcome?.snapshot) {
        store.set(schoolKey(school.name), {
          school: school.name,
          source: school.link,
          received: today,
          snapshot: outcome.snapshot,
        });
        changed = true;
      }
    if (changed) writeReceived(ss, [...store.values()]);
    // «Школы» again, inside the lock: a row the coordinator moved meanwhile is matched by its name.
    const fresh = readSchools(ss);
    const patches: RowPatch[] = [];
    const out: SchoolResultDto[] = [];
    for (const { school, outcome } of fetched) {
      const row =
        fresh?.schools.find((s) => s.rowNumber === school.rowNumber && schoolKey(s.name) === schoolKey(school.name)) ??
        fresh?.schools.find((s) => schoolKey(s.name) === schoolKey(school.name));
      if (!row) continue;
      const { patch, result } = schoolPatch(
        row,
        store.get(schoolKey(row.name)),
        outcome,
        periodStart,
        outcome?.snapshot ? now : null,
      );
      patches.push(patch);
      out.push(result);
    }
    if (fresh && patches.length) writeTable(fresh.table, patches);
    return out;
  });
  const next = from + fetched.length;
  return { from, next, total: schools.length, done: next >= schools.length, results };
}

export interface FilesDto {
  accepted: Array<{ file: string; school: string; reportDate: string }>;
  refused: Array<{ file: string; reason: string }>;
}

/**
 * Snapshot files the schools sent (read by the sidebar from the coordinator's computer): each valid one
 * is stored for its school — matched by name in «Школы», or added there — unless a later one is stored.
 */
export function acceptSnapshotFiles(
  ss: Spreadsheet,
  files: ReadonlyArray<{ name: string; text: string }>,
  now: Date,
  lock: <T>(work: () => T) => T,
): FilesDto {
  const out: FilesDto = { accepted: [], refused: [] };
  const parsed = files.map((f) => ({ file: f.name, read: readSnapshotText(f.text) }));
  for (const p of parsed) if (!p.read.ok) out.refused.push({ file: p.file, reason: p.read.reason });
  const valid = parsed.flatMap((p) => (p.read.ok ? [{ file: p.file, snapshot: p.read.snapshot }] : []));
  if (valid.length === 0) return out;
  lock(() => {
    const { periodStart } = readMunicipalContext(ss, now);
    const today = zoneOf(ss).dateOf(now);
    const list = readSchools(ss);
    if (!list) return;
    const store = readReceived(ss);
    const patches: RowPatch[] = [];
    const rows = new Map(list.schools.map((s) => [schoolKey(s.name), s]));
    const appended = new Map<string, RowPatch>();
    for (const { file, snapshot } of valid) {
      const key = schoolKey(snapshot.school.name);
      const stored = store.get(key);
      if (stored && stored.snapshot.reportDate > snapshot.reportDate) {
        out.refused.push({ file, reason: MUNICIPAL_TEXT.newerStored(ruDate(stored.snapshot.reportDate)) });
        continue;
      }
      const row = rows.get(key);
      const name = row?.name ?? snapshot.school.name;
      const source = row?.link || fileLink(file);
      store.set(key, { school: name, source, received: today, snapshot });
      out.accepted.push({ file, school: name, reportDate: snapshot.reportDate });
      if (row) {
        const { patch } = schoolPatch(row, store.get(key), null, periodStart, now);
        if (!row.link) patch.cells.link = source;
        patches.push(patch);
      } else {
        // A school not listed yet: one appended row, whatever number of its files arrive.
        const added: SchoolRow = { rowNumber: -1, name, curator: "", link: source };
        const { patch } = schoolPatch(added, store.get(key), null, periodStart, now);
        const existing = appended.get(key);
        if (existing) existing.cells = { ...patch.cells, name, link: source };
        else {
          const row: RowPatch = { cells: { ...patch.cells, name, link: source } };
          appended.set(key, row);
          patches.push(row);
        }
      }
    }
    writeReceived(ss, [...store.values()]);
    writeTable(list.table, patches);
  });
  return out;
}
