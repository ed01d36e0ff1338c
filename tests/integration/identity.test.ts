/**
 * Who an answer is about, through the built bundle against the emulator (one workbook for the file, the
 * steps in order): a namesake does not overwrite a child; a form made in default settings lists no name;
 * an answer through a personal link lands on its person; unknown and foreign codes are logged whole and
 * change nothing; consent changes only through the link; every overwrite can be seen and put back; a
 * possible duplicate is kept apart or merged (and the merge undone); survey waves follow «Настройки».
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { personalUrl } from "../../src/domain/questionnaires/links";
import type { FormKey } from "../../src/domain/questionnaires";
import { SHEETS } from "../../src/domain/workbook/sheets";
import { freshBundle } from "../support/bundle";
import { createForms, day, formIds, seedBases, sheetRows, title, type Seed } from "../../fixtures/forms";

const NOW = new Date("2026-10-12T12:00:00+03:00");
const GUARDIAN_YES = "Да, я — родитель (законный представитель) и даю согласие";
const GUARDIAN_PAPER = "Согласие будет передано куратору на бумаге";
type G = { FormApp: GoogleAppsScript.Forms.FormApp };

let emu: Emulator;
let bundle: LoadedBundle;
let seed: Seed;
let ids: Record<FormKey, string>;

beforeAll(() => {
  ({ emu, bundle } = freshBundle({ now: () => NOW }));
  bundle.run("setupWorkbook", {});
  seed = seedBases(emu, 3, 3, 2);
  createForms(bundle);
  ids = formIds(bundle);
}, 120_000);

const t = (form: FormKey, key: string) => title(form, key);
/** «Наставляемые» as the add-on will read it: by column key, dates as days. */
const mentees = () =>
  sheetRows(emu, SHEETS.mentees.name).map((r) =>
    Object.fromEntries(
      SHEETS.mentees.columns.map((c) => [c.key, r[c.header] instanceof Date ? day(r[c.header]) : r[c.header]]),
    ),
  );
const byName = (name: string) => mentees().filter((r) => r.name === name);
const logRows = () => sheetRows(emu, SHEETS.errors.name);
const duplicates = () => sheetRows(emu, SHEETS.duplicates.name);

/** Иванов Иван Иванович, 13, as his guardian fills the public mentee form. */
function ivanov(grade: string, birthDate: string, consent: string, requests: string[], code?: string) {
  const m = (k: string) => t("mentee", k);
  const answers: Record<string, string | string[]> = {
    [m("name")]: "Иванов Иван Иванович",
    [m("category")]: "обучающийся",
    [m("grade")]: grade,
    [m("birthDate")]: birthDate,
    [m("requests")]: requests,
    [m("adult")]: "Нет",
    [m("guardianName")]: "Иванова Мария Петровна",
    [m("consentGuardian")]: consent,
  };
  if (code) answers[m("code")] = code;
  return answers;
}

function satisfaction(score: string): Record<string, string> {
  const keys = [
    "satComfort",
    "satUsefulness",
    "satMeetings",
    "satGroupEvents",
    "satSupport",
    "satPlan",
    "satExpectations",
    "overall",
  ];
  return Object.fromEntries(keys.map((k) => [t("satisfaction", k), score]));
}

interface Links {
  people: Array<{ id: string; name: string; role: string; code: string }>;
  templates: Partial<Record<FormKey, { title: string; template: string }>>;
  message: string;
}

