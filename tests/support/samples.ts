/**
 * The real documents from ../shared/samples, copied into the repo so a fresh clone tests on its own.
 * (tests/fixtures/samples/*.txt are byte-for-byte copies.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SAMPLES_DIR = join(__dirname, "../fixtures/samples");

export type SampleName =
  "roadmap-oosh-talon.txt" | "roadmap-dou-2023.txt" | "roadmap-municipal-sechenovo.txt" | "indicators-sosh7.txt";

export const samplePath = (name: SampleName) => join(SAMPLES_DIR, name);
export const readSample = (name: SampleName) => readFileSync(samplePath(name), "utf8");
