/**
 * The questionnaires through the built bundle against the emulator: forms made twice stay one set with one
 * trigger; a thousand answers across the seven forms end as exactly the expected rows; hostile text stays
 * text; lock contention loses nothing; «Повторить обработку»; pseudonymous mode; the check of pasted rows;
 * a fixed number of service calls per answer whatever the size of the registers.
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { isRowFormula } from "../../src/domain/indicators/rowFormulas";
import { SHEETS, type RowFormulaKey, type SheetKey } from "../../src/domain/workbook/sheets";

const LIVE_KEYS: RowFormulaKey[] = [
  "age",
  "menteePairs",
  "mentorPairs",
  "alsoMentee",
  "organisationCounted",
  "surveyCounted",
];
import { freshBundle } from "../support/bundle";
import { createForms, day, formIds, seedBases, sheetRows, title, type Seed } from "../../fixtures/forms";
import { expected, moscowDay, PAYLOADS, UNKNOWN_CODE, workload } from "./formsWorkload";

const NOW = new Date("2026-10-12T12:00:00+03:00");
type G = { FormApp: GoogleAppsScript.Forms.FormApp; ScriptApp: GoogleAppsScript.Script.ScriptApp };

function world(
  mentors = 6,
  mentees = 6,
  pairs = 6,
): { emu: Emulator; bundle: LoadedBundle; seed: Seed; ids: ReturnType<typeof formIds> } {
  const { emu, bundle } = freshBundle({ now: () => NOW });
  bundle.run("setupWorkbook", {});
  const seed = seedBases(emu, mentors, mentees, pairs);
  createForms(bundle);
  return { emu, bundle, seed, ids: formIds(bundle) };
}

/** Sheet rows keyed by column key; dates as days, blanks as "". */
/** The columns forms write: not the sheet's live columns (rowFormulas.ts: age, counts), which the sheet computes. */
const written = (key: SheetKey) => SHEETS[key].columns.filter((c) => !c.formula);

function rowsByKey(emu: Emulator, key: SheetKey): Array<Record<string, unknown>> {
  const spec = SHEETS[key];
  return sheetRows(emu, spec.name).map((r) => {
    const out: Record<string, unknown> = {};
    for (const c of written(key)) out[c.key] = r[c.header] instanceof Date ? day(r[c.header]) : (r[c.header] ?? "");
    return out;
  });
}

function full(key: SheetKey, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(written(key).map((c) => [c.key, row[c.key] ?? ""]));
}

const logEntries = (bundle: LoadedBundle) =>
  bundle.run("formsOverview", {}) as {
    logPending: number;
    logTotal: number;
    latest: Array<{ reason: string; excerpt: string; pending: boolean }>;
    forms: Array<{ key: string; answers: number; accepted: number; pending: number }>;
  };

