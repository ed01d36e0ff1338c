/**
 * The built CLI (dist-node/cmn.js) on hostile inputs, each generated in a temporary folder: a .docx zip
 * bomb, a .docx whose directory lies, a dense .docx that reaches mammoth's heap limit, a 50 MB text file,
 * the largest text and CSV under the limits, a cohort of 2,000 mentees and 500 mentors, Windows-1251 and
 * UTF-16 CSV, an unclosed quote, a named pipe, a directory and /dev/urandom. For each: exit code, wall time, peak resident memory (from
 * `/usr/bin/time -v` when present, else the child's own process.resourceUsage().maxRSS), and whether it
 * stayed under the CLI's 300 MB budget. Section for bench/index.ts: `{ name: "cli", run: cliBench }`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { docxBomb, docxLyingSizes, docxTable, encode1251, encodeUtf16 } from "../fixtures/hostileFiles";

const BUDGET_MB = 300;
const TIMEOUT_MS = 120_000;

interface Run {
  exitCode: number | null;
  ms: number;
  peakRssMb: number | null;
  underBudget: boolean | null;
  /** The first line of stderr: what the person at the terminal reads. */
  says: string;
}

function runCli(cmn: string, args: string[], work: string): Run {
  const timeV = existsSync("/usr/bin/time");
  const rssFile = path.join(work, "rss.txt");
  rmSync(rssFile, { force: true });
  const preload = path.join(work, "rss-preload.js");
  const [command, argv] = timeV
    ? ["/usr/bin/time", ["-v", process.execPath, cmn, ...args]]
    : [process.execPath, ["--require", preload, cmn, ...args]];
  const started = Date.now();
  const child = spawnSync(command, argv, {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CMN_BENCH_RSS_FILE: rssFile },
  });
  const ms = Date.now() - started;
  const stderr = child.stderr ?? "";
  let kb: number | null = null;
  if (timeV) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    kb = m ? Number(m[1]) : null;
  } else if (existsSync(rssFile)) kb = Number(readFileSync(rssFile, "utf8"));
  const peakRssMb = kb === null ? null : Math.round(kb / 1024);
  const exitCode = timeV ? exitOfTimed(stderr, child.status) : child.status;
  return {
    exitCode,
    ms,
    peakRssMb,
    underBudget: peakRssMb === null ? null : peakRssMb < BUDGET_MB,
    says: programStderr(stderr, timeV).split("\n")[0].slice(0, 140),
  };
}

/** What the CLI itself wrote to stderr (/usr/bin/time -v appends its report after it). */
function programStderr(stderr: string, timeV: boolean): string {
  const report = timeV ? stderr.lastIndexOf("\tCommand being timed") : -1;
  return report >= 0 ? stderr.slice(0, report) : stderr;
}

/** /usr/bin/time exits with the program's status; a program killed by a signal shows as 128 + signal. */
function exitOfTimed(stderr: string, status: number | null): number | null {
  const signal = /Command terminated by signal (\d+)/.exec(stderr);
  return signal ? 128 + Number(signal[1]) : status;
}

