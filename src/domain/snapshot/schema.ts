/**
 * The school's snapshot for the municipality: aggregates only, a documented and versioned format
 * (docs/snapshot.md) that a region's own tools can read. No names and no identifiers of people: only
 * counts, the school's own indicator codes, its forms and statuses, and the titles of overdue roadmap
 * events.
 *
 * Decisions:
 * - Shares travel as numerator and denominator, never as a percentage, so a district total is a sum of
 *   numerators over a sum of denominators. A numerator or denominator the school could not compute is
 *   null (the indicator is reported without counts and left out of totals).
 * - Targets are fractions (0.35 = 35 %), as «%» cells hold them; null when the year has no target.
 * - `version` changes when a reader of the old format would misread the new one; added optional
 *   fields keep the version. A reader refuses other versions by name (parseSnapshot in codec.ts).
 */
import * as z from "zod";

export const SNAPSHOT_FORMAT = "cmn-snapshot";
export const SNAPSHOT_VERSION = 1;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "дата в виде ГГГГ-ММ-ДД");
const Count = z.number().int().min(0);
const Label = z.string().max(300);

export const SnapshotIndicator = z
  .object({
    code: z.string().min(1).max(80),
    name: z.string().max(600),
    numerator: Count.nullable(),
    denominator: Count.nullable(),
    target: z.number().min(0).max(1).nullable(),
  })
  .strict()
  .refine((i) => i.numerator === null || i.denominator === null || i.numerator <= i.denominator, {
    message: "числитель больше знаменателя",
  });

export const SnapshotSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    addonVersion: z.string().min(1).max(40),
    school: z.object({ name: z.string().trim().min(1).max(300), municipality: z.string().max(300) }).strict(),
    /** The date the figures are for («Дата отчёта», else the day the snapshot was taken). */
    reportDate: IsoDate,
    /** The programme (academic) year of the report date, «2026-2027». */
    academicYear: z.string().max(20),
    /** The calendar year whose target column the targets come from. */
    targetYear: z.number().int().min(2000).max(2100),
    /** The day the snapshot was made. */
    takenAt: IsoDate,
    indicators: z.array(SnapshotIndicator).max(100),
    participants: z.array(z.object({ form: Label, mentors: Count, mentees: Count }).strict()).max(100),
    pairs: z
      .object({
        byForm: z.array(z.object({ form: Label, total: Count, active: Count }).strict()).max(100),
        byStatus: z.array(z.object({ status: Label, count: Count }).strict()).max(50),
      })
      .strict(),
    roadmap: z
      .object({
        byStatus: z.array(z.object({ status: Label, count: Count }).strict()).max(50),
        overdue: z
          .array(
            z.object({ number: z.string().max(40), title: z.string().max(1000), end: IsoDate.nullable() }).strict(),
          )
          .max(1000),
      })
      .strict(),
    satisfaction: z
      .array(
        z
          .object({
            role: z.enum(["mentor", "mentee"]),
            /** Respondents at or above the school's threshold. */
            satisfied: Count,
            /** Respondents of the satisfaction questionnaire. */
            answered: Count,
            /** Participants in that role (consent given, not withdrawn). */
            participants: Count,
            /** answered / participants, rounded to 4 places; null with no participants. */
            responseRate: z.number().min(0).nullable(),
          })
          .strict(),
      )
      .max(2),
  })
  .strict();

export type Snapshot = z.infer<typeof SnapshotSchema>;
export type SnapshotIndicator = z.infer<typeof SnapshotIndicator>;
