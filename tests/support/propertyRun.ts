/**
 * The property run behind tests/integration/property.test.ts and bench «property»: random edits thrown at
 * the workbook (columns deleted, renamed, inserted; rows inserted and deleted; the header row deleted; text
 * that looks like a number, a date, a boolean or a formula typed or pasted; the log renamed) between
 * questionnaire answers and commands, all through the built bundle. After each step of the add-on it checks:
 * - an answer is either accepted with every checked cell in its register, or kept whole in «Журнал ошибок»
 *   (found by its header); an entry «Повторить обработку» marks processed has its answer in the register;
 * - no cell the add-on does not own changed: the curator's columns and sheets keep every value, and rows of
 *   the registers other than the ones the step's answers wrote keep every value and formula (text stays
 *   text); «Проверить книгу» may only fill a blank ID.
 * Answers are sent as the form trigger gets them (the response row and e.namedValues), to the bundle's own
 * onFormSubmit, with a registry of four questionnaires whose forms have no people lists (no Google Forms
 * needed, so a run costs milliseconds per step).
 */
import { labelKey } from "../../src/domain/common/normalise";
import { CONSENT_YES } from "../../src/domain/questionnaires/definitions/shared";
import { mapColumns } from "../../src/domain/workbook/rows";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { createZone } from "../../src/domain/workbook/zone";
import { FORMS_TEXT } from "../../src/forms/messages";
import { createEmulator, type Emulator } from "../../emulator/index";
import { loadBundle, type LoadedBundle } from "../../emulator/bundleRunner";
import { DIST, requireBuild } from "./bundle";
import { seedBases, title, type Seed } from "./forms";
import { mulberry32, randInt } from "./random";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = "mentee" | "mentor" | "evaluation" | "meeting";
type Expected = Record<string, string | number | boolean>;

const NOW = new Date("2026-10-12T12:00:00+03:00");
const ZONE = createZone("Europe/Moscow");
const FORMS: Form[] = ["mentee", "mentor", "evaluation", "meeting"];
const REGISTERS: SheetKey[] = ["mentees", "mentors", "surveys", "meetings"];
const EDITED: SheetKey[] = ["mentees", "mentors", "surveys", "meetings", "pairs"];
const NOTES = "Заметки куратора";
const TIMESTAMP = "Отметка времени";
const RENAMED_LOG = "Ошибки анкет";

/** Text a curator types or pastes that Sheets would like to read as something else. */
const HOSTILE = [
  "007",
  "1.10",
  "01.09.2026",
  "2026-09-01",
  "TRUE",
  "ложь",
  "=1+1",
  "+7 999 123-45-67",
  "-5",
  "50%",
  "1e5",
  "@дом",
  "  ",
  "<b>жирно</b>",
  "12:30",
  "Иванов Иван",
];

export interface PropertyStats {
  steps: number;
  edits: number;
  answers: number;
  commands: number;
  accepted: number;
  logged: number;
  retried: number;
  /** What the script logged with console.error (a form list it could not refresh on a damaged register). */
  scriptErrors: number;
  /** Milliseconds spent per kind of step (edits, answers, commands, the checks), for the bench. */
  ms: Record<string, number>;
  violations: string[];
}

interface Answer {
  /** The order it was sent in. */
  seq: number;
  form: Form;
  marker: string;
  values: Record<string, string | string[]>;
  /** The register row it should make, to be found by `key` and compared on every cell named here. */
  sheet: SheetKey;
  key: Expected;
  cells: Expected;
}

const cellText = (v: unknown): string =>
  v instanceof Date ? `date:${v.toISOString()}` : typeof v === "string" ? `s:${v}` : `${typeof v}:${String(v)}`;

/** What a register cell holds, for «same as expected»: dates as days, text trimmed. */
function norm(v: unknown): string | number | boolean {
  if (v instanceof Date) return ZONE.dateOf(v);
  if (typeof v === "string") return v.trim();
  return v as number | boolean;
}