describe("questionnaires end to end", () => {
  it("creating the forms twice leaves one set of forms, one trigger and one response sheet each", () => {
    const { emu, bundle, ids } = world();
    const g = emu.globals as unknown as G;
    const before = emu.spreadsheet.getSheets().map((s) => s.getName());
    expect(before.filter((n) => n.startsWith("Ответы: "))).toHaveLength(7);
    const items = Object.values(ids).map((id) => g.FormApp.openById(id).getItems().length);

    emu.calls.reset();
    createForms(bundle);
    // Nothing changed in the definitions: the second run only checks (no item written).
    expect(emu.calls.byMethod["Form.addTextItem"] ?? 0).toBe(0);
    expect(emu.calls.byMethod["Item.setTitle"] ?? 0).toBe(0);
    expect(formIds(bundle)).toEqual(ids);
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
    expect(Object.values(ids).map((id) => g.FormApp.openById(id).getItems().length)).toEqual(items);
    const triggers = emu.triggers.list().filter((t) => t.handler === "onFormSubmit");
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ eventType: "ON_FORM_SUBMIT", source: "SPREADSHEETS" });

    // The mentee form: consent sections behind the «18 лет?» branch; the preference lists from the registers.
    const mentee = g.FormApp.openById(ids.mentee);
    const adult = mentee
      .getItems()
      .find((i) => i.getTitle() === title("mentee", "adult"))!
      .asMultipleChoiceItem();
    expect(adult.getChoices().map((c) => String(c.getPageNavigationType()))).toEqual(["GO_TO_PAGE", "GO_TO_PAGE"]);
    const pref = g.FormApp.openById(ids.preference);
    const choices = pref
      .getItems()
      .find((i) => i.getTitle() === title("preference", "menteeChoice1"))!
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    // Pseudonymous mode is the default: codes only.
    expect(choices).toEqual(["НТ-0001", "НТ-0002", "НТ-0003", "НТ-0004", "НТ-0005", "НТ-0006"]);
  });

  it("a thousand answers, interleaved and some sent twice, end as exactly the expected rows; every refused one is in the log", () => {
    const { emu, bundle, seed, ids } = world();
    const subs = workload(seed, 1000);
    for (const s of subs) emu.forms.submit(ids[s.form], s.answers, { timestamp: s.timestamp });
    const model = expected(seed, subs);
    // The stream reaches every kind of row: new people, updates, meetings filled by both sides.
    expect(model.mentees.length).toBeGreaterThan(40);
    expect(model.mentors.length).toBeGreaterThan(30);
    expect(
      [...model.meetings.values()].filter((r) => r.menteeRating !== "" && r.mentorRating !== "").length,
    ).toBeGreaterThan(5);
    expect(model.surveys.size).toBeGreaterThan(30);

    // None lost: every answer is in its response sheet.
    const overview = logEntries(bundle);
    const perForm = Object.fromEntries(overview.forms.map((f) => [f.key, f]));
    for (const key of Object.keys(ids)) expect(perForm[key].answers).toBe(subs.filter((s) => s.form === key).length);

    // A new person's personal code is random: each is well formed and unique, then compared as given.
    const registers = { mentees: rowsByKey(emu, "mentees"), mentors: rowsByKey(emu, "mentors") };
    const codes = [...registers.mentees, ...registers.mentors].map((r) => String(r.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const key of ["mentees", "mentors"] as const) {
      expect(registers[key]).toHaveLength(model[key].length);
      model[key].forEach((r, i) => {
        if (r.code !== "@code") return;
        expect(registers[key][i].code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
        r.code = registers[key][i].code as string;
      });
      expect(registers[key]).toEqual(model[key].map((r) => full(key, r)));
    }
    // Namesakes in a parallel class are new people, each listed once as a possible duplicate.
    expect(model.duplicates.length).toBeGreaterThan(0);
    expect(sheetRows(emu, "Возможные дубликаты").map((r) => ({ id: r["ID"], similarId: r["Похож на"] }))).toEqual(
      model.duplicates,
    );
    // Every overwritten cell kept its previous value in the hidden history.
    expect(model.overwritten).toBeGreaterThan(100);
    // (besides the names in «Пары» that «Создать анкеты» replaced by codes: pseudonymous mode is the default)
    const history = sheetRows(emu, "История изменений");
    expect(history.filter((h) => h["Лист"] !== "Пары")).toHaveLength(model.overwritten);
    expect(emu.spreadsheet.getSheetByName("История изменений")!.isSheetHidden()).toBe(true);
    const sortBy = (rows: Array<Record<string, unknown>>, key: (r: Record<string, unknown>) => string) =>
      [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const pk = (r: Record<string, unknown>) => String(r.participantId);
    expect(sortBy(rowsByKey(emu, "preferences"), pk)).toEqual(
      sortBy(
        [...model.preferences.values()].map((r) => full("preferences", r)),
        pk,
      ),
    );
    const mk = (r: Record<string, unknown>) => `${r.pairId}|${r.date}|${r.type}`;
    expect(sortBy(rowsByKey(emu, "meetings"), mk)).toEqual(
      sortBy(
        [...model.meetings.values()].map((r) => full("meetings", r)),
        mk,
      ),
    );
    const sk = (r: Record<string, unknown>) =>
      `${r.participantId}|${r.questionnaire}|${r.stage}|${r.questionnaire === "оценка вход/выход" ? r.academicYear : r.wave}`;
    // Two months of answers: satisfaction rows of one person in two waves.
    expect(new Set([...model.surveys.values()].map((r) => r.wave))).toEqual(new Set(["октябрь 2026", "ноябрь 2026"]));
    expect(sortBy(rowsByKey(emu, "surveys"), sk)).toEqual(
      sortBy(
        [...model.surveys.values()].map((r) => full("surveys", r)),
        sk,
      ),
    );

    // Every refused answer is in «Журнал ошибок» once, with a reason, waiting for «Повторить обработку».
    const invalid = subs.filter((s) => !s.valid);
    expect(invalid.length).toBeGreaterThan(40);
    // Among them, answers with a code nobody was given.
    expect(invalid.filter((s) => Object.values(s.answers).includes(UNKNOWN_CODE)).length).toBeGreaterThan(5);
    const log = sheetRows(emu, "Журнал ошибок");
    const whole = log.filter((r) => !/\(часть [2-9] из/.test(String(r["Причина"])));
    expect(whole).toHaveLength(invalid.length);
    expect(overview.logPending).toBe(invalid.length);
    const logged = whole.map((r) => `${r["Источник"]}|${r["Строка"]}`).sort();
    const titles: Record<string, string> = {
      mentee: "Анкета наставляемого",
      mentor: "Анкета наставника",
      preference: "Анкета предпочтений после групповой встречи",
      meeting: "Обратная связь после встречи",
      satisfaction: "Анкета удовлетворённости участием в программе наставничества",
      evaluation: "Оценка участника на входе и на выходе из программы",
      curator: "Анкета куратора программы наставничества",
    };
    expect(logged).toEqual(invalid.map((s) => `${titles[s.form]}|${s.responseRow}`).sort());
    for (const r of whole) {
      expect(String(r["Причина"]).length).toBeGreaterThan(10);
      expect(r["Обработано"]).toBe("нет");
    }
    // The over-long answer is kept whole across parts: joined, they give the answer back.
    const first = log.findIndex((r) => /\(часть 1 из 2\)$/.test(String(r["Причина"])));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(String(log[first + 1]["Причина"])).toMatch(/\(часть 2 из 2\)$/);
    const joined = JSON.parse(String(log[first]["Исходные данные"]) + String(log[first + 1]["Исходные данные"]));
    expect(joined.answers[title("mentee", "subject")][0]).toBe("я".repeat(60000));
    // Hostile text is stored as text, never as a formula.
    for (const name of ["Наставляемые", "Опросы", "Встречи"]) {
      const sheet = emu.spreadsheet.getSheetByName(name)!;
      expect(
        sheet
          .getDataRange()
          .getFormulas()
          .flat()
          .filter((f) => f !== "" && !LIVE_KEYS.some((k) => isRowFormula(k, f))),
      ).toEqual([]);
    }
  }, 240_000);

  it("formula-like text, markup, emoji and long text are stored as text; blank required items are logged", () => {
    const { emu, bundle, ids } = world();
    const t = (k: string) => title("mentee", k);
    const base = {
      [t("category")]: "педагог",
      [t("birthDate")]: "1996-05-05",
      [t("requests")]: ["методика"],
      [t("adult")]: "Да",
      [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
    };
    PAYLOADS.forEach((p, i) =>
      emu.forms.submit(ids.mentee, { ...base, [t("name")]: `Тестова ${i}`, [t("subject")]: p }, { timestamp: NOW }),
    );
    emu.forms.submit(
      ids.mentee,
      { ...base, [t("name")]: '=IMPORTXML("http://x";"//a")', [t("subject")]: "x" },
      { timestamp: NOW },
    );
    emu.forms.submit(ids.mentee, { ...base, [t("name")]: "  " }, { timestamp: NOW });
    const sheet = emu.spreadsheet.getSheetByName("Наставляемые")!;
    const rows = rowsByKey(emu, "mentees").slice(6);
    expect(rows.map((r) => r.subject)).toEqual([...PAYLOADS, "x"]);
    expect(rows[PAYLOADS.length].name).toBe('=IMPORTXML("http://x";"//a")');
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== "" && !LIVE_KEYS.some((k) => isRowFormula(k, f))),
    ).toEqual([]);
    const log = logEntries(bundle);
    expect(log.logPending).toBe(1);
    expect(log.latest[0].reason).toContain("не заполнен обязательный вопрос «Фамилия, имя, отчество»");
  });

  it("an answer that finds the workbook locked is not lost: it waits in the log for «Повторить обработку»", () => {
    const { emu, bundle, ids, seed } = world();
    const t = (k: string) => title("evaluation", k);
    const answers = {
      [t("code")]: seed.mentees[0].code,
      [t("stage")]: "вход",
      ...Object.fromEntries(
        ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"].map((k, i) => [
          t(k),
          String(i + 3),
        ]),
      ),
    };
    emu.locks.holdByOther("document");
    emu.forms.submit(ids.evaluation, answers, { timestamp: NOW });
    expect(rowsByKey(emu, "surveys")).toEqual([]);
    expect(sheetRows(emu, "Ответы: вход и выход")).toHaveLength(1);
    const log = logEntries(bundle);
    expect(log.logPending).toBe(1);
    expect(log.latest[0].reason).toContain("книга была занята");
    // While the lock is held by another execution, the curator's retry is refused in Russian.
    expect(() => bundle.run("retryFormAnswers", {})).toThrow(/Книгу сейчас меняет другой процесс/);

    emu.locks.releaseOther("document");
    const result = bundle.run("retryFormAnswers", {}) as { processed: number; still: number };
    expect(result).toMatchObject({ processed: 1, still: 0 });
    expect(rowsByKey(emu, "surveys")).toEqual([
      full("surveys", {
        participantId: "НЯ-0001",
        role: "наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "вход",
        wave: "октябрь 2026",
        academicYear: "2026-2027",
        date: moscowDay(NOW),
        engagement: 3,
        activity: 4,
        selfEsteem: 5,
        anxiety: 6,
        performance: 7,
        motivation: 8,
      }),
    ]);
    expect(sheetRows(emu, "Журнал ошибок")[0]["Обработано"]).toBe("обработано");
    // A second retry finds nothing to do and changes nothing.
    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 0, still: 0 });
    expect(rowsByKey(emu, "surveys")).toHaveLength(1);
  });

  it("«Повторить обработку» accepts answers once the curator fixed the reference list", () => {
    const { emu, bundle, ids } = world();
    const refs = emu.spreadsheet.getSheetByName("Справочники")!;
    const header = refs.getRange(1, 1, 1, refs.getLastColumn()).getValues()[0];
    const col = header.indexOf("Категории участников") + 1;
    const categories = refs
      .getRange(2, col, 6, 1)
      .getValues()
      .map((r) => String(r[0]));
    expect(categories).toContain("родитель");
    // The curator clears «родитель» from the list after the forms were made: the form still offers it.
    refs.getRange(2 + categories.indexOf("родитель"), col).setValue("");
    const t = (k: string) => title("mentee", k);
    emu.forms.submit(
      ids.mentee,
      {
        [t("name")]: "Родителева Нина",
        [t("category")]: "родитель",
        [t("birthDate")]: "1986-01-20",
        [t("requests")]: ["общение"],
        [t("adult")]: "Да",
        [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
      },
      { timestamp: NOW },
    );
    expect(rowsByKey(emu, "mentees")).toHaveLength(6);
    expect(logEntries(bundle).latest[0].reason).toContain("такого варианта ответа нет");
    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 0, still: 1 });

    refs.getRange(2 + categories.indexOf("родитель"), col).setValue("родитель");
    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 1, still: 0 });
    expect(rowsByKey(emu, "mentees")[6]).toMatchObject({
      id: "НЯ-0007",
      name: "Родителева Нина",
      category: "родитель",
      consent: true,
      status: "кандидат",
    });
    expect(logEntries(bundle)).toMatchObject({ logPending: 0, logTotal: 1 });
  });

  it("a minor without the guardian's consent is kept, marked grey and left out of the lists until consent is ticked", () => {
    const { emu, ids } = world();
    const g = emu.globals as unknown as G;
    const t = (k: string) => title("mentee", k);
    emu.forms.submit(
      ids.mentee,
      {
        [t("name")]: "Бумажкин Петя",
        [t("category")]: "обучающийся",
        [t("grade")]: "6В",
        [t("birthDate")]: "2014-02-02",
        [t("requests")]: ["математика"],
        [t("adult")]: "Нет",
        [t("guardianName")]: "Бумажкина Ольга",
        [t("consentGuardian")]: "Согласие будет передано куратору на бумаге",
      },
      { timestamp: NOW },
    );
    expect(rowsByKey(emu, "mentees")[6]).toMatchObject({ id: "НЯ-0007", consent: false, status: "кандидат" });
    const rules = emu.spreadsheet.getSheetByName("Наставляемые")!.getConditionalFormatRules();
    const consent = String.fromCharCode(65 + SHEETS.mentees.columns.findIndex((c) => c.key === "consent"));
    expect(rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0])).toContain(
      `=AND($B2<>"",$${consent}2<>TRUE)`,
    );
    const list = () =>
      g.FormApp.openById(ids.preference)
        .getItems()
        .find((i) => i.getTitle() === title("preference", "mentorChoice1"))!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue());
    expect(list().some((v) => v.startsWith("НЯ-0007"))).toBe(false);
  });

  it("pseudonymous mode (the default): codes in the form lists, in «Пары» and in the panel; off, adults' names only", () => {
    const { emu, bundle, ids, seed } = world();
    const g = emu.globals as unknown as G;
    const values = (form: string, key: string) =>
      g.FormApp.openById(ids[form as keyof typeof ids])
        .getItems()
        .find((i) => i.getTitle() === title(form as "preference", key))!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue());
    expect(values("preference", "menteeChoice1")).toEqual(seed.mentors.map((m) => m.id));
    expect(values("meeting", "pair")).toEqual(["П-0001", "П-0002", "П-0003", "П-0004", "П-0005", "П-0006"]);
    // The names «Создать анкеты» found in «Пары» are codes now; the names are kept in the hidden history.
    const pairs = rowsByKey(emu, "pairs");
    expect(pairs.map((p) => [p.mentorName, p.menteeName])).toEqual(seed.pairs.map((p) => [p.mentorId, p.menteeId]));
    const history = sheetRows(emu, "История изменений");
    expect(history.filter((h) => h["Лист"] === "Пары")).toHaveLength(12);
    expect(history[0]).toMatchObject({ Было: seed.pairs[0].mentorName, Стало: seed.pairs[0].mentorId });

    // A refused answer naming a person shows in the panel without the name.
    const t = (k: string) => title("mentee", k);
    emu.forms.submit(
      ids.mentee,
      {
        [t("name")]: "Секретова Дарья",
        [t("category")]: "педагог",
        [t("birthDate")]: "2026-01-01",
        [t("requests")]: ["методика"],
        [t("adult")]: "Да",
        [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
      },
      { timestamp: NOW },
    );
    const log = logEntries(bundle);
    expect(log.latest[0].excerpt).not.toContain("Секретова");
    expect(log.latest[0].reason).toContain("ожидается дата рождения");
    expect((bundle.run("getSidebarState", {}) as { pseudonymous: boolean }).pseudonymous).toBe(true);

    // The curator opts out: adult mentors are listed by name, pupils still by code alone.
    const settings = emu.spreadsheet.getSheetByName("Настройки")!;
    const labels = settings
      .getRange(2, 1, settings.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    settings.getRange(2 + labels.indexOf("Режим псевдонимов"), 2).setValue("нет");
    expect(bundle.run("refreshFormLists", {})).toMatchObject({ items: 7 });
    expect(values("preference", "menteeChoice1")).toEqual(seed.mentors.map((m) => `${m.id} — ${m.name}`));
    expect(values("preference", "mentorChoice1")).toEqual(seed.mentees.map((m) => m.id));
    expect(values("meeting", "pair")).toEqual(["П-0001", "П-0002", "П-0003", "П-0004", "П-0005", "П-0006"]);
  });

  it("the workbook check lists pasted bad rows with their cells and gives missing IDs in one write", () => {
    const { emu, bundle } = world();
    const sheet = emu.spreadsheet.getSheetByName("Наставники")!;
    const pasted: Array<Record<string, unknown>> = [
      { name: "Вставленная Ирина", category: "педагог", age: 45, experience: 20, competencies: "методика" },
      { name: "Ошибкин Олег", category: "космонавт", age: "много" },
      { name: "Безсогласия Анна", category: "педагог", age: 50, experience: 25 },
    ].map((r, i) => ({ forms: "учитель – учитель", capacity: 1, trained: false, consent: i < 2, ...r }));
    const columns = SHEETS.mentors.columns;
    const column = (key: string) => columns.findIndex((c) => c.key === key) + 1;
    const width = column("consent");
    sheet.getRange(8, 1, 3, width).setValues(pasted.map((r) => columns.slice(0, width).map((c) => r[c.key] ?? "")));
    emu.calls.reset();
    const result = bundle.run("checkWorkbook", {}) as {
      problems: Array<{ severity: string; sheet: string; row?: number; column?: number; message: string }>;
    };
    // One write gives the missing IDs; the live count columns the pasted and seeded rows lack are filled in at
    // most one write per sheet that has them («Пары», «Наставники», «Наставляемые», «Опросы»).
    expect(emu.calls.byMethod["Range.setValues"]).toBeGreaterThanOrEqual(1);
    expect(emu.calls.byMethod["Range.setValues"]).toBeLessThanOrEqual(1 + 4);
    const ids = sheet
      .getRange(2, 1, 9, 1)
      .getValues()
      .map((r) => r[0]);
    expect(ids.slice(6)).toEqual(["НТ-0007", "НТ-0008", "НТ-0009"]);
    const about = (row: number) => result.problems.filter((p) => p.sheet === "Наставники" && p.row === row);
    expect(about(9)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: "error",
          column: column("category"),
          message: expect.stringContaining("«космонавт»"),
        }),
        expect.objectContaining({
          severity: "error",
          column: column("age"),
          message: expect.stringContaining("«много»"),
        }),
      ]),
    );
    expect(about(10)).toEqual([
      expect.objectContaining({
        severity: "info",
        column: column("consent"),
        message: expect.stringContaining("нет согласия"),
      }),
    ]);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: "Наставники: присвоены коды новым строкам — 3", row: 8, column: 1 }),
      ]),
    );
    // Run again: nothing left to assign, nothing written.
    emu.calls.reset();
    bundle.run("checkWorkbook", {});
    expect(emu.calls.byMethod["Range.setValues"] ?? 0).toBe(0);
  });

  it("one answer costs the same number of service calls with 20 or 3,000 rows in the registers", () => {
    const counts: Record<string, number[]> = {};
    for (const size of [20, 3000]) {
      const { emu, ids, seed } = world(size, size, size);
      const t = (form: "mentee" | "meeting" | "preference", k: string) => title(form, k);
      const cases: Array<[string, string, Record<string, string | string[]>]> = [
        [
          "new mentee",
          ids.mentee,
          {
            [t("mentee", "name")]: "Новая Нина",
            [t("mentee", "category")]: "педагог",
            [t("mentee", "birthDate")]: "1996-05-05",
            [t("mentee", "requests")]: ["методика"],
            [t("mentee", "adult")]: "Да",
            [t("mentee", "consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
          },
        ],
        [
          "same mentee again",
          ids.mentee,
          {
            [t("mentee", "name")]: "Новая Нина",
            [t("mentee", "category")]: "педагог",
            [t("mentee", "birthDate")]: "1996-05-05",
            [t("mentee", "requests")]: ["методика", "классное руководство"],
            [t("mentee", "adult")]: "Да",
            [t("mentee", "consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
          },
        ],
        [
          "meeting",
          ids.meeting,
          {
            [t("meeting", "code")]: seed.mentors[1].code,
            [t("meeting", "pair")]: "П-0002",
            [t("meeting", "date")]: "2026-09-03",
            [t("meeting", "type")]: "рабочая",
            [t("meeting", "rating")]: "8",
          },
        ],
        [
          "preference",
          ids.preference,
          {
            [t("preference", "role")]: "Наставляемый",
            [t("preference", "code")]: seed.mentees[2].code,
            [t("preference", "menteeChoice1")]: "НТ-0004",
          },
        ],
      ];
      for (const [name, id, answers] of cases) {
        emu.calls.reset();
        emu.forms.submit(id, answers, { timestamp: NOW });
        (counts[name] ??= []).push(emu.calls.total);
      }
      expect(sheetRows(emu, "Журнал ошибок")).toEqual([]);
    }
    for (const [name, [small, large]] of Object.entries(counts)) {
      expect([name, large]).toEqual([name, small]);
      expect(small).toBeLessThan(60);
    }
  }, 120_000);
});
