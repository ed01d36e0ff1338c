/** Reading one count cell of the contingent as people type or paste it. */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import type { CountValue } from "./model";

/** 12, «12», «12 чел.» → 12; blank or any dash → null; «2,5» → 2.5 (validation rejects it); other text kept. */
export function readCount(cell: unknown): CountValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : String(cell);
  if (typeof cell === "boolean" || cell instanceof Date) return String(cell);
  const text = squashSpaces(normaliseDashes(String(cell)));
  if (text === "" || /^-+$/.test(text)) return null;
  const m = /^(-?\d+(?:[.,]\d+)?)\s*(?:чел\.?)?$/.exec(text);
  return m ? Number(m[1].replace(",", ".")) : text;
}