/** `dist` is the built bundle's folder (the bench runs from dist-node/, so it passes its own). */
export function runProperty(options: { seed: number; edits: number; dist?: string }): PropertyStats {
  const rand = mulberry32(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const dist = options.dist ?? DIST;
  if (!options.dist) requireBuild();
  const emu = createEmulator({ htmlDir: dist, now: () => NOW });
  const bundle = loadBundle(emu, dist, () => NOW);
  bundle.run("setupWorkbook", {});
  const seed = seedBases(emu, 6, 6, 6);
  const props = (
    emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
  ).getDocumentProperties();
  const responseSheets = registerForms(emu, props);
  addCuratorData(emu);
  // Registers of 60 rows rather than 1,000: the emulator's inserted rows and columns cost by the sheet's size.
  for (const key of EDITED) {
    const sheet = sheetOf(emu, key)!;
    if (sheet.getMaxRows() > 60) sheet.deleteRows(61, sheet.getMaxRows() - 60);
  }

  const stats: PropertyStats = {
    steps: 0,
    edits: 0,
    answers: 0,
    commands: 0,
    accepted: 0,
    logged: 0,
    retried: 0,
    scriptErrors: 0,
    ms: {},
    violations: [],
  };
  const answers = new Map<string, Answer>();
  const loggedMarkers = new Set<string>();
  let answerCount = 0;
  const violation = (text: string) => {
    if (stats.violations.length < 50) stats.violations.push(`step ${stats.steps}: ${text}`);
  };

  const timed = <T>(what: string, fn: () => T): T => {
    const t0 = Date.now();
    try {
      return fn();
    } finally {
      stats.ms[what] = (stats.ms[what] ?? 0) + Date.now() - t0;
    }
  };
  // The script may log that it could not do a side task on a damaged sheet, in words naming the sheet;
  // anything else it logs is a fault.
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    stats.scriptErrors++;
    const text = args.map(String).join(" ");
    if (!/lists not refreshed: .*(На листе|Нет листа) «/.test(text)) violation(`the script logged: ${text}`);
  };
  try {
    loop();
  } finally {
    console.error = consoleError;
  }
  // Nothing logged ever leaves the log.
  const markers = new Set(readLog(emu).entries.map((e) => e.marker));
  for (const m of loggedMarkers) if (!markers.has(m)) violation(`${m}: no longer in «Журнал ошибок»`);
  return stats;

  function loop(): void {
    while (stats.edits < options.edits) {
      stats.steps++;
      const r = rand();
      if (r < 0.7) {
        stats.edits++;
        edit(emu, rand, pick, timed);
        continue;
      }
      const before = timed("snapshot", () => snapshot(emu));
      const targets: Answer[] = [];
      let idFill = false;
      let kind = "answer";
      if (r < 0.92) {
        stats.answers++;
        const answer = makeAnswer(seed, answerCount++, rand, pick);
        answers.set(answer.marker, answer);
        const accepted = countAccepted(props);
        const busy = rand() < 0.05;
        if (busy) emu.locks.holdByOther("document");
        timed("answer", () => submit(emu, bundle, responseSheets[answer.form], answer));
        if (busy) emu.locks.releaseOther("document");
        const log = readLog(emu);
        const inLog = log.entries.some((e) => e.marker === answer.marker);
        if (countAccepted(props) > accepted) {
          stats.accepted++;
          targets.push(answer);
          if (inLog) violation(`${answer.marker}: accepted and logged`);
          const why = verify(emu, answer);
          if (why) violation(`${answer.form} ${answer.marker} accepted but ${why}`);
        } else if (inLog) {
          stats.logged++;
          loggedMarkers.add(answer.marker);
        } else violation(`${answer.form} ${answer.marker}: neither accepted nor in «Журнал ошибок»`);
      } else {
        stats.commands++;
        const command = pick(["retry", "retry", "check", "restore", "matching", "report"] as const);
        kind = command;
        if (command === "retry") {
          const pendingBefore = new Set(
            readLog(emu)
              .entries.filter((e) => e.pending)
              .map((e) => e.marker),
          );
          let step = bundle.run("retryFormAnswers", {}) as { done: boolean; cursor: unknown; processed: number };
          while (!step.done)
            step = bundle.run("retryFormAnswers", { cursor: step.cursor, before: step }) as typeof step;
          // Each processed answer is in its register; where two wrote one row, the later one's cells are.
          const last = new Map<string, Answer>();
          for (const e of readLog(emu).entries) {
            if (e.pending || !pendingBefore.has(e.marker)) continue;
            const answer = answers.get(e.marker);
            if (!answer) continue;
            stats.retried++;
            targets.push(answer);
            const id = `${answer.sheet}|${JSON.stringify(answer.key)}`;
            if ((last.get(id)?.seq ?? -1) < answer.seq) last.set(id, answer);
          }
          for (const answer of last.values()) {
            const why = verify(emu, answer);
            if (why) violation(`${answer.form} ${answer.marker} marked processed but ${why}`);
          }
        } else {
          // The check gives an ID to a register row that has none; the report runs the check.
          idFill = command === "check" || command === "report";
          const name = {
            check: "checkWorkbook",
            restore: "restoreStructure",
            matching: "runMatching",
            report: "buildReport",
          }[command];
          try {
            timed(name, () => bundle.run(name, {}));
          } catch (error) {
            // A command may stop on a damaged sheet: it says so in Russian and writes nothing.
            const message = error instanceof Error ? error.message : String(error);
            if (!/[А-Яа-яЁё]/.test(message) || /внутренняя ошибка/i.test(message)) violation(`${name}: ${message}`);
          }
        }
        emu.endExecution();
      }
      for (const problem of timed("compare", () => compare(before, snapshot(emu), targets, idFill)))
        violation(`${kind}: ${problem}`);
    }
  }
}

