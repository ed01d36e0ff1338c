/** The sidebar's views, in tab order. Add a view: one file, one line here. */
import type { View } from "../context";
import { checkView } from "./check";
import { documentsView } from "./documents";
import { indicatorsView } from "./indicators";
import { formsView } from "./forms";
import { municipalView } from "./municipal";
import { overviewView } from "./overview";
import { pairsView } from "./pairs";
import { reportView } from "./report";
import { roadmapView } from "./roadmap";

export const VIEWS: View[] = [
  overviewView,
  roadmapView,
  indicatorsView,
  formsView,
  pairsView,
  checkView,
  reportView,
  municipalView,
  documentsView,
];

/**
 * What a view does when the menu (src/ui/menuActions.ts) or the checklist opens it with an intent:
 * `click` presses a button (the view's main action, or a toggle), then `focus` puts the cursor where the
 * curator must type. Selectors of elements the views already have; one line per intent.
 */
export const INTENTS: Record<string, Record<string, { click?: string; focus?: string }>> = {
  overview: { focus: { focus: "#progress [data-next] input, #progress [data-next] button" } },
  roadmap: { focus: { focus: "#roadmap-text" } },
  indicators: {
    contingent: { click: "#open-contingent-import", focus: "#contingent-import-text" },
    targets: { click: "#open-indicators-import", focus: "#indicators-import-text" },
  },
  // Only a first creation starts by itself; existing forms are updated on the curator's click.
  forms: {
    run: { click: '#forms-create[data-action="create"]' },
    // Pairs approved since the last answer: the forms' lists of pairs and participants are brought up to date.
    lists: { click: "#forms-lists" },
  },
  pairs: { run: { click: "#match-run" } },
  check: { run: { click: "#check-workbook" } },
  report: { run: { click: "#build-report" } },
  municipal: { snapshot: { click: "#send-snapshot" }, collect: { click: "#collect" } },
};
