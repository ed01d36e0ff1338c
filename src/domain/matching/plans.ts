/**
 * «Планы пар»: one row per pair — goals, tasks, planned result, dates, what was achieved — filled by the
 * curator. Matching adds the empty row when a pair is approved; the report counts the pairs with a plan
 * and with a result, so stage 2 of monitoring has something to compare with.
 *
 * Decisions: a pair has a plan when any of «Цели», «Задачи», «Планируемый результат» is filled, and a
 * result when «Достигнуто» is; pair IDs are compared as written, ignoring case and spaces.
 */
import { isBlank, labelKey } from "../common/normalise";

export interface PlanRow {
  pairId?: unknown;
  goals?: unknown;
  tasks?: unknown;
  plannedResult?: unknown;
  achieved?: unknown;
}

export interface PlanState {
  planned: boolean;
  achieved: boolean;
}

/** Each pair's plan state, by pair ID (several rows of one pair count together). */
export function planStates(rows: readonly PlanRow[]): Map<string, PlanState> {
  const out = new Map<string, PlanState>();
  for (const r of rows) {
    if (isBlank(r.pairId)) continue;
    const key = labelKey(String(r.pairId));
    const state = out.get(key) ?? { planned: false, achieved: false };
    state.planned ||= !isBlank(r.goals) || !isBlank(r.tasks) || !isBlank(r.plannedResult);
    state.achieved ||= !isBlank(r.achieved);
    out.set(key, state);
  }
  return out;
}

export function planOf(states: ReadonlyMap<string, PlanState>, pairId: string): PlanState {
  return states.get(labelKey(pairId)) ?? { planned: false, achieved: false };
}

/** Pair IDs (in order, once each) that have no row in «Планы пар» yet. */
export function pairsWithoutPlanRow(pairIds: readonly string[], rows: readonly PlanRow[]): string[] {
  const have = new Set(rows.filter((r) => !isBlank(r.pairId)).map((r) => labelKey(String(r.pairId))));
  const out: string[] = [];
  for (const id of pairIds) {
    const key = labelKey(id);
    if (!id || have.has(key)) continue;
    have.add(key);
    out.push(id);
  }
  return out;
}
