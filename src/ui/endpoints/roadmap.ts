/**
 * Roadmap endpoints: preview an import (from text pasted into the sidebar, a sheet of this workbook or a
 * Google Doc's table), apply what the preview showed, undo the last import, and the roadmap view's
 * figures (which refresh the statuses). Bad input never throws: the result says why in Russian
 * (`ok: false`) and the sheet is left exactly as it was. The flow itself: ../roadmapImport.ts.
 */
import * as z from "zod";
import { ROADMAP_SHEET_TEXT as T } from "../../domain/roadmap";
import { ROADMAP_SPEC, type RoadmapRowRef, type RoadmapSummary } from "../../sheets/roadmapSheet";
import { endpoint, NoInput } from "../endpoint";
import { refreshRoadmapNow } from "../roadmapRefresh";
import {
  applyRoadmapImport,
  previewRoadmapImport,
  RoadmapRequest,
  undoInfo,
  undoRoadmapImport,
  type RoadmapImportDto,
  type RoadmapPreviewDto,
  type RoadmapUndoDto,
} from "../roadmapImport";

export type {
  AbsentRowDto,
  PreviewItemDto,
  RoadmapImportDto,
  RoadmapPreviewDto,
  RoadmapUndoDto,
  RoadmapWarningDto,
} from "../roadmapImport";

// Types the sidebar shows, re-exported so that it imports only from ui/.
export type { RoadmapRowRef, RoadmapSummary };

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export const ROADMAP_ENDPOINTS = {
  /** What an import would do: nothing is written. */
  previewRoadmapImport: endpoint("previewRoadmapImport", RoadmapRequest, (input): RoadmapPreviewDto =>
    previewRoadmapImport(active(), input),
  ),

  /** The import the preview showed (its token), under the document lock. */
  applyRoadmapImport: endpoint(
    "applyRoadmapImport",
    RoadmapRequest.extend({ token: z.string().min(1).max(40) }),
    (input): RoadmapImportDto => applyRoadmapImport(active(), input),
  ),

  /** «Отменить импорт»: the roadmap as it was before the last import (`force` after the curator agreed). */
  undoRoadmapImport: endpoint(
    "undoRoadmapImport",
    z.object({ force: z.boolean().optional() }).strict(),
    (input): RoadmapUndoDto => undoRoadmapImport(active(), input.force ?? false),
  ),

  /** The roadmap view opens: statuses are refreshed, then the overdue and needs-a-date lists. */
  roadmapOverview: endpoint(
    "roadmapOverview",
    NoInput,
    (): { summary: RoadmapSummary | null; message: string; lastImport: string | null } => {
      const ss = active();
      const summary = refreshRoadmapNow(ss);
      return { summary, message: summary ? "" : T.sheetMissing(ROADMAP_SPEC.name), lastImport: undoInfo(ss) };
    },
  ),
};
