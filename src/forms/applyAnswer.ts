/**
 * One answer → one row: read the registers the questionnaire refers to, map the answer (zod-validated in
 * mapResponse), find the row it replaces with planUpsert, write. Shared by the submit trigger (live) and
 * «Повторить обработку» (batch); the workspace decides how rows are read and written.
 */
import type { IsoDate } from "../domain/common/dates";
import { formatId, ID_PREFIX, idNumber } from "../domain/participants";
import { mapResponse, planUpsert, type FormKey, type MapContext, type UpsertTarget } from "../domain/questionnaires";
import type { SheetKey } from "../domain/workbook/sheets";
import type { BaseLists } from "./choiceLists";
import { baseLists } from "./choiceLists";
import { menteeRecords, mentorRecords, pairRefs } from "./records";
import type { FormsState } from "./registry";
import type { BlockKey, Workspace } from "./workspace";

/** The registers each questionnaire's answers are read against. */
const CONTEXT_SHEETS: Record<FormKey, Array<"mentors" | "mentees" | "pairs">> = {
  mentee: ["mentees"],
  mentor: ["mentors"],
  preference: ["mentors", "mentees"],
  meeting: ["pairs"],
  satisfaction: ["mentors", "mentees"],
  evaluation: ["mentors", "mentees"],
  curator: [],
};

export type Outcome =
  | { kind: "accepted"; action: "append" | "update" | "unchanged"; sheet: SheetKey; rowNumber: number }
  | { kind: "rejected"; reason: string };

const PERSON_SHEETS = new Set<SheetKey>(["mentors", "mentees"]);

function contextFor(ws: Workspace, form: FormKey, state: FormsState, today: IsoDate): MapContext {
  const need = new Set(CONTEXT_SHEETS[form]);
  const people = <K extends "mentors" | "mentees">(key: K) => {
    if (!need.has(key)) return [];
    const b = ws.block(key);
    const records = key === "mentors" ? mentorRecords(b.rows, b.rowNumbers) : menteeRecords(b.rows, b.rowNumbers);
    // The highest code ever given, as a row with no name: nextId continues after it, so a deleted
    // person's code is never given to somebody else. Only the person questionnaires assign codes.
    const max = state.maxIds[ID_PREFIX[key]] ?? 0;
    if ((form === "mentee" || form === "mentor") && max > 0) {
      const phantom =
        key === "mentors"
          ? mentorRecords([{ id: formatId(ID_PREFIX[key], max) }], [0])
          : menteeRecords([{ id: formatId(ID_PREFIX[key], max) }], [0]);
      return [...records, ...phantom];
    }
    return records;
  };
  const pairs = need.has("pairs") ? pairRefs(ws.block("pairs").rows) : [];
  return {
    refs: ws.refs,
    existing: {
      mentors: people("mentors") as MapContext["existing"]["mentors"],
      mentees: people("mentees") as MapContext["existing"]["mentees"],
      pairs,
    },
    today,
    pseudonymous: ws.pseudonymous,
  };
}

function remember(state: FormsState, target: UpsertTarget): void {
  if (target.sheet !== "mentors" && target.sheet !== "mentees") return;
  const prefix = ID_PREFIX[target.sheet];
  const n = idNumber(target.row.id, prefix);
  if (n !== undefined && n > (state.maxIds[prefix] ?? 0)) state.maxIds[prefix] = n;
}

/** `today` is the day the person answered: it dates new rows, surveys and preferences. */
export function processAnswer(
  ws: Workspace,
  form: FormKey,
  namedValues: unknown,
  state: FormsState,
  today: IsoDate,
): Outcome {
  const mapped = mapResponse(form, namedValues, contextFor(ws, form, state, today));
  if (!mapped.ok) return { kind: "rejected", reason: mapped.reason };
  const target = mapped.target;
  const block = ws.block(target.sheet as BlockKey);
  const found = planUpsert(block.rows, target);
  if (found.action === "reject") return { kind: "rejected", reason: found.reason };
  if (found.action === "append") {
    ws.append(block, found.row);
    remember(state, target);
    return {
      kind: "accepted",
      action: "append",
      sheet: target.sheet,
      rowNumber: block.rowNumbers[block.rowNumbers.length - 1],
    };
  }
  // Matched on the key columns: merge with the whole row, write only the answer's columns.
  const index = found.index;
  const merged = planUpsert([ws.fullRow(block, index)], target);
  if (merged.action === "reject") return { kind: "rejected", reason: merged.reason };
  if (merged.action === "update") {
    const cells: Record<string, unknown> = {};
    for (const column of Object.keys(target.row)) cells[column] = merged.row[column];
    ws.update(block, index, cells);
  }
  remember(state, target);
  return {
    kind: "accepted",
    action: merged.action === "update" ? "update" : "unchanged",
    sheet: target.sheet,
    rowNumber: block.rowNumbers[index],
  };
}

/** After an answer changed a register: the people lists as they are now (the other register read if needed). */
export function listsAfter(ws: Workspace, changed: SheetKey): BaseLists {
  if (!PERSON_SHEETS.has(changed)) return {};
  const mentorsBlock = ws.block("mentors");
  const menteesBlock = ws.block("mentees");
  return baseLists(
    {
      mentors: mentorRecords(mentorsBlock.rows, mentorsBlock.rowNumbers),
      mentees: menteeRecords(menteesBlock.rows, menteesBlock.rowNumbers),
    },
    ws.pseudonymous,
  );
}
