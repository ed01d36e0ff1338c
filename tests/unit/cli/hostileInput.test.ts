/**
 * `cmn` on hostile and careless files: every one ends with a Russian message on stderr and a non-zero exit,
 * or with the right data; never a hang, a crash, a stack trace or garbage with exit code 0. Each case
 * reproduces a finding of the CLI review (a .docx bomb, a pipe or a device read forever, a directory's bare
 * EISDIR, a Windows-1251 CSV read as garbage, an unclosed quote folding 51 rows into one, EPIPE under `head`).
 * Memory and time on the same inputs are figures of `npm run bench` (section «cli»), not assertions here.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { DOCX_LIMITS, readDocx } from "../../../src/cli/docx";
import { cmn } from "../../support/cli";
import {
  deflatedPart,
  docxBomb,
  docxFrame,
  docxLyingSizes,
  docxTable,
  docxWithBody,
  encode1251,
  encodeUtf16,
  zipArchive,
} from "../../../fixtures/hostileFiles";
import { readSample } from "../../../fixtures/samples";

const dir = mkdtempSync(join(tmpdir(), "cmn-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const MENTORS = [
  "ID;ФИО (или код);Категория;Класс;Компетенции (теги);Формы;Согласие ПДн;Статус",
  "Н-1;Соколова Анна;обучающийся;9;математика;ученик – ученик;да;активен",
].join("\r\n");
const MENTEES = [
  "ID;ФИО;Категория;Класс;Запросы;Желаемая форма;Согласие ПДн;Статус",
  "У-1;Петров Илья;обучающийся;7Б;математика;ученик – ученик;да;кандидат",
  "У-2;Кузнецова Дарья;обучающийся;6;адаптация;ученик – ученик;да;кандидат",
].join("\r\n");
const mentorsCsv = file("mentors.csv", MENTORS);

/** Every command that reads a file, with that file in its place. */
const READERS: Array<[string, (path: string) => string[]]> = [
  ["import-roadmap", (p) => ["import-roadmap", p]],
  ["import-indicators", (p) => ["import-indicators", p]],
  ["import-contingent", (p) => ["import-contingent", p]],
  ["match --mentees", (p) => ["match", "--mentors", mentorsCsv, "--mentees", p]],
  ["match --settings", (p) => ["match", "--mentors", mentorsCsv, "--mentees", mentorsCsv, "--settings", p]],
];

async function refused(args: string[], message: RegExp | string): Promise<string> {
  const r = await cmn(...args);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: "" });
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/Внутренняя ошибка|\n\s+at /);
  return r.stderr;
}

describe("cmn refuses what is not a regular file, before reading it", () => {
  const fifo = join(dir, "pipe.csv");
  execFileSync("mkfifo", [fifo]);
  const folder = join(dir, "folder.csv");
  execFileSync("mkdir", [folder]);

  it.each(READERS)("%s: a directory is named as one, not a bare EISDIR", async (_name, args) => {
    await refused(args(folder), `${folder} — это папка, а не файл`);
  });

  it.each(READERS)("%s: a named pipe is refused at once instead of waiting for ever", async (_name, args) => {
    await refused(args(fifo), `${fifo} — не обычный файл, а именованный канал (FIFO)`);
  });

  it.each(READERS)("%s: /dev/urandom is refused instead of read for ever", async (_name, args) => {
    await refused(args("/dev/urandom"), "/dev/urandom — не обычный файл, а устройство");
  });

  it.each(READERS)("%s: a 50 MB file is refused from its size, before it is read", async (_name, args) => {
    const big = file(`big-${_name.replace(/\W+/g, "-")}.csv`, "");
    truncateSync(big, 50 * 1024 * 1024); // sparse: no 50 MB written
    await refused(args(big), /слишком большой: 50 МБ, а допустимо не больше 10 МБ/);
  });

  it("import-roadmap checks the extension before opening the file", async () => {
    const pdf = file("plan.pdf", "");
    truncateSync(pdf, 50 * 1024 * 1024);
    await refused(["import-roadmap", pdf], /Формат файла .*plan\.pdf не поддерживается/);
  });
});

