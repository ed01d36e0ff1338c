/** The sidebar's views, in tab order. Add a view: one file, one line here. */
import type { View } from "../context";
import { checkView } from "./check";
import { formsView } from "./forms";
import { overviewView } from "./overview";

export const VIEWS: View[] = [overviewView, checkView, formsView];
