/**
 * The plan of a close (closeYear.ts) as the sidebar shows it before anything is written: one line per
 * kind of change with its count, and the list behind it (names, or codes in pseudonymous mode). What is
 * listed is what `planCloseYear` will write: the same plan object feeds both.
 */
import { displayName } from "../participants/displayName";
import { idKey } from "../participants/ids";
import type { PersonState } from "../pairs/lifecycle";
import { targetHeader } from "../indicators/targets";
import type { ClosePlan } from "./closeYear";
import { YEAR_TEXT as T } from "./messages";

export interface PreviewSection {
  id: string;
  text: string;
  /** The first `max` items; `total` says how many there are. */
  items: string[];
  total: number;
  /** A warning rather than a change. */
  note?: boolean;
}

const ROLE_WORD = { mentor: "наставник", mentee: "наставляемый" } as const;

export function previewSections(
  plan: ClosePlan,
  people: { mentors: readonly PersonState[]; mentees: readonly PersonState[] },
  options: { pseudonymous: boolean; max: number },
): PreviewSection[] {
  const names = {
    mentor: new Map(people.mentors.map((p) => [idKey(p.id), p.name])),
    mentee: new Map(people.mentees.map((p) => [idKey(p.id), p.name])),
  };
  const show = (role: "mentor" | "mentee", id: string) =>
    displayName({ id, name: names[role].get(idKey(id)) ?? "" }, options.pseudonymous);
  const out: PreviewSection[] = [];
  const add = (id: string, text: string, items: readonly string[], total = items.length, note = false) =>
    out.push({ id, text, items: items.slice(0, options.max), total, ...(note ? { note } : {}) });

  add(
    "carried",
    T.preview.carried(plan.carried.length),
    plan.carried.map((p) =>
      T.pairItem(p.pairId, show("mentor", p.mentorId), show("mentee", p.menteeId), p.start ? T.since(p.start) : ""),
    ),
  );
  add(
    "archived",
    T.preview.archived(plan.archived.length),
    plan.archived.map((a) =>
      T.pairItem(
        a.pair.pairId,
        show("mentor", a.pair.mentorId),
        show("mentee", a.pair.menteeId),
        T.endedOn(a.pair.status, a.end ?? a.pair.end),
      ),
    ),
  );
  const filled = plan.archived.filter((a) => a.end).length;
  if (filled) add("endDates", T.preview.endDates(filled, plan.day), []);
  const byReason = (reason: "pair" | "willing") => plan.continuing.filter((c) => c.reason === reason);
  add(
    "mentorsPair",
    T.preview.mentorsPair(byReason("pair").length),
    byReason("pair").map((m) => show("mentor", m.id)),
  );
  add(
    "mentorsWilling",
    T.preview.mentorsWilling(byReason("willing").length),
    byReason("willing").map((m) => show("mentor", m.id)),
  );
  const kind = (k: string) => plan.people.filter((p) => p.kind === k);
  const who = (p: { role: "mentor" | "mentee"; id: string }) => `${show(p.role, p.id)} (${ROLE_WORD[p.role]})`;
  add("finished", T.preview.finished(kind("finished").length), kind("finished").map(who));
  if (kind("continuing").length)
    add("continuing", T.preview.continuing(kind("continuing").length), kind("continuing").map(who));
  if (kind("dates").length) add("dates", T.preview.dates(kind("dates").length), kind("dates").map(who));
  for (const s of plan.settingChanges)
    add(`setting-${s.key}`, T.preview.setting(T.settingLabels[s.key], s.from, s.to), []);
  if (plan.targetYears.length) add("targets", T.preview.targets(plan.targetYears.map(targetHeader)), []);
  if (plan.proposals) add("proposals", T.preview.proposals(plan.proposals), [], 0, true);
  if (plan.unwilling.length)
    add(
      "unwilling",
      T.preview.unwilling(plan.unwilling.length),
      plan.unwilling.map((m) => show("mentor", m.id)),
      plan.unwilling.length,
      true,
    );
  if (plan.early) add("early", T.preview.early(plan.end), [], 0, true);
  return out;
}
