/**
 * Questionnaire figures: service calls and wall time per processed answer (through the built bundle in the
 * emulator) with registers of 100 and 10,000 rows. The calls must not grow with the registers.
 * Section for bench/index.ts: `{ name: "forms", run: formsBench }`.
 */
import path from "node:path";
import { loadBundle } from "../emulator/bundleRunner";
import { createEmulator } from "../emulator/index";
import { createForms, formIds, seedBases, title } from "../fixtures/forms";

const NOW = new Date("2026-10-12T12:00:00+03:00");

function measure(size: number, answers: number) {
  const emu = createEmulator({ now: () => NOW, htmlDir: path.resolve("dist") });
  const bundle = loadBundle(emu, path.resolve("dist"));
  bundle.run("setupWorkbook", {});
  const seed = seedBases(emu, size, size, size);
  createForms(bundle);
  const ids = formIds(bundle);
  const t = (k: string) => title("meeting", k);
  const e = (k: string) => title("evaluation", k);
  const calls: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < answers; i++) {
    const pair = seed.pairs[i % seed.pairs.length];
    emu.calls.reset();
    if (i % 2 === 0) {
      emu.forms.submit(
        ids.meeting,
        {
          [t("code")]: seed.mentors.find((m) => m.id === pair.mentorId)!.code,
          [t("pair")]: pair.pairId,
          [t("date")]: "2026-09-03",
          [t("type")]: "рабочая",
          [t("rating")]: String(1 + (i % 10)),
        },
        { timestamp: NOW },
      );
    } else {
      const m = seed.mentees[i % seed.mentees.length];
      emu.forms.submit(
        ids.evaluation,
        {
          [e("code")]: m.code,
          [e("stage")]: "вход",
          ...Object.fromEntries(
            ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"].map((k) => [
              e(k),
              String(1 + (i % 10)),
            ]),
          ),
        },
        { timestamp: NOW },
      );
    }
    calls.push(emu.calls.total);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    rows: size,
    answers,
    callsPerAnswer: { min: Math.min(...calls), max: Math.max(...calls) },
    msPerAnswer: Math.round((10 * ms) / answers) / 10,
  };
}

export function formsBench(): Record<string, unknown> {
  return { registers100: measure(100, 40), registers10000: measure(10000, 40) };
}
