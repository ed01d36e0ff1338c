/**
 * «Документы» through the built bundle on the demo school (school year 2026-2027, report date
 * 21.11.2026): every default document is made as a Google Doc in a folder next to the workbook and reads
 * as the curator expects; a template the curator edited is used as edited; a bad template or missing data
 * gets a message naming what to fix and no document; an order's number and date go back into «Пары» and
 * the roadmap, and can be undone.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { loadDemoSchool } from "../../emulator/demo/load";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import type { DocumentsOverviewDto } from "../../src/ui/documents";
import { freshBundle } from "../support/bundle";
import { cmn } from "../support/cli";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = Record<string, unknown> & { rowNumber: number };
const now = () => new Date("2026-11-21T09:00:00+03:00");
const DATE = "2026-11-21";
const quietly = <T>(emu: Emulator, fn: () => T): T => (emu.calls as unknown as { quiet<R>(f: () => R): R }).quiet(fn);

function world() {
  const { emu, bundle } = freshBundle({ now });
  loadDemoSchool(emu, bundle, { seed: 11 });
  return { emu, bundle, ss: emu.spreadsheet as unknown as Spreadsheet };
}

function rowsOf(emu: Emulator, key: SheetKey): Row[] {
  return quietly(emu, () => {
    const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS[key].name)!;
    return readTable(sheet, SHEETS[key], { zone: zoneOf(emu.spreadsheet as unknown as Spreadsheet) }).rows.map((r) => ({
      ...r.cells,
      rowNumber: r.rowNumber,
    }));
  });
}

function patch(emu: Emulator, key: SheetKey, patches: Array<{ rowNumber?: number; cells: Record<string, unknown> }>) {
  quietly(emu, () => {
    const sheet = (emu.spreadsheet as unknown as Spreadsheet).getSheetByName(SHEETS[key].name)!;
    writeTable(readTable(sheet, SHEETS[key], { zone: zoneOf(emu.spreadsheet as unknown as Spreadsheet) }), patches);
  });
}

function setSetting(emu: Emulator, label: string, value: unknown) {
  const row = rowsOf(emu, "settings").find((r) => r.key === label)!;
  patch(emu, "settings", [{ rowNumber: row.rowNumber, cells: { value } }]);
}

const docId = (url: string) => /\/d\/([^/]+)/.exec(url)![1];

function create(bundle: LoadedBundle, emu: Emulator, input: Record<string, unknown>) {
  const result = bundle.run("createDocument", { date: DATE, ...input }) as {
    url: string;
    title: string;
    pages: number;
  };
  return { ...result, text: emu.documents.text(docId(result.url)) };
}

function failure(bundle: LoadedBundle, input: Record<string, unknown>): string {
  try {
    bundle.run("createDocument", { date: DATE, ...input });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the document was made");
}

/** Pairs of 2026-2027 by the counting contract: approved or active, dates overlapping the school year. */
function pairsOfTheYear(emu: Emulator): Row[] {
  // Dates are decoded to IsoDate by the codec: compared as strings.
  const iso = (d: unknown) => String(d ?? "");
  return rowsOf(emu, "pairs").filter(
    (p) =>
      (p.status === "утверждена" || p.status === "активна") &&
      (iso(p.start) === "" || iso(p.start) <= "2027-08-31") &&
      (iso(p.end) === "" || iso(p.end) >= "2026-09-01"),
  );
}

// One demo workbook for the whole file (loading it is the slow part): stories that change it put it back.
let emu: Emulator;
let bundle: LoadedBundle;
beforeAll(() => ({ emu, bundle } = world()));

