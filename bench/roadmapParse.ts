/**
 * Timing the roadmap parser: a generated 2,000-item roadmap (PDF-style text with interleaved columns, and the
 * same as a table) and the three real samples. Returns figures; printing is the caller's business.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseRoadmap } from "../src/domain/roadmap";
import type { RoadmapInput } from "../src/domain/roadmap";

export interface RoadmapBenchFigure {
  name: string;
  items: number;
  lines: number;
  /** Median of the runs, milliseconds. */
  medianMs: number;
  runs: number;
}

const MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
const WHO = [
  "Руководители ОО, ДО",
  "зам. директора по ВР",
  "Москвина Т.Н., директор школы",
  "Управление образования, ИМГ",
];

/** 100 sections × 20 items, each item's title wrapped over two lines with the other columns on the first. */
export function generatedRoadmapText(items = 2000): string {
  const lines = [
    "План мероприятий (дорожная карта) на 2021 год",
    "№ п/п Наименование мероприятия Срок реализации Ответственный Результат",
    "1 2 3 4 5",
  ];
  const perSection = 20;
  for (let s = 1; s <= Math.ceil(items / perSection); s++) {
    lines.push(`${s}. Раздел номер ${s} дорожной карты`);
    for (let k = 1; k <= perSection && (s - 1) * perSection + k <= items; k++) {
      const n = (s - 1) * perSection + k;
      lines.push(
        `${s}.${k}. Проведение мероприятия ${n} ${MONTHS[n % MONTHS.length]} 2021 ${WHO[n % WHO.length]} Приказ ОО`,
      );
      lines.push("с участием наставников и наставляемых", "");
    }
  }
  return lines.join("\n");
}

export function generatedRoadmapTable(items = 2000): string[][] {
  const rows = [["№", "Мероприятие", "Срок", "Ответственные", "Результат"]];
  for (let n = 1; n <= items; n++)
    rows.push([
      `${Math.ceil(n / 20)}.${((n - 1) % 20) + 1}`,
      `Мероприятие ${n}`,
      `${MONTHS[n % MONTHS.length]} 2021`,
      WHO[n % WHO.length],
      "Справка",
    ]);
  return rows;
}

function time(name: string, input: RoadmapInput, runs: number, lines: number): RoadmapBenchFigure {
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    items = parseRoadmap(input).items.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, items, lines, medianMs: Math.round(times[Math.floor(times.length / 2)] * 100) / 100, runs };
}

export function benchRoadmapParse(
  samplesDir = path.join(process.cwd(), "tests/fixtures/samples"),
  runs = 5,
): RoadmapBenchFigure[] {
  const text = generatedRoadmapText();
  const table = generatedRoadmapTable();
  const figures = [
    time("generated PDF text, 2000 items", { kind: "text", text }, runs, text.split("\n").length),
    time("generated table, 2000 items", { kind: "table", rows: table }, runs, table.length),
  ];
  for (const name of ["roadmap-oosh-talon.txt", "roadmap-municipal-sechenovo.txt", "roadmap-dou-2023.txt"]) {
    let sample: string;
    try {
      sample = readFileSync(`${samplesDir}/${name}`, "utf8");
    } catch {
      continue;
    }
    figures.push(time(name, { kind: "text", text: sample }, runs * 4, sample.split("\n").length));
  }
  return figures;
}
