/**
 * The report's time frame (docs/indicators.md, «The report year»): the report day (the setting, or today),
 * the programme year holding it (1 September – 31 August), the target column the report reads, and the
 * day ages are counted on. Every figure of a report, the CLI and the roll-up is for this frame.
 */
import { academicYearLabel, academicYearOf, academicYearSpan, type IsoDate } from "../common/dates";
import type { Settings } from "../workbook/settings";
import { reportYear } from "./targets";

export interface ReportFrame {
  /** «Дата отчёта», or today when blank. */
  day: IsoDate;
  /** Whether the day is today because «Дата отчёта» is blank. */
  dayIsToday: boolean;
  /** First and last day of the programme (academic) year holding the report day. */
  start: IsoDate;
  end: IsoDate;
  /** «2026-2027». */
  label: string;
  /** The year of the «Цель <year>» column read. */
  targetYear: number;
  targetConvention: Settings["targetYear"];
  /** The day ages are counted on. */
  ageOn: IsoDate;
  /** «от A до B лет» includes B (default) or stops before it. */
  upperInclusive: boolean;
}

export function reportFrame(settings: Settings, today: IsoDate): ReportFrame {
  const day = settings.reportDate ?? today;
  const first = academicYearOf(day);
  const span = academicYearSpan(first);
  return {
    day,
    dayIsToday: settings.reportDate === null,
    start: span.start,
    end: span.end,
    label: academicYearLabel(first),
    targetYear: reportYear(settings, today),
    targetConvention: settings.targetYear,
    ageOn: settings.ageReference === "septemberFirst" ? span.start : day,
    upperInclusive: settings.ageUpperBound === "inclusive",
  };
}

/** Is `age` in the band «от from до to лет» under the frame's convention for the upper bound? */
export function inAgeBand(age: number, from: number, to: number, frame: Pick<ReportFrame, "upperInclusive">): boolean {
  return age >= from && (frame.upperInclusive ? age <= to : age < to);
}