describe("documents from the demo school", () => {
  it("lists the documents the programme needs, each ready to make", () => {
    const overview = bundle.run("documentsOverview", {}) as DocumentsOverviewDto;
    expect(overview.date).toBe(DATE);
    expect(overview.documents.map((d) => d.title)).toEqual(rowsOf(emu, "documents").map((r) => r.title));
    expect(overview.documents.length).toBe(8);
    for (const d of overview.documents)
      expect({ kind: d.kind, problems: d.problems }).toEqual({ kind: d.kind, problems: [] });
    expect(overview.documents.every((d) => d.current === null && d.url === null)).toBe(true);
  });

  it("makes the pairs order with every approved pair of the year, grouped by form, and no proposal", () => {
    const expected = pairsOfTheYear(emu);
    const proposal = rowsOf(emu, "pairs").find((p) => p.status === "завершена")!;
    patch(emu, "pairs", [{ rowNumber: proposal.rowNumber, cells: { status: "предложена" } }]);
    const made = create(bundle, emu, { kind: "pairs-order" });
    const school = rowsOf(emu, "settings").find((r) => r.key === "Организация")!.value as string;
    const curator = rowsOf(emu, "settings").find((r) => r.key === "Куратор")!.value as string;
    expect(made.text.split("\n")[0]).toBe(school);
    expect(made.text).toContain("ПРИКАЗ");
    expect(made.text).toContain("№ ______ от 21 ноября 2026 г.");
    expect(made.text).toContain(curator);
    const forms = new Set(expected.map((p) => p.form));
    expect(made.text).toContain(
      `Количество пар (групп) — ${expected.length}, наставников — ${new Set(expected.map((p) => p.mentorId)).size}, ` +
        `наставляемых — ${new Set(expected.map((p) => p.menteeId)).size}, форм наставничества — ${forms.size}.`,
    );
    const tableRows = made.text.split("\n").filter((l) => /^\d+ \| /.test(l));
    expect(tableRows.length).toBe(expected.length);
    for (const p of expected) expect(tableRows.some((l) => l.includes(String(p.menteeName)))).toBe(true);
    expect(made.text).not.toContain(String(proposal.menteeName));
    for (const form of forms) expect(made.text).toContain(`Форма наставничества «${form}», пар (групп): `);
    patch(emu, "pairs", [{ rowNumber: proposal.rowNumber, cells: { status: proposal.status } }]);
    expect(emu.documents.list().find((d) => d.id === docId(made.url))!.folder).toMatch(/^Документы ЦМН — /);
  });

  it("makes every other default document with the school, the curator and the date written out", () => {
    const curator = String(rowsOf(emu, "settings").find((r) => r.key === "Куратор")!.value);
    const mentors = rowsOf(emu, "mentors").slice(0, 3);
    const dated = [
      "implementation-order",
      "curator-order",
      "regulation",
      "partner-agreement",
      "reward-order",
      "analytical-report",
    ];
    for (const kind of dated) {
      const made = create(bundle, emu, { kind, selection: mentors.map((m) => String(m.id)) });
      expect(made.text).toContain("МБОУ «СОШ № 3» г. Новоозёрска");
      expect(made.text).toContain("21 ноября 2026 г.");
      expect(made.text).not.toMatch(/\{\{|\}\}|\d{4}-\d\d-\d\d/);
      if (kind !== "partner-agreement") expect(made.text).toContain(curator);
      if (kind === "reward-order") for (const m of mentors) expect(made.text).toContain(String(m.name));
    }
  });

  it("prints one consent page per minor mentee whose guardian's consent is not ticked", () => {
    const minors = rowsOf(emu, "mentees").filter(
      (m) => m.category === "обучающийся" && Number(m.age) < 18 && m.consent !== true && m.status !== "выбыл",
    );
    expect(minors.length).toBeGreaterThan(0);
    const made = create(bundle, emu, { kind: "guardian-consent" });
    expect(made.pages).toBe(minors.length);
    expect(made.text.split("———— разрыв страницы ————").length).toBe(minors.length);
    for (const m of minors) expect(made.text).toContain(`несовершеннолетнего обучающегося ${m.name}, класс ${m.grade}`);
  });

  it("writes the analytical report's figures as the monitoring report counts them", () => {
    const made = create(bundle, emu, { kind: "analytical-report" });
    const kpi = rowsOf(emu, "indicators");
    expect(made.text).toContain("данные на 21 ноября 2026 г.");
    for (const k of kpi) expect(made.text).toContain(String(k.name));
    expect(made.text).toMatch(/Доля удовлетворённых наставников — (\d+,\d %|нет ответов)/);
    expect(made.text).toMatch(/\n8\. Выводы\n№ \| Вывод\n1 \| /);
  });

  it("records what it made in «Документы» and tells when the data changed since", () => {
    const order = rowsOf(emu, "documents").find((r) => r.title === "Приказ об утверждении наставнических пар (групп)")!;
    expect(order.current).toBe("да");
    expect(String(order.link)).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(order.created).toBe(DATE);
    const before = bundle.run("documentsOverview", {}) as DocumentsOverviewDto;
    expect(before.documents.find((d) => d.kind === "pairs-order")!.current).toBe(true);
    const pair = pairsOfTheYear(emu)[0];
    patch(emu, "pairs", [{ rowNumber: pair.rowNumber, cells: { status: "расторгнута" } }]);
    const after = bundle.run("documentsOverview", {}) as DocumentsOverviewDto;
    expect(after.documents.find((d) => d.kind === "pairs-order")!.current).toBe(false);
    expect(after.documents.find((d) => d.kind === "curator-order")!.current).toBe(true);
    expect(rowsOf(emu, "documents").find((r) => r.rowNumber === order.rowNumber)!.current).toBe(
      "нет — данные изменились",
    );
    patch(emu, "pairs", [{ rowNumber: pair.rowNumber, cells: { status: pair.status } }]);
  });
});

