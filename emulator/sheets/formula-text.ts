/**
 * Formula text between Sheets and HyperFormula. HyperFormula accepts only Latin letters in names and
 * unquoted sheet names (checked in hyperformula 3.5: /[A-Za-z\u00C0-\u02AF_][…0-9_.]*\/), and refuses
 * any name of letters then digits («Total2025», which it would read as a cell of column TOTAL) or of the
 * R1C1 kind («RC»), while Sheets allows Cyrillic, and letters then digits past its last column ZZZ. So on
 * the way in, named ranges HF refuses are replaced by ASCII aliases and unquoted sheet names are quoted;
 * on the way out, aliases are turned back into the names.
 */

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_.]/u;

/** Rewrite identifiers outside string literals and quoted sheet names. */
function rewrite(formula: string, onIdent: (ident: string, next: string) => string): string {
  let out = "";
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (IDENT_START.test(ch) && !(i > 0 && /[\p{L}\p{N}_.$]/u.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < formula.length && IDENT_PART.test(formula[j])) j++;
      let k = j;
      while (formula[k] === " ") k++;
      out += onIdent(formula.slice(i, j), formula[k] ?? "");
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const HF_SAFE = /^[A-Za-z\u00C0-\u02AF_][A-Za-z\u00C0-\u02AF0-9_.]*$/;
/** What HyperFormula takes for a cell address (any letters then digits) or an R1C1 reference. */
const HF_REFERENCE_LIKE = /^(?:[A-Za-z]+\d+|R\d*C\d*|[RC]\d*)$/i;
/** A cell reference in Sheets: columns A to ZZZ, then the row. */
export const SHEETS_CELL_REFERENCE = /^[A-Za-z]{1,3}\d+$/;

/** Whether HyperFormula accepts the name as it is (else it gets an alias). */
export function isEngineSafeName(name: string): boolean {
  return HF_SAFE.test(name) && !HF_REFERENCE_LIKE.test(name);
}

/** Sheets text → HyperFormula text. `alias` maps a lower-cased named-range name to its engine name. */
export function toEngineFormula(
  formula: string,
  alias: (lowerName: string, name: string) => string | undefined,
): string {
  return rewrite(formula, (ident, next) => {
    if (next === "(") return ident;
    if (formula.length > 0 && next === "!") return HF_SAFE.test(ident) ? ident : `'${ident}'`;
    // A1, AB12, ZZZ9 and the column letters of C2:C: references in Sheets, left to the engine.
    if (SHEETS_CELL_REFERENCE.test(ident) || /^[A-Za-z]{1,3}$/.test(ident)) return ident;
    return alias(ident.toLowerCase(), ident) ?? ident;
  });
}

/** HyperFormula text → Sheets text. */
export function fromEngineFormula(formula: string, name: (engineName: string) => string | undefined): string {
  return rewrite(formula, (ident, next) => (next === "(" || next === "!" ? ident : (name(ident) ?? ident)));
}
