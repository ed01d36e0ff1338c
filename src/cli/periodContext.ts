/**
 * The context flags of commands that read deadlines (`cmn period`, later the roadmap import):
 * --year 2022, --academic-year 2022-2023, --program 2020-2024. Checked with zod; a bad value is a
 * Russian usage error that names the flag.
 */
import * as z from "zod";
import type { PeriodContext } from "../domain/periods";
import { UserError } from "./command";
import { CLI_MESSAGES } from "./messages";

export const PERIOD_CONTEXT_FLAGS = ["year", "academic-year", "program"] as const;

const YEAR = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .refine((y) => y >= 1990 && y <= 2100);

const SPAN = z
  .string()
  .regex(/^\d{4}\s*[-\u2010-\u2015\u2212/]\s*\d{4}$/)
  .transform((s) => s.split(/\s*[-\u2010-\u2015\u2212/]\s*/).map(Number) as [number, number])
  .refine(([a, b]) => a >= 1990 && b <= 2100);

function year(flag: string, value: string): number {
  const r = YEAR.safeParse(value);
  if (!r.success) throw new UserError(CLI_MESSAGES.badYear(flag, value), 2);
  return r.data;
}

function span(flag: string, value: string): [number, number] {
  const r = SPAN.safeParse(value);
  if (!r.success) throw new UserError(CLI_MESSAGES.badYearSpan(flag, value), 2);
  return r.data;
}

export function readPeriodContext(flags: Record<string, string>): PeriodContext {
  const context: PeriodContext = {};
  if (flags.year !== undefined) context.year = year("--year", flags.year);
  if (flags["academic-year"] !== undefined) {
    const value = flags["academic-year"];
    const [a, b] = span("--academic-year", value);
    if (b !== a + 1) throw new UserError(CLI_MESSAGES.badAcademicYear("--academic-year", value), 2);
    context.academicYear = [a, b];
  }
  if (flags.program !== undefined) {
    const value = flags.program;
    const [a, b] = span("--program", value);
    if (b < a) throw new UserError(CLI_MESSAGES.badProgramSpan("--program", value), 2);
    context.program = [a, b];
  }
  return context;
}