/**
 * The workbook as CSV files named after its sheets, values as the sheets hold them: dates «дд.мм.гггг» (in
 * the workbook's zone), yes/no «да/нет», numbers unrounded, «;»-separated.
 */
function exportSheets(emu: Emulator, dir: string): void {
  const day = new Intl.DateTimeFormat("ru-RU", {
    timeZone: "Europe/Moscow",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });
  const cell = (v: unknown) =>
    v instanceof Date ? day.format(v) : v === true ? "да" : v === false ? "нет" : String(v ?? "");
  const quote = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  quietly(emu, () => {
    for (const sheet of (emu.spreadsheet as unknown as Spreadsheet).getSheets()) {
      const lines = sheet
        .getDataRange()
        .getValues()
        .map((row) => row.map((v) => quote(cell(v))).join(";"));
      writeFileSync(join(dir, `${sheet.getName()}.csv`), lines.join("\n"), "utf8");
    }
  });
}

/**
 * Words of a document, whatever separates them: tabs, paragraphs, table cells (« | » in the emulator's
 * text, with « / » between the lines of one cell), the page-break mark.
 */
const words = (text: string) =>
  text
    .replace(/———— разрыв страницы ————/g, " ")
    .split(/[\s|]+/)
    .filter((w) => w !== "" && w !== "/");

describe("the same documents through the command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cmn-documents-"));
    exportSheets(emu, dir);
  });

  it("writes every default document as .docx with the text of the Google Doc", async () => {
    const mentors = rowsOf(emu, "mentors")
      .slice(0, 4)
      .map((m) => String(m.id));
    for (const kind of [
      "implementation-order",
      "curator-order",
      "pairs-order",
      "regulation",
      "partner-agreement",
      "guardian-consent",
      "reward-order",
      "analytical-report",
    ]) {
      const out = join(dir, `${kind}.docx`);
      const run = await cmn(
        "document",
        kind,
        "--dir",
        dir,
        "--date",
        DATE,
        "--out",
        out,
        "--mentors",
        mentors.join(","),
      );
      expect({ kind, code: run.code, stderr: run.stderr }).toEqual({ kind, code: 0, stderr: "" });
      const printed = JSON.parse(run.stdout) as { title: string; pages: number; bytes: number };
      const docx = (await mammoth.extractRawText({ path: out })).value;
      const made = create(bundle, emu, { kind, selection: mentors });
      expect(printed.title).toBe(made.title);
      expect(printed.pages).toBe(made.pages);
      expect({ kind, words: words(docx) }).toEqual({ kind, words: words(made.text) });
    }
  });

  it("says which setting to fill, and writes no file", async () => {
    const out = join(dir, "missing.docx");
    const settings = join(dir, "Настройки.csv");
    exportSheets(emu, dir);
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/\nКуратор;[^;\n]*/, "\nКуратор;"), "utf8");
    const run = await cmn("document", "curator-order", "--dir", dir, "--date", DATE, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("не заполнено «Куратор» на листе «Настройки»");
    expect(existsSync(out)).toBe(false);
  });
});

