/**
 * What every emulated object shares within one emulator: the call context, the clock, the user, id
 * generation, and hooks between services (edits fire onEdit triggers, forms find spreadsheets).
 */
import type { CallContext } from "./calls";

export interface Kernel {
  ctx: CallContext;
  now(): Date;
  tz: string;
  user: string;
  htmlDir: string;
  /** A new id of the given kind, deterministic within one emulator. */
  newId(kind: string): string;
  /** Hooks filled by the services that own them. */
  hooks: {
    findSpreadsheet?(id: string): unknown;
    fireEdit?(event: Record<string, unknown>): void;
    formUrlFor?(spreadsheetId: string, sheetName?: string): string | null;
  };
}

export function idGenerator(seed: Record<string, number> = {}): {
  newId(kind: string): string;
  counters: Record<string, number>;
} {
  const counters = { ...seed };
  return {
    counters,
    newId(kind: string): string {
      counters[kind] = (counters[kind] ?? 0) + 1;
      // Google ids are 44-character base64url strings; a readable, stable stand-in of the same alphabet.
      return `${kind}_${String(counters[kind]).padStart(6, "0")}_emu`;
    },
  };
}