export function cliBench(): Record<string, unknown> {
  const root = process.cwd();
  const cmn = path.join(root, "dist-node", "cmn.js");
  if (!existsSync(cmn)) return { error: "dist-node/cmn.js is missing: run npm run build" };
  const work = mkdtempSync(path.join(tmpdir(), "cmn-bench-"));
  try {
    writeFileSync(
      path.join(work, "rss-preload.js"),
      'process.on("exit", () => require("node:fs").writeFileSync(process.env.CMN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n',
    );
    const file = (name: string, content: string | Uint8Array) => {
      const p = path.join(work, name);
      writeFileSync(p, content);
      return p;
    };
    const header = "ID;ФИО;Категория;Класс;Запросы;Желаемая форма;Согласие ПДн;Статус";
    const row = (i: number) => `У-${i};Ученик ${i};обучающийся;7;математика;ученик – ученик;да;кандидат`;
    const mentors = file(
      "mentors.csv",
      "ID;ФИО (или код);Категория;Класс;Компетенции (теги);Формы;Согласие ПДн;Статус\nН-1;Соколова Анна;обучающийся;9;математика;ученик – ученик;да;активен\n",
    );
    const menteesOf = (rows: number) => [header, ...Array.from({ length: rows }, (_, i) => row(i + 1))].join("\r\n");
    const match = (mentees: string, mentorsFile = mentors) => ["match", "--mentors", mentorsFile, "--mentees", mentees];
    // A cohort as large as issue 13's benchmark (2,000 mentees, 500 mentors): the matching itself, not the reading.
    const cohortMentors = file(
      "mentors-500.csv",
      [
        "ID;ФИО (или код);Категория;Класс;Компетенции (теги);Формы;Макс. наставляемых;Согласие ПДн;Статус",
        ...Array.from(
          { length: 500 },
          (_, i) => `Н-${i};Наставник ${i};обучающийся;9;математика;ученик – ученик;3;да;активен`,
        ),
      ].join("\n"),
    );

    // 50 MB of real text, written in 1 MB pieces.
    const big = path.join(work, "big.txt");
    const mega = Buffer.from("Мероприятие; срок; ответственный\n".repeat(30_000)).subarray(0, 1024 * 1024);
    writeFileSync(big, "");
    for (let i = 0; i < 50; i++) writeFileSync(big, mega, { flag: "a" });
    const nearLimit = "1.1\tВстреча наставников\tМарт 2023\tДиректор\n".repeat(130_000); // about 9.6 MB
    const fifo = path.join(work, "pipe.csv");
    spawnSync("mkfifo", [fifo]);
    const folder = path.join(work, "folder.csv");
    mkdirSync(folder);
    const quote = [header, `У-1;"Ученик 1;обучающийся;7`, ...Array.from({ length: 50 }, (_, i) => row(i + 2))].join(
      "\n",
    );

    const cases: Array<[string, string[]]> = [
      ["docx bomb (1 MB → 250 MB)", ["import-roadmap", file("bomb.docx", docxBomb(250))]],
      ["docx with a lying directory", ["import-roadmap", file("liar.docx", docxLyingSizes(250))]],
      ["dense docx (6 MB of XML)", ["import-roadmap", file("dense.docx", docxTable(42_000))]],
      ["text file 50 MB", ["import-roadmap", big]],
      ["roadmap text 9.6 MB", ["import-roadmap", file("near.txt", nearLimit)]],
      ["indicators text 9.6 MB", ["import-indicators", file("near-ind.txt", nearLimit)]],
      ["contingent text 9.6 MB", ["import-contingent", file("near-cont.txt", nearLimit)]],
      ["match 19,999 mentees (largest CSV)", match(file("mentees-19999.csv", menteesOf(19_999)))],
      ["match 2,000 mentees × 500 mentors", match(file("mentees-2000.csv", menteesOf(2_000)), cohortMentors)],
      ["match, Windows-1251 CSV", match(file("mentees-1251.csv", encode1251(menteesOf(500))))],
      ["match, UTF-16LE CSV without BOM", match(file("mentees-utf16.csv", encodeUtf16(menteesOf(500), "le", false)))],
      ["match, unclosed quote", match(file("quote.csv", quote))],
      ["match, one row of 3M cells", match(file("wide.csv", ",".repeat(3_000_000)))],
      ["named pipe", match(fifo)],
      ["directory", match(folder)],
      ["/dev/urandom", ["import-indicators", "/dev/urandom"]],
    ];
    const runs = Object.fromEntries(cases.map(([name, args]) => [name, runCli(cmn, args, work)]));
    const peaks = Object.values(runs)
      .map((r) => r.peakRssMb)
      .filter((v): v is number => v !== null);
    return {
      budgetMb: BUDGET_MB,
      maxPeakRssMb: peaks.length ? Math.max(...peaks) : null,
      allUnderBudget: Object.values(runs).every((r) => r.underBudget === true),
      runs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
