/** The period parser's public face: what the custom functions, the CLI and the roadmap sheet call. */
export { parsePeriod } from "./parse";
export { periodStatus, nextDeadline, currentOccurrence } from "./status";
export type { Occurrence, Period, PeriodContext, PeriodKind, PeriodRepeat, RoadmapStatus } from "./types";
