/** The sidebar's views, in tab order. Add a view: one file, one line here. */
import type { View } from "../context";
import { checkView } from "./check";
import { overviewView } from "./overview";
import { indicatorsView } from "./indicators";

export const VIEWS: View[] = [overviewView, checkView, indicatorsView];