describe("templates, checks and the link back", () => {
  let g: { DocumentApp: GoogleAppsScript.Document.DocumentApp };
  beforeAll(() => {
    g = emu.globals as unknown as typeof g;
  });

  /** The curator's own copy of a default template, as the add-on gives it («Шаблон» filled in). */
  function templateCopy(kind: string): GoogleAppsScript.Document.Document {
    const { url } = bundle.run("createTemplateCopy", { kind }) as { url: string };
    const entry = rowsOf(emu, "documents").find((r) => String(r.template) === url);
    expect(entry).toBeDefined();
    return quietly(emu, () => g.DocumentApp.openByUrl(url));
  }

  function paragraphWith(doc: GoogleAppsScript.Document.Document, text: string): GoogleAppsScript.Document.Paragraph {
    return quietly(emu, () =>
      doc
        .getBody()
        .getParagraphs()
        .find((p) => p.getText().includes(text))!,
    );
  }

  it("uses a template the curator edited: a paragraph reworded, a placeholder moved, a column swapped", () => {
    const doc = templateCopy("pairs-order");
    quietly(emu, () => {
      paragraphWith(doc, "1. Утвердить наставнические пары").setText(
        "1. Закрепить наставнические пары (группы) на {{учебный_год}} учебный год, всего {{число_пар}}; " +
          "ответственный — {{куратор}}.",
      );
      paragraphWith(doc, "3. Куратору целевой модели").setText("3. Куратору обеспечить сопровождение пар.");
      const table = doc.getBody().getTables()[0];
      const item = table.getRow(2);
      item.getCell(1).setText("{{наставляемый}}");
      item.getCell(2).setText("{{наставник}}");
      table.getRow(0).getCell(1).setText("Наставляемый");
      table.getRow(0).getCell(2).setText("Наставник");
      doc.getBody().appendListItem("Рассылка: {{ Куратор }}, {{организация}}");
    });
    const expected = pairsOfTheYear(emu);
    const made = create(bundle, emu, { kind: "pairs-order" });
    const curator = String(rowsOf(emu, "settings").find((r) => r.key === "Куратор")!.value);
    expect(made.text).toContain(
      `1. Закрепить наставнические пары (группы) на 2026-2027 учебный год, всего ${expected.length}; ответственный — ${curator}.`,
    );
    expect(made.text).toContain("3. Куратору обеспечить сопровождение пар.");
    expect(made.text).toContain(`Рассылка: ${curator}, МБОУ «СОШ № 3» г. Новоозёрска`);
    expect(made.text).not.toContain("1. Утвердить наставнические пары");
    expect(made.text).toContain("№ | Наставляемый | Наставник | Ролевая модель");
    const first = made.text.split("\n").find((l) => l.startsWith("1 | "))!;
    const pair = expected.find((p) => first.startsWith(`1 | ${p.menteeName}`));
    expect(pair).toBeDefined();
    expect(made.text.split("\n").filter((l) => /^\d+ \| /.test(l)).length).toBe(expected.length);
  });

  it("fills a template Drive cannot copy (the curator's own Doc) by copying its content into a new Doc", () => {
    const id = emu.documents.create("Мой шаблон", [
      [
        ["№", "Наставник"],
        ["{{#наставники}}{{№}}", "{{наставник}}"],
      ],
    ]);
    quietly(emu, () => {
      const body = g.DocumentApp.openById(id).getBody();
      body.getChild(0).asParagraph().setText("Приказ {{организация}} о поощрении от {{дата_приказа}}");
    });
    emu.drive.unreachable(id);
    const entry = rowsOf(emu, "documents").find((r) => r.title === "Приказ о поощрении наставников")!;
    patch(emu, "documents", [{ rowNumber: entry.rowNumber, cells: { template: id } }]);
    const mentor = rowsOf(emu, "mentors")[0];
    const made = create(bundle, emu, { kind: "reward-order", selection: [String(mentor.id)] });
    expect(made.text.split("\n").slice(0, 3)).toEqual([
      "Приказ МБОУ «СОШ № 3» г. Новоозёрска о поощрении от 21 ноября 2026 г.",
      "№ | Наставник",
      expect.stringMatching(new RegExp(`^1 \\| ${String(mentor.name)}`)),
    ]);
    expect(emu.documents.list().find((d) => d.id === docId(made.url))!.folder).toMatch(/^Документы ЦМН — /);
    patch(emu, "documents", [{ rowNumber: entry.rowNumber, cells: { template: "" } }]);
  });

  it("refuses a template with an unknown placeholder or a row marker outside a table, making no document", () => {
    const doc = templateCopy("curator-order");
    quietly(emu, () => paragraphWith(doc, "2.6.").setText("2.6. {{ответственный_за_сайт}} ведёт страницу на сайте;"));
    const count = emu.documents.list().length;
    expect(failure(bundle, { kind: "curator-order" })).toMatch(/неизвестное поле \{\{ответственный_за_сайт\}\}/);
    quietly(emu, () => paragraphWith(doc, "2.6.").setText("{{#пары}} 2.6. решение вопросов;"));
    expect(failure(bundle, { kind: "curator-order" })).toMatch(/метка \{\{#пары\}\} стоит вне таблицы/);
    expect(emu.documents.list().length).toBe(count);
  });

  it("names the setting or sheet to fill instead of making a document with blanks", () => {
    const curator = rowsOf(emu, "settings").find((r) => r.key === "Куратор")!.value;
    setSetting(emu, "Куратор", "");
    setSetting(emu, "Региональный акт о наставничестве", "");
    const count = emu.documents.list().length;
    const message = failure(bundle, { kind: "implementation-order" });
    expect(message).toContain("не заполнено «Куратор» на листе «Настройки»");
    expect(message).toContain("не заполнено «Региональный акт о наставничестве» на листе «Настройки»");
    setSetting(emu, "Куратор", curator);
    setSetting(emu, "Региональный акт о наставничестве", "приказом министерства образования области от 01.02.2021 № 1");
    const pairs = rowsOf(emu, "pairs");
    patch(
      emu,
      "pairs",
      pairs.map((p) => ({ rowNumber: p.rowNumber, cells: { status: "предложена" } })),
    );
    expect(failure(bundle, { kind: "pairs-order" })).toContain(
      "на листе «Пары» нет утверждённых пар (групп) 2026-2027 учебного года",
    );
    patch(
      emu,
      "pairs",
      pairs.map((p) => ({ rowNumber: p.rowNumber, cells: { status: p.status } })),
    );
    expect(failure(bundle, { kind: "reward-order", selection: [] })).toContain("не выбраны наставники");
    expect(emu.documents.list().length).toBe(count);
  });

  it("asks before putting names into an order in pseudonymous mode", () => {
    setSetting(emu, "Режим псевдонимов", "да");
    expect(failure(bundle, { kind: "pairs-order" })).toContain("включён режим псевдонимов");
    const made = create(bundle, emu, { kind: "pairs-order", allowNames: true });
    expect(made.text).toContain(String(pairsOfTheYear(emu)[0].menteeName));
    setSetting(emu, "Режим псевдонимов", "нет");
  });

  it("carries the order's number and date into «Пары» and the roadmap, and undoes it", () => {
    // Back to the default template for this order.
    const entry = rowsOf(emu, "documents").find((r) => r.title === "Приказ об утверждении наставнических пар (групп)")!;
    patch(emu, "documents", [{ rowNumber: entry.rowNumber, cells: { template: "" } }]);
    create(bundle, emu, { kind: "pairs-order" });
    const before = rowsOf(emu, "pairs");
    patch(emu, "documents", [{ rowNumber: entry.rowNumber, cells: { order: "№ 152-од от 25.11.2026" } }]);
    const overview = bundle.run("documentsOverview", {}) as DocumentsOverviewDto;
    const link = overview.documents.find((d) => d.kind === "pairs-order")!.link!;
    expect(link.label).toBe("Приказ № 152-од от 25.11.2026");
    const expected = pairsOfTheYear(emu);
    expect(link.changes[0]).toBe(
      `Заполнить «Приказ» = «Приказ № 152-од от 25.11.2026» у пар (${expected.length}) на листе «Пары»`,
    );
    expect(rowsOf(emu, "pairs")).toEqual(before);

    // Item 5.3 «…приказ о закреплении» is done already; 5.4 «Дополнения к приказу» is the open one.
    const roadmapItem = rowsOf(emu, "roadmap").find((r) => r.result === "Дополнения к приказу")!;
    expect(roadmapItem.doneDate).toBe("");
    bundle.run("linkOrder", { kind: "pairs-order" });
    const after = rowsOf(emu, "pairs");
    const ids = new Set(expected.map((p) => p.pairId));
    for (const p of after) {
      const was = before.find((b) => b.pairId === p.pairId)!;
      expect(p.order).toBe(ids.has(p.pairId) ? "Приказ № 152-од от 25.11.2026" : was.order);
    }
    const done = rowsOf(emu, "roadmap").find((r) => r.rowNumber === roadmapItem.rowNumber)!.doneDate;
    expect(
      quietly(emu, () =>
        emu.spreadsheet.getSheetByName("Дорожная карта")!.getRange(roadmapItem.rowNumber, 10).getDisplayValue(),
      ),
    ).toBe("25.11.2026");
    expect(done).toBe("2026-11-25");
    expect(
      (bundle.run("documentsOverview", {}) as DocumentsOverviewDto).documents.find((d) => d.kind === "pairs-order")!
        .link,
    ).toBeNull();

    bundle.run("undoOrderLink", {});
    expect(rowsOf(emu, "pairs").map((p) => p.order)).toEqual(before.map((p) => p.order));
    expect(rowsOf(emu, "roadmap").find((r) => r.rowNumber === roadmapItem.rowNumber)!.doneDate).toBe("");
  });

  it("makes an order from the default template with the same calls however many pairs there are", () => {
    const small = freshBundle({ now });
    loadDemoSchool(small.emu, small.bundle, { seed: 5, size: "small" });
    const counts = [
      { emu, bundle },
      { emu: small.emu, bundle: small.bundle },
    ].map(({ emu: e, bundle: b }) => {
      b.run("createDocument", { kind: "pairs-order", date: DATE }); // the folder is made once, on first use
      e.calls.reset();
      b.run("createDocument", { kind: "pairs-order", date: DATE });
      expect(e.calls.byMethod["Range.getValues"]).toBeLessThanOrEqual(7);
      expect(e.calls.byMethod["Range.setValues"]).toBe(1);
      expect(e.calls.byMethod["Body.appendTable"]).toBe(1);
      return { total: e.calls.total, pairs: pairsOfTheYear(e).length };
    });
    expect(counts[0].pairs).toBeGreaterThan(counts[1].pairs);
    expect(counts[0].total).toBe(counts[1].total);
  });
});
