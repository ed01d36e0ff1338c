/**
 * The share an indicator reports: part / total as a fraction (the sheet formats it as %).
 * A share above 1 or below 0 means the data is wrong, so it is an error, not a number.
 */
export type ShareResult =
  | { ok: true; value: number }
  | { ok: false; reason: "negative-part" | "negative-total" | "zero-total" | "part-over-total" };

export function share(part: number, total: number, digits?: number): ShareResult {
  if (part < 0) return { ok: false, reason: "negative-part" };
  if (total < 0) return { ok: false, reason: "negative-total" };
  if (total === 0) return part === 0 ? { ok: true, value: 0 } : { ok: false, reason: "zero-total" };
  if (part > total) return { ok: false, reason: "part-over-total" };
  const value = part / total;
  if (digits === undefined) return { ok: true, value };
  // digits are percent digits: 1 → 12.3 %, i.e. 4 decimals of the fraction.
  const factor = 10 ** (digits + 2);
  return { ok: true, value: Math.round(value * factor) / factor };
}