describe("identity of questionnaire answers", () => {
  it("a namesake in 7Б does not overwrite the child in 7А: two children, both intact, one «возможный дубликат»", () => {
    emu.forms.submit(ids.mentee, ivanov("7А", "2013-03-10", GUARDIAN_YES, ["математика"]), { timestamp: NOW });
    emu.forms.submit(ids.mentee, ivanov("7Б", "2013-08-22", GUARDIAN_PAPER, ["физика"]), { timestamp: NOW });
    const [first, second] = byName("Иванов Иван Иванович");
    expect(first).toMatchObject({
      id: "НЯ-0004",
      grade: "7А",
      birthDate: "2013-03-10",
      consent: true,
      requests: "математика",
    });
    expect(second).toMatchObject({
      id: "НЯ-0005",
      grade: "7Б",
      birthDate: "2013-08-22",
      consent: false,
      requests: "физика",
    });
    expect(byName("Иванов Иван Иванович")).toHaveLength(2);
    // Each has a personal code of its own, and «Дата анкеты», not «Дата вхождения».
    expect(first.code).not.toBe(second.code);
    expect([first.questionnaireDate, first.joined]).toEqual(["2026-10-12", ""]);
    expect(duplicates()).toEqual([
      expect.objectContaining({
        Лист: "Наставляемые",
        ID: "НЯ-0005",
        "Похож на": "НЯ-0004",
        Различия: "класс: 7А → 7Б; дата рождения: 10.03.2013 → 22.08.2013",
        Решение: "",
      }),
    ]);
    expect(logRows()).toEqual([]);
    expect(sheetRows(emu, SHEETS.history.name).filter((h) => h["Лист"] === "Наставляемые")).toEqual([]);
  });

  it("a form made in default settings lists no participant's name in any of its items", () => {
    const g = emu.globals as unknown as G;
    const names = [...sheetRows(emu, SHEETS.mentors.name), ...sheetRows(emu, SHEETS.mentees.name)].map((r) =>
      String(r["ФИО (или код)"]),
    );
    expect(names).toEqual(expect.arrayContaining(["Наставникова Анна 1", "Ученикова Вера 2", "Иванов Иван Иванович"]));
    bundle.run("refreshFormLists", {});
    for (const id of Object.values(ids)) {
      const form = g.FormApp.openById(id);
      const texts = [form.getTitle(), form.getDescription()];
      for (const item of form.getItems()) {
        texts.push(item.getTitle(), item.getHelpText());
        const type = String(item.getType());
        if (type === "LIST")
          texts.push(
            ...item
              .asListItem()
              .getChoices()
              .map((c) => c.getValue()),
          );
        if (type === "MULTIPLE_CHOICE")
          texts.push(
            ...item
              .asMultipleChoiceItem()
              .getChoices()
              .map((c) => c.getValue()),
          );
        if (type === "CHECKBOX")
          texts.push(
            ...item
              .asCheckboxItem()
              .getChoices()
              .map((c) => c.getValue()),
          );
      }
      const all = texts.join("\n");
      for (const name of names) expect([form.getTitle(), all.includes(name)]).toEqual([form.getTitle(), false]);
    }
    // The lists left hold codes: the preference lists and the pairs.
    const pref = g.FormApp.openById(ids.preference)
      .getItems()
      .find((i) => i.getTitle() === t("preference", "mentorChoice1"))!
      .asListItem()
      .getChoices()
      .map((c) => c.getValue());
    expect(pref).toEqual(["НЯ-0001", "НЯ-0002", "НЯ-0003", "НЯ-0004"]);
  });

  it("an answer through a personal link lands on the right person", () => {
    // A mentor the curator typed in by hand has no code yet: the links command gives one, once.
    const mentors = emu.spreadsheet.getSheetByName(SHEETS.mentors.name)!;
    const header = mentors.getRange(1, 1, 1, mentors.getLastColumn()).getValues()[0];
    const row = Array.from({ length: header.length }, () => "" as unknown);
    row[header.indexOf("ID")] = "НТ-0004";
    row[header.indexOf("ФИО (или код)")] = "Ручная Ольга";
    row[header.indexOf("Категория")] = "педагог";
    row[header.indexOf("Согласие ПДн")] = true;
    mentors.getRange(5, 1, 1, header.length).setValues([row]);
    emu.calls.reset();
    const links = bundle.run("personalLinks", { role: "all", grade: "" }) as Links & { assigned: number };
    expect(links.assigned).toBe(1);
    expect(links.message).toBe("Личных ссылок: 9; выдано новых личных кодов: 1.");
    const given = mentors.getRange(5, header.indexOf("Личный код") + 1).getValue();
    expect(given).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect((bundle.run("personalLinks", { role: "all", grade: "" }) as { assigned: number }).assigned).toBe(0);
    expect(mentors.getRange(5, header.indexOf("Личный код") + 1).getValue()).toBe(given);
    // Everyone with an ID has a code; Иванов 7Б has no consent yet but gets his link (to give it).
    expect(links.people.map((p) => p.id)).toEqual([
      "НЯ-0001",
      "НЯ-0002",
      "НЯ-0003",
      "НЯ-0004",
      "НЯ-0005",
      "НТ-0001",
      "НТ-0002",
      "НТ-0003",
      "НТ-0004",
    ]);
    const vera = links.people.find((p) => p.id === "НЯ-0002")!;
    expect(vera.code).toBe(seed.mentees[1].code);
    const url = personalUrl(links.templates.satisfaction!.template, vera.code);
    const opened = emu.forms.prefilled(url);
    expect(opened).toEqual({ formId: ids.satisfaction, answers: { [t("satisfaction", "code")]: vera.code } });
    emu.forms.submit(opened.formId, { ...opened.answers, ...satisfaction("9") }, { timestamp: NOW });
    const surveys = sheetRows(emu, SHEETS.surveys.name);
    expect(surveys).toEqual([
      expect.objectContaining({
        "ID участника": "НЯ-0002",
        Роль: "наставляемый",
        Анкета: "удовлетворённость",
        Волна: "октябрь 2026",
        "Учебный год": "2026-2027",
        Итог: 9,
      }),
    ]);
    // The class teacher's list: «7А» (Ученикова Вера 2 and Иванов), or the whole of year 7.
    const of = (grade: string) =>
      (bundle.run("personalLinks", { role: "mentee", grade }) as Links).people.map((p) => p.id);
    expect(of("7а")).toEqual(["НЯ-0002", "НЯ-0004"]);
    expect(of("7")).toEqual(["НЯ-0002", "НЯ-0004", "НЯ-0005"]);
  });

  it("an unknown code, or someone else's code under another name, is logged whole and changes nothing", () => {
    const before = mentees();
    const [ivan] = byName("Иванов Иван Иванович");
    emu.forms.submit(
      ids.satisfaction,
      { [t("satisfaction", "code")]: "ZZZZ-2222", ...satisfaction("1") },
      { timestamp: NOW },
    );
    const petrov = {
      ...ivanov("7А", "2013-03-10", GUARDIAN_PAPER, ["история"], String(ivan.code)),
      [t("mentee", "name")]: "Петров Пётр",
    };
    emu.forms.submit(ids.mentee, petrov, { timestamp: NOW });
    expect(mentees()).toEqual(before);
    expect(sheetRows(emu, SHEETS.surveys.name)).toHaveLength(1);
    const log = logRows();
    expect(log.map((r) => r["Причина"])).toEqual([
      "личный код «ZZZZ-2222» не выдан ни одному участнику — проверьте ссылку или спросите код у куратора; ответ не записан",
      expect.stringMatching(/^личный код «.+» выдан другому участнику \(лист «Наставляемые», строка 5\)/),
    ]);
    // Whole: the answer as sent is in «Исходные данные».
    expect(JSON.parse(String(log[1]["Исходные данные"])).answers[t("mentee", "name")]).toEqual(["Петров Пётр"]);
  });

  it("consent changes through the personal link only; each overwrite is in the history and can be put back", () => {
    const [ivan] = byName("Иванов Иван Иванович");
    // The public link, everything agreeing: requests updated, consent left as it was.
    emu.forms.submit(ids.mentee, ivanov("7А", "2013-03-10", GUARDIAN_PAPER, ["информатика"]), { timestamp: NOW });
    expect(byName("Иванов Иван Иванович")[0]).toMatchObject({ requests: "информатика", consent: true });
    // His personal link: the guardian withdraws consent and corrects the birth date.
    emu.forms.submit(ids.mentee, ivanov("7А", "2013-03-11", GUARDIAN_PAPER, ["информатика"], String(ivan.code)), {
      timestamp: NOW,
    });
    expect(byName("Иванов Иван Иванович")[0]).toMatchObject({ consent: false, birthDate: "2013-03-11" });

    const history = bundle.run("listHistory", {}) as {
      entries: Array<{ row: number; column: string; before: string; after: string; source: string; rowKey: string }>;
    };
    const of = (column: string) => history.entries.find((e) => e.column === column && e.rowKey === "ID: НЯ-0004")!;
    expect(of("Запросы (теги)")).toMatchObject({ before: "математика", after: "информатика" });
    expect(of("Запросы (теги)").source).toMatch(
      /^Анкета наставляемого, ответ от 12\.10\.2026 .* \(без личного кода\)$/,
    );
    expect(of("Согласие ПДн")).toMatchObject({ before: "да", after: "нет" });
    expect(of("Согласие ПДн").source).toMatch(/\(по личному коду\)$/);

    // «Вернуть»: the old values go back through the codec: a boolean stays a boolean, a date a date.
    for (const column of ["Согласие ПДн", "Дата рождения"])
      expect(bundle.run("restoreHistory", { row: of(column).row })).toMatchObject({ ok: true });
    const restored = byName("Иванов Иван Иванович")[0];
    expect(restored).toMatchObject({ consent: true, birthDate: "2013-03-10" });
    const sheet = emu.spreadsheet.getSheetByName(SHEETS.mentees.name)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const cell = sheet.getRange(5, header.indexOf("Дата рождения") + 1).getValue();
    expect(cell).toBeInstanceOf(Date);
    expect(bundle.run("restoreHistory", { row: of("Согласие ПДн").row })).toMatchObject({
      ok: false,
      message: "Это значение уже возвращено.",
    });
    // The restore is itself a change that can be undone.
    const after = bundle.run("listHistory", {}) as typeof history;
    expect(after.entries[0]).toMatchObject({
      rowKey: "ID: НЯ-0004",
      source: expect.stringMatching(/^восстановлено куратором/),
    });
  });

  it("a possible duplicate is kept apart, or merged into the older row, and a merge can be undone", () => {
    const list = () =>
      bundle.run("listDuplicates", {}) as {
        pending: number;
        entries: Array<{
          row: number;
          id: string;
          similarId: string;
          changes: Array<{ column: string; before: string; after: string }>;
        }>;
      };
    const first = list();
    expect(first.pending).toBe(1);
    expect(first.entries[0]).toMatchObject({ id: "НЯ-0005", similarId: "НЯ-0004" });
    expect(first.entries[0].changes).toEqual(expect.arrayContaining([{ column: "Класс", before: "7А", after: "7Б" }]));
    expect(bundle.run("resolveDuplicate", { row: first.entries[0].row, decision: "apart" })).toMatchObject({
      ok: true,
    });
    expect(duplicates()[0]).toMatchObject({ Решение: "разные люди" });
    expect(byName("Иванов Иван Иванович")).toHaveLength(2);

    // He moved to 7В: his new answer is a new row with two possible duplicates; the curator merges one.
    emu.forms.submit(ids.mentee, ivanov("7В", "2013-03-10", GUARDIAN_YES, ["шахматы"]), { timestamp: NOW });
    expect(byName("Иванов Иван Иванович")).toHaveLength(3);
    const open = list();
    expect(open.entries.map((e) => [e.id, e.similarId])).toEqual([
      ["НЯ-0006", "НЯ-0005"],
      ["НЯ-0006", "НЯ-0004"],
    ]);
    const intoFirst = open.entries.find((e) => e.similarId === "НЯ-0004")!;
    expect(bundle.run("resolveDuplicate", { row: intoFirst.row, decision: "merged" })).toMatchObject({ ok: true });
    const merged = byName("Иванов Иван Иванович");
    expect(merged.map((r) => [r.id, r.grade])).toEqual([
      ["НЯ-0004", "7В"],
      ["НЯ-0005", "7Б"],
    ]);
    expect(merged[0]).toMatchObject({ requests: "шахматы", birthDate: "2013-03-10" });
    // The other entry named the removed row: resolving it closes it with nothing changed.
    const stale = list().entries[0];
    expect(bundle.run("resolveDuplicate", { row: stale.row, decision: "merged" })).toMatchObject({ ok: false });
    expect(list().pending).toBe(0);

    // Undo: the removed row comes back whole from the history, with its own ID and code.
    const history = bundle.run("listHistory", {}) as {
      entries: Array<{ row: number; column: string; rowKey: string }>;
    };
    const removed = history.entries.find((e) => e.column === "(вся строка)")!;
    expect(removed.rowKey).toBe("ID: НЯ-0006");
    expect(bundle.run("restoreHistory", { row: removed.row })).toMatchObject({ ok: true });
    const back = byName("Иванов Иван Иванович");
    expect(back.map((r) => [r.id, r.grade])).toEqual([
      ["НЯ-0004", "7В"],
      ["НЯ-0005", "7Б"],
      ["НЯ-0006", "7В"],
    ]);
    expect(back[2].code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  });

  it("survey waves follow «Волны опросов»: the same wave replaces an answer, another wave adds a row", () => {
    const settings = emu.spreadsheet.getSheetByName(SHEETS.settings.name)!;
    const labels = settings
      .getRange(2, 1, settings.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    settings.getRange(2 + labels.indexOf("Волны опросов"), 2).setValue("октябрь 2026; май 2027");
    const code = seed.mentees[1].code;
    const answer = (score: string) => ({ [t("satisfaction", "code")]: code, ...satisfaction(score) });
    // 20 November is still the October wave: her October answer (9) is replaced.
    emu.forms.submit(ids.satisfaction, answer("6"), { timestamp: new Date("2026-11-20T10:00:00+03:00") });
    emu.forms.submit(ids.satisfaction, answer("8"), { timestamp: new Date("2027-05-14T10:00:00+03:00") });
    const rows = sheetRows(emu, SHEETS.surveys.name).filter((r) => r["ID участника"] === "НЯ-0002");
    expect(rows.map((r) => [r["Волна"], r["Итог"], day(r["Дата"])])).toEqual([
      ["октябрь 2026", 6, "2026-11-20"],
      ["май 2027", 8, "2027-05-14"],
    ]);
    const replaced = sheetRows(emu, SHEETS.history.name).filter(
      (h) => h["Лист"] === "Опросы" && h["Столбец"] === "Итог",
    );
    expect(replaced.map((h) => [h["Было"], h["Стало"]])).toEqual([[9, 6]]);
  });
});