describe("cmn import-roadmap caps what a .docx may unpack, from the zip directory first", () => {
  it("reads an honest small .docx", async () => {
    const body =
      "<w:p><w:r><w:t>План на 2023 год</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Мероприятие</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Срок</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Педсовет</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Март 2023</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    const r = await cmn("import-roadmap", file("honest.docx", docxWithBody(body)));
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).items).toEqual([
      expect.objectContaining({ number: "1", title: "Педсовет", deadlineText: "Март 2023" }),
    ]);
  });

  it("refuses a 250 MB zip bomb of 1 MB (the review's 4 GB crash) from its directory", async () => {
    const bomb = docxBomb(250);
    expect(bomb.length).toBeLessThan(1_100_000);
    await refused(
      ["import-roadmap", file("bomb.docx", bomb)],
      /после распаковки занимает 250 МБ, а допустимо не больше 48 МБ/,
    );
  });

  it("refuses a part that unpacks hundreds of times its size even under the total limit", async () => {
    await refused(
      ["import-roadmap", file("bomb16.docx", docxBomb(16))],
      /«word\/document\.xml» распаковывается в 2\d\d раз/,
    );
  });

  it("refuses a directory that understates a part's size, without unpacking past it", async () => {
    await refused(
      ["import-roadmap", file("liar.docx", docxLyingSizes(250))],
      "размер части «word/document.xml» не совпадает с заявленным",
    );
  });

  it("refuses an archive of thousands of parts", async () => {
    const parts = [
      ...docxFrame(),
      ...Array.from({ length: 1500 }, (_, i) => deflatedPart(`word/media/p${i}.xml`, "x")),
    ];
    await refused(["import-roadmap", file("parts.docx", zipArchive(parts))], /в архиве документа 1502 частей/);
  });

  it("stops mammoth at its memory limit with a Russian message (a tiny limit here)", async () => {
    const path = file("dense.docx", docxTable(300));
    await expect(readDocx(path, { ...DOCX_LIMITS, heapMb: 4 })).rejects.toThrow(
      /слишком сложный: на его чтение не хватило 4 МБ памяти/,
    );
    await expect(readDocx(path)).resolves.toContain("<td><p>299</p></td><td><p>Мероприятие ");
  });
});

describe("cmn reads the encodings Excel and Notepad write", () => {
  const mentees = (bytes: Buffer) =>
    cmn("match", "--mentors", mentorsCsv, "--mentees", file("mentees.csv", bytes)).then((r) => {
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as { pairs: Array<{ menteeId: string }>; unmatched: Array<{ menteeId: string }> };
    });
  const ids = (out: { pairs: Array<{ menteeId: string }>; unmatched: Array<{ menteeId: string }> }) =>
    [...out.pairs, ...out.unmatched].map((p) => p.menteeId).sort();

  it.each([
    ["Windows-1251 (Excel «CSV» on a Russian Windows)", encode1251(MENTEES)],
    ["UTF-8 with a BOM", Buffer.from("\uFEFF" + MENTEES, "utf8")],
    ["UTF-16LE with a BOM (Excel «Юникод»)", encodeUtf16(MENTEES, "le", true)],
    ["UTF-16LE without a BOM", encodeUtf16(MENTEES, "le", false)],
    ["UTF-16BE with a BOM", encodeUtf16(MENTEES, "be", true)],
    ["UTF-16BE without a BOM", encodeUtf16(MENTEES, "be", false)],
  ])("match reads mentees in %s", async (_what, bytes) => {
    expect(ids(await mentees(bytes))).toEqual(["У-1", "У-2"]);
  });

  it("import-indicators reads the sample saved in Windows-1251 as it reads the UTF-8 one", async () => {
    const utf8 = await cmn("import-indicators", file("ind-utf8.txt", readSample("indicators-sosh7.txt")));
    const ansi = await cmn("import-indicators", file("ind-1251.txt", encode1251(readSample("indicators-sosh7.txt"))));
    expect(ansi).toEqual(utf8);
    expect(utf8.code).toBe(0);
  });

  it("import-roadmap reads a UTF-16 .csv", async () => {
    const csv = "№;Мероприятие;Срок\r\n1.1;Педсовет;Март 2023\r\n";
    const r = await cmn("import-roadmap", file("utf16.csv", encodeUtf16(csv, "le", true)));
    expect(JSON.parse(r.stdout).items[0]).toMatchObject({ number: "1.1", title: "Педсовет" });
  });

  it("refuses UTF-8 with damaged bytes, naming the line, instead of reading it as «РњРµ…»", async () => {
    const damaged = Buffer.concat([Buffer.from(MENTEES + "\r\nУ-3;", "utf8"), Buffer.from([0xd0]), Buffer.from(";x")]);
    await refused(
      ["match", "--mentors", mentorsCsv, "--mentees", file("damaged.csv", damaged)],
      /не читается ни как UTF-8, ни как Windows-1251, ни как UTF-16: в строке 4/,
    );
  });

  it.each(READERS)("%s: random bytes are not text", async (_name, args) => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3) * 31) % 256));
    await refused(args(file("junk.txt", junk)), /не похож на текст/);
  });
});

