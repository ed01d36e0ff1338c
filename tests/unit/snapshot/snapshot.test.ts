/** The snapshot format: building from figures, reading back with reasons, cells of text, flat rows. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ADDON_VERSION,
  BIGQUERY_SCHEMA,
  buildSnapshot,
  joinChunks,
  readSnapshotText,
  snapshotJson,
  snapshotRows,
  splitChunks,
  toNdjson,
  SnapshotSchema,
  type SchoolFigures,
} from "../../../src/domain/snapshot/index";
import { shareArguments } from "../../../src/domain/indicators/shareArguments";
import { mulberry32, randInt } from "../../../fixtures/random";

const figures = (over: Partial<SchoolFigures> = {}): SchoolFigures => ({
  school: { name: "  МБОУ «СОШ № 7»  ", municipality: "Сеченовский район" },
  reportDate: "2026-11-21",
  academicYear: "2026-2027",
  targetYear: 2026,
  indicators: [
    { code: "mentees_10_18", name: "Доля детей 10–18 лет…", numerator: 62, denominator: 220, target: 0.3 },
    { code: "young_teachers", name: "Молодые специалисты", numerator: 4, denominator: 3, target: 90 },
    { code: "custom", name: "Свой показатель", numerator: null, denominator: null, target: null },
    { code: "", name: "Без кода", numerator: 1, denominator: 2, target: null },
  ],
  byForm: [{ form: "ученик – ученик", mentors: 12, mentees: 40, activePairs: 30, pairs: 35 }],
  pairsByStatus: [{ status: "активна", count: 30 }],
  roadmapByStatus: [
    { status: "выполнено", count: 10 },
    { status: "просрочено", count: 1 },
  ],
  overdue: [{ number: "2.1", title: "Анкетирование наставляемых", end: "2026-10-15" }],
  satisfaction: [
    { role: "mentor", participants: 12, answered: 9, satisfied: 8 },
    { role: "mentee", participants: 0, answered: 0, satisfied: 0 },
  ],
  ...over,
});

describe("buildSnapshot", () => {
  const s = buildSnapshot(figures(), { takenAt: "2026-11-22" });

  it("copies the aggregates into the documented format, which its own schema accepts", () => {
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
    expect(s).toMatchObject({
      format: "cmn-snapshot",
      version: 1,
      addonVersion: ADDON_VERSION,
      school: { name: "МБОУ «СОШ № 7»", municipality: "Сеченовский район" },
      reportDate: "2026-11-21",
      takenAt: "2026-11-22",
      participants: [{ form: "ученик – ученик", mentors: 12, mentees: 40 }],
      pairs: { byForm: [{ form: "ученик – ученик", total: 35, active: 30 }] },
      roadmap: { overdue: [{ number: "2.1", title: "Анкетирование наставляемых", end: "2026-10-15" }] },
    });
  });

  it("drops counts that cannot be right rather than passing a share over 100 %", () => {
    expect(s.indicators.find((i) => i.code === "young_teachers")).toMatchObject({ numerator: null, denominator: null });
    expect(s.indicators.find((i) => i.code === "mentees_10_18")).toMatchObject({ numerator: 62, denominator: 220 });
  });

  it("reads a target typed in percent points as CMN_STATUS does, and leaves out rows without a code", () => {
    expect(s.indicators.find((i) => i.code === "young_teachers")!.target).toBe(0.9);
    expect(s.indicators.map((i) => i.code)).toEqual(["mentees_10_18", "young_teachers", "custom"]);
  });

  it("gives the response rate beside satisfaction, null with no participants", () => {
    expect(s.satisfaction).toEqual([
      { role: "mentor", satisfied: 8, answered: 9, participants: 12, responseRate: 0.75 },
      { role: "mentee", satisfied: 0, answered: 0, participants: 0, responseRate: null },
    ]);
  });

  it("records the add-on's version as package.json states it", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as { version: string };
    expect(ADDON_VERSION).toBe(pkg.version);
  });
});

describe("reading a snapshot back", () => {
  const s = buildSnapshot(figures(), { takenAt: "2026-11-22" });

  it("round-trips through JSON, compact or indented, with a byte-order mark", () => {
    for (const text of [snapshotJson(s), snapshotJson(s, true), `\uFEFF${snapshotJson(s)}`]) {
      const read = readSnapshotText(text);
      expect(read).toEqual({ ok: true, snapshot: s });
    }
  });

  it.each([
    ["not JSON", "{ это не json", "malformed", /не JSON/],
    ["empty", "  ", "malformed", /пуст/],
    ["someone else's JSON", '{"school": "СОШ № 1", "pupils": 500}', "foreign", /не снимок/],
    ["an array", "[1, 2]", "foreign", /не снимок/],
  ])("refuses %s with the reason", (_what, text, kind, reason) => {
    const read = readSnapshotText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.kind).toBe(kind);
      expect(read.reason).toMatch(reason);
    }
  });

  it("tells an older format version from a newer one", () => {
    const older = readSnapshotText(JSON.stringify({ ...s, version: 0 }));
    const newer = readSnapshotText(JSON.stringify({ ...s, version: 2 }));
    expect(older).toMatchObject({ ok: false, kind: "version", version: 0 });
    expect(!older.ok && older.reason).toMatch(/старой версии.*отправьте снимок заново/);
    expect(newer).toMatchObject({ ok: false, kind: "version", version: 2 });
    expect(!newer.ok && newer.reason).toMatch(/новой версии.*обновите дополнение у муниципалитета/);
  });

  it("names the field of a damaged snapshot", () => {
    const damaged = JSON.parse(snapshotJson(s)) as { indicators: Array<{ numerator: unknown }> };
    damaged.indicators[0].numerator = "шестьдесят";
    const read = readSnapshotText(JSON.stringify(damaged));
    expect(read).toMatchObject({ ok: false, kind: "invalid" });
    expect(!read.ok && read.reason).toMatch(/indicators\.0\.numerator/);
  });

  it("refuses a snapshot that carries a field the format does not have (a name could hide there)", () => {
    const read = readSnapshotText(JSON.stringify({ ...s, mentors: [{ name: "Иванова Анна" }] }));
    expect(read).toMatchObject({ ok: false, kind: "invalid" });
  });
});

describe("JSON in cells", () => {
  it("cuts text into chunks no longer than the cell limit, each starting with a quote or a bracket", () => {
    // Titles up to the format's 1,000 characters, cells from 2,000 (the add-on uses 40,000).
    const rand = mulberry32(15);
    for (let round = 0; round < 30; round++) {
      const overdue = Array.from({ length: randInt(rand, 0, 400) }, (_, i) => ({
        number: `${i}.${randInt(rand, 1, 9)}`,
        title: `Мероприятие ${"-=+,5".repeat(randInt(rand, 0, 190))} ${i}`,
        end: null,
      }));
      const text = snapshotJson(buildSnapshot(figures({ overdue }), { takenAt: "2026-11-22" }), round % 2 === 0);
      const size = randInt(rand, 2000, 6000);
      const chunks = splitChunks(text, size);
      expect(joinChunks(chunks)).toBe(text);
      for (const c of chunks) {
        expect(c.length).toBeLessThanOrEqual(size);
        expect(c[0]).toMatch(/["{}[\]]/);
      }
    }
  });

  it("falls back to a letter when a string is longer than a cell", () => {
    const text = `{"t":"${"абв ".repeat(100)}"}`;
    const chunks = splitChunks(text, 100);
    expect(joinChunks(chunks)).toBe(text);
    expect(chunks.length).toBeGreaterThan(4);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(100);
      expect(c[0]).toMatch(/[{"\p{L}]/u);
    }
  });
});

describe("snapshot rows for BigQuery", () => {
  const s = buildSnapshot(figures(), { takenAt: "2026-11-22" });
  const rows = snapshotRows(s);

  it("holds every figure once, in the columns of the table schema and of their types", () => {
    const names = BIGQUERY_SCHEMA.map((f) => f.name).sort();
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(names);
      for (const field of BIGQUERY_SCHEMA) {
        const v = row[field.name];
        if (v === null) {
          expect(field.mode).toBe("NULLABLE");
          continue;
        }
        if (field.type === "STRING") expect(typeof v).toBe("string");
        if (field.type === "INTEGER") expect(Number.isInteger(v)).toBe(true);
        if (field.type === "FLOAT") expect(typeof v).toBe("number");
        if (field.type === "DATE") expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    expect(count("indicator")).toBe(s.indicators.length);
    expect(count("participants")).toBe(2 * s.participants.length);
    expect(count("roadmap_overdue")).toBe(1);
    const mentees = rows.find((r) => r.kind === "indicator" && r.code === "mentees_10_18")!;
    expect([mentees.numerator, mentees.denominator, mentees.target]).toEqual([62, 220, 0.3]);
  });

  it("is newline-delimited JSON: one object a line, nothing else", () => {
    const text = toNdjson(rows);
    const lines = text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
  });

  it("is the schema docs/snapshot.md prints for `bq load --schema`", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/snapshot.md"), "utf8");
    const block = /```json bigquery-schema\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual(BIGQUERY_SCHEMA);
  });
});

describe("shareArguments: the part and total a «Факт» formula divides", () => {
  it.each([
    [
      '=CMN_SHARE(COUNTIFS(A:A,"x,y",B:B,">=10"),CMN_Contingent_pupils)',
      'COUNTIFS(A:A,"x,y",B:B,">=10")',
      "CMN_Contingent_pupils",
    ],
    ["=cmn_share( 12 ; 40 ; 1 )", "12", "40"],
    ['=CMN_SHARE(SUM({1,2}),IF(A1>0,A1,""")"))', "SUM({1,2})", 'IF(A1>0,A1,""")")'],
  ])("%s", (formula, part, total) => {
    expect(shareArguments(formula)).toEqual({ part, total });
  });

  it.each(["=0.35", "0.35", "=CMN_SHARE(1)", "=CMN_SHARE(1,2)*100", "=SUM(CMN_SHARE(1,2))", "=CMN_SHARE(1,2"])(
    "refuses %s",
    (formula) => expect(shareArguments(formula)).toBeNull(),
  );
});
