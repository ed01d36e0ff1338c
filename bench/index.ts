/**
 * `npm run bench`: prints figures as JSON. Benchmarks measure; they do not pass or fail. Each section is
 * a function returning plain figures; add a section: one file, one line in SECTIONS.
 */
import { bundleBench } from "./bundle";

type Section = { name: string; run: () => Promise<Record<string, unknown>> | Record<string, unknown> };

const SECTIONS: Section[] = [{ name: "bundle", run: bundleBench }];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const out: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  for (const section of SECTIONS) {
    if (only.length && !only.includes(section.name)) continue;
    const started = Date.now();
    try {
      out[section.name] = await section.run();
    } catch (error) {
      out[section.name] = { error: error instanceof Error ? error.message : String(error) };
    }
    process.stderr.write(`bench: ${section.name} ${Date.now() - started} ms\n`);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

void main();
