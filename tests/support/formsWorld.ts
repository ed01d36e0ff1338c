/**
 * A workbook with seeded registers and the seven forms, built once per test file and restored from its saved
 * state for each test: making the forms is the slow part, a restore is a fraction of it.
 */
import { createEmulator, type Emulator, type EmulatorState } from "../../emulator/index";
import { loadBundle, type LoadedBundle } from "../../emulator/bundleRunner";
import { DIST, freshBundle } from "./bundle";
import { createForms, formIds, seedBases, type Seed } from "../../fixtures/forms";

export interface FormsWorld {
  emu: Emulator;
  bundle: LoadedBundle;
  seed: Seed;
  ids: ReturnType<typeof formIds>;
}

/** `world()` gives a fresh copy of one workbook with `size` mentors, mentees and pairs and the forms made. */
export function formsWorld(now: Date, size: number): () => FormsWorld {
  let saved: { state: EmulatorState; seed: Seed } | undefined;
  const clock = () => now;
  return () => {
    if (!saved) {
      const { emu, bundle } = freshBundle({ now: clock });
      bundle.run("setupWorkbook", {});
      const seed = seedBases(emu, size, size, size);
      createForms(bundle);
      saved = { state: emu.save(), seed };
    }
    const emu = createEmulator({ state: saved.state, htmlDir: DIST, now: clock });
    const bundle = loadBundle(emu, DIST, clock);
    emu.calls.reset();
    return { emu, bundle, seed: saved.seed, ids: formIds(bundle) };
  };
}
