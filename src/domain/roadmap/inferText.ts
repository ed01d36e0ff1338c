/**
 * PDF text copied from the middle of a roadmap, without its header: the columns are known when enough
 * numbered lines carry a deadline after their title («1.2. Педсовет сентябрь 2023 Директор …»). The order
 * is the usual one (№ · Мероприятие · Срок · Ответственные [· Результат]), with the responsible people
 * before the deadline when most first lines name them first; a result column is assumed
 * when words of a document («Приказ», «Положение», «Справка») follow the responsible people on a
 * quarter of the rows.
 */
import type { TextHeader } from "./header";
import { splitNumberLine, succession } from "./numbering";
import type { ColumnRole } from "./types";
import { DEADLINE_INLINE, RESULT_START, ROLE_INLINE_ANY, ROLE_INLINE_CAPITAL } from "./vocabulary";

/** Lines after a numbered line that still belong to its row, for the evidence. */
const LOOK_AHEAD = 3;

export function inferTextHeader(lines: readonly string[]): TextHeader | undefined {
  const numbered: number[] = [];
  lines.forEach((l, i) => {
    const split = splitNumberLine(l.trim());
    if (split && /^[«"(*]?[А-ЯЁA-Z]/u.test(split.rest)) numbered.push(i);
  });
  if (numbered.length < 2) return undefined;
  // The numbers must run on («1.1», «1.2», «2», «2.1»): scattered figures in prose do not.
  let following = 0;
  for (let k = 1; k < numbered.length; k++) {
    const previous = splitNumberLine(lines[numbered[k - 1]].trim())?.number;
    const current = splitNumberLine(lines[numbered[k]].trim())?.number ?? "";
    const kind = succession(previous, current);
    // «2. Практический этап» then «1. …»: numbering that starts again under a section.
    if (kind === "next" || kind === "gap" || (current === "1" && previous !== undefined && !previous.includes(".")))
      following++;
  }
  if (following < (numbered.length - 1) * 0.7) return undefined;
  let deadlines = 0;
  let roles = 0;
  let results = 0;
  let roleFirst = 0;
  numbered.forEach((start, k) => {
    const end = Math.min(numbered[k + 1] ?? lines.length, start + 1 + LOOK_AHEAD);
    const text = lines.slice(start, end).join(" ");
    const deadline = DEADLINE_INLINE.exec(text);
    if (deadline) deadlines++;
    const first = lines[start].trim();
    const [d, r] = [DEADLINE_INLINE.exec(first), ROLE_INLINE_CAPITAL.exec(first)];
    if (d && r && r.index < d.index) roleFirst++;
    const role = ROLE_INLINE_ANY.exec(text);
    if (role) {
      roles++;
      const after = text.slice(role.index + role[0].length);
      if (after.split(/\s+/).some((w, i) => i > 0 && /^[А-ЯЁ]/u.test(w) && RESULT_START.test(w))) results++;
    }
  });
  if (deadlines < numbered.length * 0.4) return undefined;
  const order: ColumnRole[] = ["number", "title", "deadline"];
  if (roles >= numbered.length * 0.3) order.splice(roleFirst > numbered.length / 2 ? 2 : 3, 0, "responsible");
  if (results >= numbered.length * 0.25) order.push("result");
  return { start: numbered[0], end: numbered[0] - 1, roles: order, inferred: true };
}
