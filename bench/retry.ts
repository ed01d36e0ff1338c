/**
 * «Повторить обработку» through the built bundle in the emulator: 200, 2,000 and 10,000 answers waiting in
 * «Журнал ошибок» (they arrived while the workbook was locked), processed chunk after chunk as the sidebar
 * drives it. Two answers in three are new people (the register grows as the log empties), one in three an
 * evaluation of a seeded pupil. Time per answer should stay flat as the backlog grows, and each chunk far
 * inside Apps Script's 6 minutes. Section for bench/index.ts: `{ name: "retry", run: retryBench }`.
 */
import path from "node:path";
import { loadBundle } from "../emulator/bundleRunner";
import { createEmulator, type EmulatorState } from "../emulator/index";
import { createForms, formIds, seedBases, title, type Seed } from "../fixtures/forms";

const NOW = new Date("2026-10-12T12:00:00+03:00");
const DIST = path.resolve("dist");
const SIZES = (process.env.RETRY_SIZES ?? "200,2000,10000").split(",").map(Number);

interface Chunk {
  processed: number;
  still: number;
  remaining: number;
  done: boolean;
  cursor: unknown;
}

function answers(seed: Seed, i: number): { form: "mentee" | "evaluation"; values: Record<string, string | string[]> } {
  if (i % 3 === 2) {
    const e = (k: string) => title("evaluation", k);
    const m = seed.mentees[i % seed.mentees.length];
    return {
      form: "evaluation",
      values: {
        [e("code")]: m.code,
        [e("stage")]: i % 2 ? "вход" : "выход",
        ...Object.fromEntries(
          ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"].map((k, j) => [
            e(k),
            String(1 + ((i + j) % 10)),
          ]),
        ),
      },
    };
  }
  const t = (k: string) => title("mentee", k);
  return {
    form: "mentee",
    values: {
      [t("name")]: `Новикова Ольга ${i}`,
      [t("category")]: "педагог",
      [t("birthDate")]: `${1970 + (i % 30)}-03-15`,
      [t("experience")]: String(i % 3),
      [t("requests")]: ["методика"],
      [t("adult")]: "Да",
      [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
    },
  };
}

function measure(state: EmulatorState, seed: Seed, pending: number) {
  const emu = createEmulator({ state, htmlDir: DIST, now: () => NOW });
  const bundle = loadBundle(emu, DIST, () => NOW);
  const ids = formIds(bundle);
  emu.locks.holdByOther("document");
  for (let i = 0; i < pending; i++) {
    const a = answers(seed, i);
    emu.forms.submit(ids[a.form], a.values, { timestamp: NOW });
  }
  emu.locks.releaseOther("document");

  const chunks: Array<{ entries: number; ms: number; calls: number }> = [];
  let before = { processed: 0, still: 0 };
  let cursor: unknown = undefined;
  const started = process.hrtime.bigint();
  for (;;) {
    emu.calls.reset();
    const t0 = process.hrtime.bigint();
    const step = bundle.run("retryFormAnswers", cursor ? { cursor, before } : {}) as Chunk;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    chunks.push({
      entries: step.processed + step.still - before.processed - before.still,
      ms: Math.round(ms),
      calls: emu.calls.total,
    });
    before = { processed: step.processed, still: step.still };
    if (step.done) break;
    cursor = step.cursor;
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    pending,
    processed: before.processed,
    still: before.still,
    totalMs: Math.round(totalMs),
    msPerAnswer: Math.round((100 * totalMs) / pending) / 100,
    slowestChunkMs: Math.max(...chunks.map((c) => c.ms)),
    chunks,
  };
}

export function retryBench(): Record<string, unknown> {
  const emu = createEmulator({ now: () => NOW, htmlDir: DIST });
  const bundle = loadBundle(emu, DIST, () => NOW);
  bundle.run("setupWorkbook", {});
  const seed = seedBases(emu, 100, 100, 100);
  createForms(bundle);
  const state = emu.save();
  return Object.fromEntries(SIZES.map((n) => [`pending${n}`, measure(state, seed, n)]));
}