/* ---------- the workbook ---------- */

/** Four questionnaires in the registry, each with its response sheet; their forms have no people lists. */
function registerForms(emu: Emulator, props: GoogleAppsScript.Properties.Properties): Record<Form, Sheet> {
  const out = {} as Record<Form, Sheet>;
  for (const form of FORMS) {
    const sheet = emu.spreadsheet.insertSheet(FORMS_TEXT.responseSheet[form]);
    sheet.getRange(1, 1).setValue(TIMESTAMP);
    out[form] = sheet;
    props.setProperty(
      `cmn.form.${form}`,
      JSON.stringify({
        formId: `form-${form}`,
        sheetId: sheet.getSheetId(),
        sheetName: sheet.getName(),
        url: "",
        editUrl: "",
        items: {},
        order: [],
      }),
    );
  }
  return out;
}

/** The curator's own column in each register and a sheet of their own: the add-on must never change them. */
function addCuratorData(emu: Emulator): void {
  for (const key of EDITED) {
    const sheet = sheetOf(emu, key)!;
    const col = sheet.getLastColumn() + 1;
    if (col > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), col - sheet.getMaxColumns());
    const rows = Math.max(sheet.getLastRow(), 2);
    sheet
      .getRange(1, col, rows, 1)
      .setValues([["Примечание куратора"], ...Array.from({ length: rows - 1 }, (_, i) => [`'${HOSTILE[i % 16]}`])]);
  }
  const notes = emu.spreadsheet.insertSheet(NOTES);
  notes.getRange(1, 1, 3, 2).setValues([
    ["Что", "Когда"],
    ["'007", "'01.09.2026"],
    ["'=1+1", "'TRUE"],
  ]);
}

function sheetOf(emu: Emulator, key: SheetKey): Sheet | null {
  return emu.spreadsheet.getSheetByName(SHEETS[key].name);
}

