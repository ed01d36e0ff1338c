/**
 * A snapshot as text (JSON) and back. Reading never throws: a file or a range that is not a valid
 * snapshot comes back with the reason, so a roll-up lists it and goes on with the others.
 *
 * In a workbook the JSON is split into cells of at most CHUNK characters (a Sheets cell holds 50,000),
 * each chunk stored as plain text; `joinChunks` puts them back together.
 */
import { SNAPSHOT_TEXT } from "./messages";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from "./schema";

export type SnapshotFailureKind = "malformed" | "foreign" | "version" | "invalid";

export type SnapshotRead =
  { ok: true; snapshot: Snapshot } | { ok: false; kind: SnapshotFailureKind; reason: string; version?: number };

export const CHUNK = 40_000;

export function snapshotJson(snapshot: Snapshot, pretty = false): string {
  return JSON.stringify(snapshot, null, pretty ? 2 : undefined);
}

/** Characters a chunk may start with: JSON punctuation that Sheets never reads as a number, date or formula. */
const SAFE_START = new Set(['"', "{", "[", "}", "]"]);

/**
 * Cut JSON text into cells of at most `size` characters, each starting with a quote or a bracket, so no
 * chunk can be re-read by Sheets as a number («,5» in a Russian locale), a date or a formula.
 */
export function splitChunks(text: string, size = CHUNK): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      // A string of the format is at most 1,000 characters, so with cells of a few thousand a quote or
      // a bracket is always near; failing that, a letter (never read as a number or a formula).
      let cut = end;
      while (cut > start + 1 && !SAFE_START.has(text[cut])) cut--;
      if (cut <= start + 1) for (cut = end; cut > start + 1 && !/\p{L}/u.test(text[cut]);) cut--;
      if (cut > start + 1) end = cut;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks.length ? chunks : [""];
}

export function joinChunks(cells: readonly unknown[]): string {
  return cells.map((c) => (c === null || c === undefined ? "" : String(c))).join("");
}

export function readSnapshotValue(value: unknown): SnapshotRead {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, kind: "foreign", reason: SNAPSHOT_TEXT.foreign };
  const record = value as Record<string, unknown>;
  if (record.format !== SNAPSHOT_FORMAT) return { ok: false, kind: "foreign", reason: SNAPSHOT_TEXT.foreign };
  if (record.version !== SNAPSHOT_VERSION) {
    const found = record.version;
    const older = typeof found !== "number" || found < SNAPSHOT_VERSION;
    return {
      ok: false,
      kind: "version",
      reason: older
        ? SNAPSHOT_TEXT.olderVersion(found ?? "без номера", SNAPSHOT_VERSION)
        : SNAPSHOT_TEXT.newerVersion(found, SNAPSHOT_VERSION),
      version: typeof found === "number" ? found : undefined,
    };
  }
  const parsed = SnapshotSchema.safeParse(value);
  if (parsed.success) return { ok: true, snapshot: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "—"}: ${i.message}`)
    .join("; ");
  return { ok: false, kind: "invalid", reason: SNAPSHOT_TEXT.invalid(issues) };
}

export function readSnapshotText(text: string): SnapshotRead {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) return { ok: false, kind: "malformed", reason: SNAPSHOT_TEXT.empty };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, kind: "malformed", reason: SNAPSHOT_TEXT.malformed((error as Error).message) };
  }
  return readSnapshotValue(value);
}