describe("cmn reports CSV that cannot be read as written", () => {
  it("names the line of an unclosed quote instead of folding 51 rows into one", async () => {
    const rows = ['У-1;"Петров Илья;обучающийся;7;математика;ученик – ученик;да;кандидат'];
    for (let i = 2; i <= 51; i++) rows.push(`У-${i};Ученик ${i};обучающийся;7;математика;ученик – ученик;да;кандидат`);
    const path = file("quote.csv", [MENTEES.split("\r\n")[0], ...rows].join("\n"));
    await refused(
      ["match", "--mentors", mentorsCsv, "--mentees", path],
      `${path}: кавычка, открытая в строке 2, не закрыта до конца файла — все следующие строки (51)`,
    );
  });

  it("refuses a CSV over its limits: one row of millions of cells, or more rows than a sheet holds", async () => {
    await refused(
      ["match", "--mentors", mentorsCsv, "--mentees", file("wide.csv", ",".repeat(3_000_000))],
      /в строке 1 больше 1000 столбцов/,
    );
    await refused(
      ["match", "--mentors", mentorsCsv, "--mentees", file("long.csv", MENTEES + "\n" + ";\n".repeat(25_000))],
      /больше 20000 строк \(предел достигнут в строке 20001\)/,
    );
  });

  it.each(READERS)("%s: an empty file is a Russian message and a non-zero exit", async (_name, args) => {
    await refused(args(file("empty.csv", "")), /пуст|не JSON|Не найден/);
  });

  it.each(READERS.slice(0, 4))("%s: a 9 MB line is a Russian message or data, never a crash", async (_name, args) => {
    const line = file("line.csv", "Мероприятие ".repeat(400_000));
    expect(statSync(line).size).toBeGreaterThan(9_000_000);
    const r = await cmn(...args(line));
    expect(r.stderr).not.toMatch(/Внутренняя ошибка|\n\s+at /);
    if (r.code !== 0) expect(r.stderr).toMatch(/[а-я]/);
  });
});

describe("cmn as a script", () => {
  let script = "";
  beforeAll(async () => {
    script = join(dir, "cmn.js");
    await build({
      entryPoints: [join(__dirname, "../../../src/cli/cmn.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      outfile: script,
      logLevel: "error",
    });
  });

  const run = (args: string[], closeStdout: boolean) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      // The bundle lives in a temporary folder: its packages come from the repository's node_modules.
      const env = { ...process.env, NODE_PATH: join(__dirname, "../../../node_modules") };
      const child = spawn(process.execPath, [script, ...args], { env });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      if (closeStdout) child.stdout.destroy();
      else child.stdout.resume();
      child.on("close", (code) => resolve({ code, stderr }));
    });

  it("exits quietly when the reader closes the pipe (`cmn … | head`)", async () => {
    const many = ["ID;ФИО;Категория;Класс;Запросы;Согласие ПДн;Статус"];
    for (let i = 1; i <= 3000; i++) many.push(`У-${i};Ученик ${i};обучающийся;7;математика;да;кандидат`);
    const path = file("many.csv", many.join("\n"));
    expect(await run(["match", "--mentors", mentorsCsv, "--mentees", path], true)).toEqual({ code: 0, stderr: "" });
  });

  it("prints a refusal in Russian with exit code 1, no stack trace", async () => {
    const r = await run(["import-indicators", dir], false);
    expect(r).toEqual({ code: 1, stderr: `${dir} — это папка, а не файл. Укажите файл внутри неё.\n` });
  });
});
