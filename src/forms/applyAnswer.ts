/**
 * One answer → one row: read the registers the questionnaire refers to, map the answer (zod-validated in
/**
 * One answer → one row: read the registers the questionnaire refers to, map the answer (zod-validated in
 * mapResponse), find the row it replaces (the workspace's index, by planUpsert's rule), merge with
 * planUpsert, write. Shared by the submit trigger (live) and «Повторить обработку» (batch); the workspace
 * decides how rows are read and written, and keeps the registers indexed, so an answer costs the same
 * whatever their size.
 *
 * Around the write: the cells an update overwrites go to «История изменений» (with the answer as source);
 * a new person whose name matches someone with a difference goes to «Возможные дубликаты»; a new person
 * gets a personal code, drawn from a fresh random seed (one Utilities call, only when a code is needed).
 */
import type { IsoDate } from "../domain/common/dates";
import { ID_PREFIX, idNumber } from "../domain/participants";
import {
  codeSource,
  mapResponse,
  planUpsert,
  QUESTIONNAIRES,
  type FormKey,
  type KeyPart,
  type MapContext,
  type UpsertTarget,
} from "../domain/questionnaires";
import { duplicateRows } from "../domain/questionnaires/duplicates";
import { changedCells, historyRows } from "../domain/questionnaires/history";
import { ANSWER_MESSAGES, HISTORY_MESSAGES } from "../domain/questionnaires/messages";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { BaseLists } from "./choiceLists";
import { baseLists } from "./choiceLists";
import { menteeRecords, mentorRecords } from "./records";
import type { FormsState } from "./registry";
import type { BlockKey, Workspace } from "./workspace";

/** The registers each questionnaire's answers are read against (codes are looked up in both bases). */
const CONTEXT_SHEETS: Record<FormKey, Array<"mentors" | "mentees" | "pairs">> = {
  mentee: ["mentees", "mentors"],
  mentor: ["mentors", "mentees"],
  preference: ["mentors", "mentees"],
  meeting: ["mentors", "mentees", "pairs"],
  satisfaction: ["mentors", "mentees"],
  evaluation: ["mentors", "mentees"],
  curator: [],
};

export type Outcome =
  | { kind: "accepted"; action: "append" | "update" | "unchanged"; sheet: SheetKey; rowNumber: number }
  | { kind: "rejected"; reason: string };

const PERSON_SHEETS = new Set<SheetKey>(["mentors", "mentees"]);
const TIMESTAMP_TITLES = ["Отметка времени", "Timestamp"];

/** The person questionnaires compare whole identities; the others only look a personal code up. */
const PERSON_FORMS = new Set<FormKey>(["mentee", "mentor"]);

/**
 * One source of personal codes per workspace (a whole batch of answers): codes already written in either
 * register, and those it gave, are never given again; built once, not once per new person.
 */
const codeSources = new WeakMap<Workspace, () => string>();

function codeSourceOf(ws: Workspace, taken: () => ReadonlyArray<string | undefined>): () => string {
  let source = codeSources.get(ws);
  if (!source) {
    source = codeSource(Utilities.getUuid(), taken());
    codeSources.set(ws, source);
  }
  return source;
}

function contextFor(ws: Workspace, form: FormKey, state: FormsState, today: IsoDate): MapContext {
  const registers = ws.registers(new Set(CONTEXT_SHEETS[form]), { codesOnly: !PERSON_FORMS.has(form), today });
  // The highest ID ever given counts as taken: the next ID continues after it, so a deleted person's ID is
  // never given to somebody else. Only the person questionnaires assign IDs.
  if (PERSON_FORMS.has(form)) {
    registers.lookup.mentors.reserve(state.maxIds[ID_PREFIX.mentors] ?? 0);
    registers.lookup.mentees.reserve(state.maxIds[ID_PREFIX.mentees] ?? 0);
  }
  const { mentors, mentees } = registers;
  return {
    refs: ws.refs,
    existing: { mentors, mentees, pairs: registers.pairs },
    lookup: registers.lookup,
    today,
    pseudonymous: ws.settings.pseudonymous,
    waves: ws.settings.surveyWaves,
    newCode: () => codeSourceOf(ws, () => [...mentors, ...mentees].map((p) => p.code))(),
  };
}

function remember(state: FormsState, target: UpsertTarget): void {
  if (target.sheet !== "mentors" && target.sheet !== "mentees") return;
  const prefix = ID_PREFIX[target.sheet];
  const n = idNumber(target.row.id, prefix);
  if (n !== undefined && n > (state.maxIds[prefix] ?? 0)) state.maxIds[prefix] = n;
}

/** Where the overwritten values came from: the questionnaire, the response's time, whether it was verified. */
function sourceOf(form: FormKey, namedValues: unknown, verified: boolean | undefined): string {
  const values = (namedValues ?? {}) as Record<string, unknown>;
  const stamp = TIMESTAMP_TITLES.map((t) => values[t]).find((v) => v !== undefined);
  const when = Array.isArray(stamp) ? String(stamp[0] ?? "") : stamp === undefined ? "" : String(stamp);
  return HISTORY_MESSAGES.fromAnswer(QUESTIONNAIRES[form].title, when, verified);
}

/** The key a history row names: a register row by its ID, any other row by its upsert key. */
function historyKey(target: UpsertTarget, merged: Readonly<Record<string, unknown>>): KeyPart[] {
  if (PERSON_SHEETS.has(target.sheet) && merged.id) return [{ column: "id", value: String(merged.id) }];
  return target.key;
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
  const found = ws.findRows(block, target.key);
  // Two rows with the same key (an ID typed twice): whichever were chosen, the other person's row could be
  // overwritten; the answer waits whole in the log until the curator makes the rows distinct.
  if (found.length > 1)
    return {
      kind: "rejected",
      reason: ANSWER_MESSAGES.ambiguousIdentity(
        SHEETS[target.sheet].name,
        found.map((i) => block.rowNumbers[i]),
      ),
    };
  const index = found.length ? found[0] : -1;
  const now = new Date();
  if (index < 0) {
    ws.append(block, { ...target.row });
    remember(state, target);
    if (mapped.duplicates && mapped.duplicates.length > 0) ws.flagDuplicates(duplicateRows(mapped.duplicates, now));
    return {
      kind: "accepted",
      action: "append",
      sheet: target.sheet,
      rowNumber: block.rowNumbers[block.rowNumbers.length - 1],
    };
  }
  // Matched on the key columns: merge with the whole row, write only the answer's columns.
  const before = ws.fullRow(block, index);
  const merged = planUpsert([before], target);
  if (merged.action === "reject") return { kind: "rejected", reason: merged.reason };
  if (merged.action === "update") {
    const cells: Record<string, unknown> = {};
    for (const column of Object.keys(target.row)) cells[column] = merged.row[column];
    const changes = changedCells(before, cells, Object.keys(cells));
    ws.update(block, index, cells);
    if (changes.length > 0)
      ws.recordHistory(
        historyRows(
          target.sheet,
          historyKey(target, merged.row),
          changes,
          sourceOf(form, namedValues, mapped.verified),
          now,
        ),
      );
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
    ws.settings.pseudonymous,
  );
}
