/**
 * How well the roadmap reader understands documents: item recall and precision, and the share of items
 * whose number, title, deadline, responsible people and result are read exactly, on three sets:
 * - samples: the real documents (fixtures/samples, gold in expected/);
 * - development: the fixture documents the reader is tuned on, in every layout (fixtures/roadmaps/dev.ts);
 * - held-out: documents written like unseen schools' roadmaps, never used for tuning (heldout.ts).
 * Texts are compared with white space squashed (a PDF joins a cell's lines with spaces); responsible
 * people as a set. A parsed item is matched to a gold item by its number, else by a title at least 80 %
 * alike; unmatched gold items lower recall, unmatched parsed items (invented ones) lower precision.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseRoadmap, titleSimilarity, type RoadmapItem } from "../src/domain/roadmap";
import { DEV_DOCUMENTS, DEV_LAYOUTS } from "../fixtures/roadmaps/dev";
import { HELDOUT } from "../fixtures/roadmaps/heldout";
import type { GoldItem } from "../fixtures/roadmaps/model";
import { gold, render } from "../fixtures/roadmaps/render";
import { SAMPLES_DIR } from "../fixtures/samples";

interface Case {
  name: string;
  text: string;
  gold: GoldItem[];
}

interface Tally {
  gold: number;
  parsed: number;
  matched: number;
  number: number;
  title: number;
  deadline: number;
  responsible: number;
  result: number;
  withResult: number;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const people = (list: readonly string[]) => JSON.stringify(list.map(squash).sort());
const rate = (n: number, d: number) => (d ? Number((n / d).toFixed(3)) : null);

function score(parsed: readonly RoadmapItem[], expected: readonly GoldItem[]): Tally {
  const t: Tally = {
    gold: expected.length,
    parsed: parsed.length,
    matched: 0,
    number: 0,
    title: 0,
    deadline: 0,
    responsible: 0,
    result: 0,
    withResult: 0,
  };
  const used = new Set<number>();
  for (const g of expected) {
    let k = parsed.findIndex((p, i) => !used.has(i) && p.number === g.number);
    if (k < 0) k = parsed.findIndex((p, i) => !used.has(i) && titleSimilarity(p.title, g.title) >= 0.8);
    if (k < 0) continue;
    used.add(k);
    const p = parsed[k];
    t.matched++;
    if (p.number === g.number) t.number++;
    if (squash(p.title) === squash(g.title)) t.title++;
    if (squash(p.deadlineText) === squash(g.deadline)) t.deadline++;
    if (people(p.responsible) === people(g.responsible)) t.responsible++;
    if (g.result) {
      t.withResult++;
      if (squash(p.result) === squash(g.result)) t.result++;
    }
  }
  return t;
}

function add(a: Tally, b: Tally): Tally {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof Tally)[]) out[key] += b[key];
  return out;
}

const ZERO: Tally = {
  gold: 0,
  parsed: 0,
  matched: 0,
  number: 0,
  title: 0,
  deadline: 0,
  responsible: 0,
  result: 0,
  withResult: 0,
};

function figures(t: Tally) {
  return {
    items: t.gold,
    itemRecall: rate(t.matched, t.gold),
    itemPrecision: rate(t.matched, t.parsed),
    numbers: rate(t.number, t.gold),
    titles: rate(t.title, t.gold),
    deadlines: rate(t.deadline, t.gold),
    responsible: rate(t.responsible, t.gold),
    results: rate(t.result, t.withResult),
  };
}

/** Each set's totals, and the cases below 0.95 on any measure (what to look at). */
function measure(cases: readonly Case[]) {
  let total = ZERO;
  const weak: Record<string, ReturnType<typeof figures>> = {};
  for (const c of cases) {
    const t = score(parseRoadmap({ kind: "text", text: c.text }).items, c.gold);
    total = add(total, t);
    const f = figures(t);
    if (Object.entries(f).some(([k, v]) => k !== "items" && v !== null && v < 0.95)) weak[c.name] = f;
  }
  return { cases: cases.length, ...figures(total), weak };
}

function sampleCases(dir: string): Case[] {
  return ["roadmap-municipal-sechenovo", "roadmap-oosh-talon", "roadmap-dou-2023"].map((name) => {
    const expected = JSON.parse(readFileSync(path.join(dir, "expected", `${name}.json`), "utf8")) as {
      items: {
        number: string;
        section: string;
        title: string;
        deadlineText: string;
        responsible: string[];
        result: string;
      }[];
    };
    return {
      name,
      text: readFileSync(path.join(dir, `${name}.txt`), "utf8"),
      gold: expected.items.map((i) => ({ ...i, deadline: i.deadlineText })),
    };
  });
}

export function readerBench(samplesDir = SAMPLES_DIR): Record<string, unknown> {
  const development = DEV_DOCUMENTS.flatMap((doc) =>
    DEV_LAYOUTS.map(({ name, layout }) => ({
      name: `${doc.id} / ${name}`,
      text: render(doc, layout),
      gold: gold(doc, layout),
    })),
  );
  const heldOut = HELDOUT.map(({ doc, layout, name }) => ({
    name: `${doc.id} / ${name}`,
    text: render(doc, layout),
    gold: gold(doc, layout),
  }));
  return {
    samples: measure(sampleCases(samplesDir)),
    development: measure(development),
    heldOut: measure(heldOut),
  };
}
