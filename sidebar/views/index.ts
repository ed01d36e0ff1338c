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
