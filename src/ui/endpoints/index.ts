/**
 * Every server function the sidebar calls, in one table. src/main.ts exports each by name (the build makes
 * a top-level Apps Script function of each), and the sidebar's typed wrapper (sidebar/rpc.ts) takes its
 * types from here, so a renamed endpoint breaks the build, not the curator.
 * Add a feature's endpoints: one file in this folder, one spread here, its names in src/main.ts (the
 * type-check names any that is missing).
 */
import { CORE_ENDPOINTS } from "./core";
import { DOCUMENT_ENDPOINTS } from "./documents";
import { FORMS_ENDPOINTS } from "./forms";
import { INDICATOR_ENDPOINTS } from "./indicators";
import { MATCHING_ENDPOINTS } from "./matching";
import { MUNICIPAL_ENDPOINTS } from "./municipal";
import { PEOPLE_ENDPOINTS } from "./people";
import { PROGRESS_ENDPOINTS } from "./progress";
import { REPORT_ENDPOINTS } from "./report";
import { ROADMAP_ENDPOINTS } from "./roadmap";
import { YEAR_ENDPOINTS } from "./year";

export const ENDPOINTS = {
  ...CORE_ENDPOINTS,
  ...PROGRESS_ENDPOINTS,
  ...ROADMAP_ENDPOINTS,
  ...INDICATOR_ENDPOINTS,
  ...FORMS_ENDPOINTS,
  ...MATCHING_ENDPOINTS,
  ...REPORT_ENDPOINTS,
  ...MUNICIPAL_ENDPOINTS,
  ...DOCUMENT_ENDPOINTS,
  ...PEOPLE_ENDPOINTS,
  ...YEAR_ENDPOINTS,
};

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
export type { SidebarState, SheetLinkDto } from "./core";
export type { ProgrammeCounts, ProgrammeProgressDto, SettingsFormDto } from "./progress";
export type { RoadmapImportDto, RoadmapWarningDto } from "./roadmap";
export type { SnapshotDto } from "./municipal";
export type { DocumentRowDto, DocumentsOverviewDto } from "../documents";
