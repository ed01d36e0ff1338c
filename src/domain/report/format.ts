/**
 * Numbers as the report writes them in text: a decimal comma, a no-break space before «%» and inside
 * «п. п.» (so a line never breaks between a number and its unit), a true minus sign, every share with
 * the counts behind it («28,2 % (62 из 220)»), a gap to target in percentage points («−1,8 п. п.»).
 */
import { formatCount } from "../common/plural";

const NBSP = "\u00a0";
const MINUS = "\u2212";

/** A number with `digits` decimals and a decimal comma: 3.14159 → «3,1»; −0.04 → «0,0» (no «−0,0»). */
export function decimal(x: number, digits = 1): string {
  const text = Math.abs(x).toFixed(digits);
  const negative = x < 0 && Number(text) !== 0;
  return (negative ? MINUS : "") + text.replace(".", ",");
}

/** A fraction as percent: 0.282 → «28,2 %». */
export function percentText(fraction: number): string {
  return `${decimal(fraction * 100)}${NBSP}%`;
}

/** «62 из 220». */
export function countsText(numerator: number, denominator: number): string {
  return `${formatCount(numerator)} из ${formatCount(denominator)}`;
}

/** «28,2 % (62 из 220)»; the counts alone when the share cannot be computed («0 из 0»). */
export function shareText(numerator: number, denominator: number): string {
  if (denominator <= 0) return countsText(numerator, denominator);
  return `${percentText(numerator / denominator)} (${countsText(numerator, denominator)})`;
}

/** A signed difference: «+1,2», «−0,4», «0,0». */
export function signed(x: number, digits = 1): string {
  const text = decimal(x, digits);
  return text.startsWith(MINUS) || Number(text.replace(",", ".")) === 0 ? text : `+${text}`;
}

/** A gap between two fractions in percentage points: −0.018 → «−1,8 п. п.». */
export function gapText(gap: number): string {
  return `${signed(gap * 100)}${NBSP}п.${NBSP}п.`;
}