function grid(sheet: Sheet): { values: unknown[][]; formulas: string[][] } {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/* ---------- edits ---------- */

function edit(
  emu: Emulator,
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
  timed: <T>(what: string, fn: () => T) => T,
): void {
  const ss = emu.spreadsheet;
  const r = rand();
  if (r < 0.03) {
    // The log renamed, or its name given back.
    const log = ss.getSheetByName(SHEETS.errors.name) ?? ss.getSheetByName(RENAMED_LOG);
    if (log && !ss.getSheetByName(log.getName() === RENAMED_LOG ? SHEETS.errors.name : RENAMED_LOG))
      log.setName(log.getName() === RENAMED_LOG ? SHEETS.errors.name : RENAMED_LOG);
    return;
  }
  const key = pick(EDITED);
  const sheet = sheetOf(emu, key);
  if (!sheet) return;
  const width = Math.max(sheet.getLastColumn(), 1);
  const height = Math.max(sheet.getLastRow(), 1);
  const rows = sheet.getMaxRows();
  const col = randInt(rand, 1, width);
  if (r < 0.06) timed("deleteColumn", () => sheet.deleteColumn(col));
  else if (r < 0.08) {
    if (height > 1) timed("deleteRow", () => sheet.deleteRow(randInt(rand, 1, height)));
  } else if (r < 0.16) {
    // A header renamed: to text the add-on does not know, to another spelling of itself, or back.
    const spec = SHEETS[key].columns[randInt(rand, 0, SHEETS[key].columns.length - 1)];
    const header = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
    const at = header.indexOf(spec.header) >= 0 ? header.indexOf(spec.header) + 1 : col;
    const next = pick([`Столбец ${randInt(rand, 1, 99)}`, `  ${spec.header.toUpperCase()} `, spec.header]);
    if (!header.some((h, i) => i !== at - 1 && labelKey(h) === labelKey(next)))
      timed("rename", () => sheet.getRange(1, at).setValue(next));
  } else if (r < 0.22) timed("insertRow", () => sheet.insertRowBefore(randInt(rand, 1, Math.min(height + 1, rows))));
  else if (r < 0.25) {
    timed("insertColumn", () => sheet.insertColumnBefore(col));
    sheet.getRange(1, col).setValue(`Доп ${randInt(rand, 1, 999)}`);
  } else {
    // A cell of the data, or the first one below it while the sheet has room.
    if (rows < 2) return;
    const row = randInt(rand, 2, Math.min(height + 1, rows));
    const value = pick(HOSTILE);
    const how = rand();
    const range = sheet.getRange(row, col);
    // Pasted as text, typed (read by the locale as Sheets would), or left as a formula.
    if (how < 0.5) timed("paste", () => range.setValue(`'${value}`));
    else if (how < 0.9 && key !== "pairs") {
      try {
        timed("type", () => emu.editAsUser(sheet.getName(), range.getA1Notation(), value));
      } catch {
        range.setValue(`'${value}`);
      }
    } else range.setValue(value);
  }
}

/* ---------- answers ---------- */

function makeAnswer(seed: Seed, i: number, rand: () => number, pick: <T>(xs: readonly T[]) => T): Answer {
  const at = new Date(NOW.getTime() + i * 1000);
  const marker = ZONE.dateOf(at).split("-").reverse().join(".") + " " + timeOf(at);
  const form = pick(FORMS);
  const invalid = rand() < 0.1;
  if (form === "mentee" || form === "mentor") {
    const t = (k: string) => title(form, k);
    const n = randInt(rand, 1, 40);
    const name = form === "mentee" ? `Новикова Ольга ${n}` : `Учителев Павел ${n}`;
    const age = 25 + (n % 30);
    const values: Record<string, string | string[]> = {
      [t("name")]: name,
      [t("category")]: "педагог",
      [t("age")]: invalid ? "много" : String(age),
      [t("adult")]: "Да",
      [t("consentSelf")]: CONSENT_YES,
    };
    if (form === "mentee") {
      values[t("requests")] = ["математика"];
      values[t("experience")] = String(n % 5);
    } else {
      values[t("competencies")] = ["математика"];
      values[t("forms")] = ["учитель – учитель"];
      values[t("capacity")] = "2";
      values[t("contacts")] = `uchitelev${n}@school.example`;
      values[t("experience")] = String(5 + (n % 20));
    }
    return {
      seq: i,
      form,
      marker,
      values,
      sheet: form === "mentee" ? "mentees" : "mentors",
      key: { name },
      cells: { name, category: "педагог", age, consent: true },
    };
  }
  if (form === "evaluation") {
    const t = (k: string) => title("evaluation", k);
    const m = pick(seed.mentees);
    const stage = pick(["вход", "выход"]);
    const scores = ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"];
    const cells: Expected = {};
    const values: Record<string, string | string[]> = {
      [t("role")]: "Наставляемый",
      [t("self")]: `${m.id} — ${m.name}`,
      [t("stage")]: stage,
    };
    scores.forEach((k) => {
      const v = randInt(rand, 1, 10);
      values[t(k)] = invalid ? "десять" : String(v);
      cells[k] = v;
    });
    const key = { participantId: m.id, questionnaire: "оценка вход/выход", stage };
    return { seq: i, form, marker, values, sheet: "surveys", key, cells: { ...key, ...cells } };
  }
  const t = (k: string) => title("meeting", k);
  const p = pick(seed.pairs);
  const role = pick(["Наставник", "Наставляемый"]);
  const rating = randInt(rand, 1, 10);
  const type = pick(["рабочая", "планирование"]);
  const key = { pairId: p.pairId, date: "2026-09-03", type };
  return {
    seq: i,
    form,
    marker,
    values: {
      [t("pair")]: `${p.pairId} — ${p.mentorName} / ${p.menteeName}`,
      [t("role")]: role,
      [t("date")]: invalid ? "вчера" : "2026-09-03",
      [t("type")]: type,
      [t("rating")]: String(rating),
    },
    sheet: "meetings",
    key,
    cells: { ...key, [role === "Наставник" ? "mentorRating" : "menteeRating"]: rating },
  };
}

function timeOf(d: Date): string {
  const local = new Date(d.getTime() + 3 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${local.getUTCHours()}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
}

/** The response row and e.namedValues, as Forms hands them to the spreadsheet trigger. */
function submit(emu: Emulator, bundle: LoadedBundle, sheet: Sheet, answer: Answer): void {
  const namedValues: Record<string, string[]> = { [TIMESTAMP]: [answer.marker] };
  for (const [k, v] of Object.entries(answer.values)) namedValues[k] = [Array.isArray(v) ? v.join(", ") : v];
  sheet.appendRow([answer.marker]);
  const range = sheet.getRange(sheet.getLastRow(), 1, 1, 1);
  bundle.call("onFormSubmit", { authMode: "FULL", namedValues, range, source: emu.spreadsheet, values: [] });
  emu.endExecution();
}

function countAccepted(props: GoogleAppsScript.Properties.Properties): number {
  const state = JSON.parse(props.getProperty("cmn.forms.state") ?? "{}") as {
    counts?: Record<string, { accepted: number }>;
  };
  return Object.values(state.counts ?? {}).reduce((n, c) => n + c.accepted, 0);
}

/** The row of the register the answer names, as the register's header says; why not, or null when it is there. */
function verify(emu: Emulator, answer: Answer): string | null {
  const sheet = sheetOf(emu, answer.sheet);
  if (!sheet) return `«${SHEETS[answer.sheet].name}» is missing`;
  const { values } = grid(sheet);
  const spec = SHEETS[answer.sheet];
  const { columns } = mapColumns(spec, values[0] ?? []);
  const absent = Object.keys(answer.cells).filter((k) => columns[k] === undefined);
  if (absent.length) return `«${spec.name}» has no column ${absent.join(", ")}`;
  const rows = values
    .slice(1)
    .filter((row) =>
      Object.entries(answer.key).every(([k, v]) => labelKey(String(norm(row[columns[k]]))) === labelKey(String(v))),
    );
  if (rows.length === 0) return `no row of «${spec.name}» has ${JSON.stringify(answer.key)}`;
  const row = rows[rows.length - 1];
  const wrong = Object.entries(answer.cells).filter(([k, v]) => norm(row[columns[k]]) !== v);
  return wrong.length
    ? `«${spec.name}» holds ${wrong.map(([k]) => `${k}=${JSON.stringify(norm(row[columns[k]]))}`).join(", ")}`
    : null;
}

/* ---------- the log ---------- */

interface LogView {
  entries: Array<{ marker: string; pending: boolean }>;
}

/** «Журнал ошибок» wherever it is (found by its header), entries joined from their parts. */
function readLog(emu: Emulator): LogView {
  const entries: LogView["entries"] = [];
  for (const sheet of emu.spreadsheet.getSheets()) {
    if (
      mapColumns(SHEETS.errors, sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0]).missing
        .length
    )
      continue;
    const { values } = grid(sheet);
    const { columns } = mapColumns(SHEETS.errors, values[0] ?? []);
    let raw = "";
    for (const row of values.slice(1)) {
      const reason = String(row[columns.reason] ?? "");
      const part = /\(часть (\d+) из (\d+)\)$/.exec(reason);
      raw += String(row[columns.raw] ?? "");
      if (part && part[1] !== part[2]) continue;
      let marker = "";
      try {
        marker = (JSON.parse(raw) as { answers?: Record<string, string[]> }).answers?.[TIMESTAMP]?.[0] ?? "";
      } catch {
        marker = "";
      }
      entries.push({ marker, pending: String(row[columns.state] ?? "") !== "обработано" });
      raw = "";
    }
  }
  return { entries };
}

/* ---------- what the add-on may not change ---------- */

interface Snapshot {
  /**
   * Per sheet and curator column (header text and its occurrence): the non-blank cells in order. A sheet
   * without a header row (row 1 has no column of the add-on's) has no named columns: each of its columns
   * (`name|#index`) is the curator's then, from row 1, since «Восстановить заголовки» may insert a header above.
   */
  curator: Map<string, string>;
  /** Each sheet's cells, for looking at a column again from row 2. */
  grids: Map<string, { values: unknown[][]; formulas: string[][] }>;
  /** Per register: its data rows (header-like rows left out), each cell's value and formula, as text. */
  rows: Map<SheetKey, Array<{ text: string; cells: unknown[]; header: unknown[] }>>;
}

function snapshot(emu: Emulator): Snapshot {
  const curator = new Map<string, string>();
  const grids = new Map<string, { values: unknown[][]; formulas: string[][] }>();
  const rows = new Map<SheetKey, Array<{ text: string; cells: unknown[]; header: unknown[] }>>();
  for (const key of EDITED) {
    const sheet = sheetOf(emu, key);
    if (!sheet) continue;
    const { values, formulas } = grid(sheet);
    const spec = SHEETS[key];
    grids.set(spec.name, { values, formulas });
    const headed = hasHeader(key, values[0] ?? []);
    const known = new Set(spec.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map(labelKey)));
    const seen = new Map<string, number>();
    (values[0] ?? []).forEach((h, c) => {
      const text = String(h ?? "").trim();
      if (!headed) {
        curator.set(`${spec.name}|#${c}`, columnCells(values, formulas, c, 0));
        return;
      }
      if (text === "" || known.has(labelKey(text))) return;
      const n = (seen.get(text) ?? 0) + 1;
      seen.set(text, n);
      curator.set(`${spec.name}|${text}|${n}`, columnCells(values, formulas, c, 1));
    });
    if (!REGISTERS.includes(key)) continue;
    const header = values[0] ?? [];
    rows.set(
      key,
      values
        .map((r, i) => ({ r, f: formulas[i] ?? [] }))
        .slice(headed ? 1 : 0)
        .filter(({ r }) => r.some((v) => v !== "") && !looksLikeHeader(key, r))
        .map(({ r, f }) => ({
          cells: r,
          header,
          // Blank cells at the end left out: a column added after the last one is not a change of the row.
          text: trimBlank(r.map((v, c) => (f[c] ? `f:${f[c]}` : cellText(v)))).join("\u0001"),
        })),
    );
  }
  const notes = emu.spreadsheet.getSheetByName(NOTES);
  if (notes)
    curator.set(
      NOTES,
      grid(notes)
        .values.map((r) => r.map(cellText).join("\u0001"))
        .join("\n"),
    );
  return { curator, grids, rows };
}

