/**
 * The part and total of a «Факт» formula `=CMN_SHARE(part, total[, digits])`, as formula texts, so the
 * workbook itself can evaluate the numerator and denominator it divides (the snapshot needs counts, not
 * shares). Whatever the formula counts, the counts come from the same expressions: no second
 * computation. Commas or semicolons (a Russian-locale formula) separate arguments; quotes, parentheses
 * and array braces are respected. Anything else (a typed number, another function) → null.
 */
export function shareArguments(formula: string): { part: string; total: string } | null {
  const m = /^\s*=\s*CMN_SHARE\s*\(/i.exec(formula);
  if (!m) return null;
  const body = formula.slice(m[0].length);
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  let closed = false;
  const separator = topLevelSeparator(body);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (closed) {
      if (!/\s/.test(ch)) return null; // something after the closing parenthesis: not a plain share
      continue;
    }
    if (quoted) {
      current += ch;
      if (ch === '"') {
        if (body[i + 1] === '"') current += body[++i];
        else quoted = false;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      if (depth === 0 && ch === ")") {
        closed = true;
        args.push(current.trim());
        continue;
      }
      depth--;
    } else if (ch === separator && depth === 0) {
      args.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (!closed || args.length < 2 || args.length > 3 || !args[0] || !args[1]) return null;
  return { part: args[0], total: args[1] };
}

/** «;» when the formula separates its top-level arguments with semicolons, else «,». */
function topLevelSeparator(body: string): "," | ";" {
  let depth = 0;
  let quoted = false;
  for (const ch of body) {
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (depth === 0 && ch === ";") return ";";
    else if (depth === 0 && ch === ",") return ",";
    if (depth < 0) break;
  }
  return ",";
}