/** Row 1 is a header when it has a column of the add-on's (the add-on's own test for a deleted header row). */
function hasHeader(key: SheetKey, row: unknown[]): boolean {
  return Object.keys(mapColumns(SHEETS[key], row).columns).length > 0;
}

/** The non-blank cells of a column from row `from + 1` down, value or formula, as one text. */
function columnCells(values: unknown[][], formulas: string[][], c: number, from: number): string {
  const cells: string[] = [];
  for (let i = from; i < values.length; i++) {
    const text = formulas[i]?.[c] ? `f:${formulas[i][c]}` : cellText(values[i][c]);
    if (text !== "s:") cells.push(text);
  }
  return cells.join("\u0001");
}

function trimBlank(cells: string[]): string[] {
  let end = cells.length;
  while (end > 1 && cells[end - 1] === "s:") end--;
  return cells.slice(0, end);
}

function looksLikeHeader(key: SheetKey, row: unknown[]): boolean {
  return Object.keys(mapColumns(SHEETS[key], row).columns).length >= 3;
}

/** What changed between two snapshots that the step's answers (and a check's IDs) do not account for. */
function compare(before: Snapshot, after: Snapshot, targets: readonly Answer[], idFill: boolean): string[] {
  const problems: string[] = [];
  for (const [column, cells] of before.curator) {
    let now = after.curator.get(column);
    // A column of a sheet that had no header row: the same cells below the header put back above them.
    const byIndex = /^(.*)\|#(\d+)$/.exec(column);
    const grid = byIndex ? after.grids.get(byIndex[1]) : undefined;
    if (now === undefined && byIndex && grid) now = columnCells(grid.values, grid.formulas, Number(byIndex[2]), 1);
    if (now !== cells) problems.push(`the curator's «${column}» changed`);
  }
  for (const key of REGISTERS) {
    const was = before.rows.get(key) ?? [];
    const now = after.rows.get(key) ?? [];
    const target = (row: { cells: unknown[]; header: unknown[] }) => {
      const { columns } = mapColumns(SHEETS[key], row.header);
      return targets.some(
        (a) =>
          a.sheet === key &&
          Object.entries(a.key).every(
            ([k, v]) =>
              columns[k] !== undefined && labelKey(String(norm(row.cells[columns[k]]))) === labelKey(String(v)),
          ),
      );
    };
    const count = new Map<string, number>();
    for (const r of now) count.set(r.text, (count.get(r.text) ?? 0) + 1);
    const removed = was.filter((r) => {
      const n = count.get(r.text) ?? 0;
      if (n > 0) {
        count.set(r.text, n - 1);
        return false;
      }
      return true;
    });
    const left = new Map(count);
    const added = now.filter((r) => {
      const n = left.get(r.text) ?? 0;
      if (n > 0) {
        left.set(r.text, n - 1);
        return true;
      }
      return false;
    });
    for (const r of removed) {
      if (target(r)) continue;
      if (idFill && added.some((a) => sameButId(key, r, a))) continue;
      // The row it most likely became, cell by cell, to say what changed.
      const like = (a: { cells: unknown[] }) => a.cells.filter((v, c) => cellText(v) === cellText(r.cells[c])).length;
      const now = added.reduce<(typeof added)[number] | undefined>(
        (b, a) => (b && like(b) >= like(a) ? b : a),
        undefined,
      );
      problems.push(
        `«${SHEETS[key].name}»: a row the step did not write changed: ${describe(r)}` +
          (now ? ` → ${describe(now)}` : " (gone)"),
      );
    }
    for (const a of added) {
      if (target(a) || (idFill && removed.some((r) => sameButId(key, r, a)))) continue;
      problems.push(`«${SHEETS[key].name}»: a row appeared that no answer wrote: ${describe(a)}`);
    }
  }
  return problems;
}

/** A register row as «header: value» pairs, for a violation's message. */
function describe(row: { text: string; header: unknown[] }): string {
  return row.text
    .split("\u0001")
    .map((cell, c) => `${String(row.header[c] ?? "").trim() || c + 1}=${cell}`)
    .join(" | ")
    .slice(0, 600);
}

/** The same row but for an ID given where there was none. */
function sameButId(
  key: SheetKey,
  was: { cells: unknown[]; header: unknown[] },
  now: { cells: unknown[]; header: unknown[] },
): boolean {
  const id = mapColumns(SHEETS[key], now.header).columns.id;
  if (id === undefined || String(was.cells[id] ?? "").trim() !== "") return false;
  return was.cells.every((v, c) => c === id || cellText(v) === cellText(now.cells[c]));
}
