/**
 * Choice lists of the questionnaires. Static and reference lists come from the definition and «Справочники»;
 * lists of people and pairs are built from the current registers, so the Forms adapter refreshes them
 * whenever the registers change (and before a preference round).
 *
 * Privacy: a form is seen by everyone who has its link, so a list shows codes. A name appears only for an
 * adult (never a minor) and only when «Режим псевдонимов» is off; pairs are always shown by their code
 * alone (a pair names a child). Labels start with the code, which is how an answer is read back even after
 * a person's name was corrected.
 */
import { labelKey } from "../common/normalise";
import { choiceLabel, LABEL_SEPARATOR } from "../participants/displayName";
import { idKey } from "../participants/ids";
import type { MenteeRecord, MentorRecord, PairRef } from "../participants/records";
import type { Refs } from "../participants/refs";
import { PairLookup, PeopleLookup } from "./lookup";
import type { BaseList, ItemDef } from "./types";

interface Person {
  id: string;
  name: string;
  matchable?: boolean;
  countable?: boolean;
  /** A minor's name is never listed. */
  minor?: boolean;
}

/** Code-point order of the folded name: no locale collation needed, and ё sorts as е. */
function byName(a: Person, b: Person): number {
  const ka = labelKey(a.name);
  const kb = labelKey(b.name);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return byCode(a, b);
}

function byCode(a: Person, b: Person): number {
  return idKey(a.id) < idKey(b.id) ? -1 : idKey(a.id) > idKey(b.id) ? 1 : 0;
}

function labels(people: readonly Person[], keep: (p: Person) => boolean, pseudonymous: boolean): string[] {
  const listed = people.filter((p) => p.id !== "" && keep(p));
  // Codes only: the order must not reveal names either, so the list is sorted by code.
  const named = !pseudonymous && listed.every((p) => p.minor !== true);
  const sorted = [...listed].sort(named ? byName : byCode);
  return sorted.map((p) => choiceLabel(p, pseudonymous || p.minor !== false));
}

/**
 * Lists for the preference questionnaire: every matchable mentor and mentee (consent given, not withdrawn
 * or finished) with an ID. Mentees choose from `mentors`, mentors from `mentees`.
 */
export function preferenceChoices(
  mentors: readonly Person[],
  mentees: readonly Person[],
  pseudonymous: boolean,
): { mentors: string[]; mentees: string[] } {
  const matchable = (p: Person) => p.matchable !== false;
  return { mentors: labels(mentors, matchable, pseudonymous), mentees: labels(mentees, matchable, pseudonymous) };
}

/** Pairs that hold meetings: approved, active or finished (a finished pair still reports its last meeting). */
const MEETING_PAIR_STATUSES = ["утверждена", "активна", "завершена"];

export function isMeetingPair(pair: PairRef): boolean {
  return (
    pair.pairId !== "" &&
    (pair.status === undefined || pair.status === "" || MEETING_PAIR_STATUSES.includes(labelKey(pair.status)))
  );
}

/** A pair in a form: its code alone, whatever the mode (a pair names a child). */
export function pairLabel(pair: PairRef): string {
  return pair.pairId;
}

export function pairChoices(pairs: readonly PairRef[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pair of pairs.filter(isMeetingPair)) {
    // A group is several rows with one pair ID: list it once.
    const key = idKey(pair.pairId);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pairLabel(pair));
  }
  return out;
}

export interface ChoiceContext {
  refs: Refs;
  mentors: readonly MentorRecord[];
  mentees: readonly MenteeRecord[];
  pairs: readonly PairRef[];
  pseudonymous: boolean;
}

function baseChoices(base: BaseList, ctx: ChoiceContext): string[] {
  switch (base) {
    case "mentors":
      return preferenceChoices(ctx.mentors, [], ctx.pseudonymous).mentors;
    case "mentees":
      return preferenceChoices([], ctx.mentees, ctx.pseudonymous).mentees;
    case "pairs":
      return pairChoices(ctx.pairs);
  }
}

/** The options an item offers now; [] for items without options. */
export function resolveChoices(item: ItemDef, ctx: ChoiceContext): string[] {
  const source = item.choices;
  if (!source) return [];
  switch (source.from) {
    case "static":
      return [...source.values];
    case "ref":
      return [...ctx.refs[source.list]];
    case "base":
      return baseChoices(source.base, ctx);
  }
}

/**
 * Read a person back from an answer: a list label («НТ-0001 — Иванова А. П.») or a bare code. Never by name:
 * two people may share one, and a name is not a key (identity.ts). Returns the person, or why not.
 */
export function findPerson<P extends Person>(
  answer: string,
  people: readonly P[] | PeopleLookup<P>,
): { ok: true; person: P } | { ok: false; why: "unknown" | "ambiguous" } {
  const index = people instanceof PeopleLookup ? people : new PeopleLookup("", people);
  const code = answer.split(LABEL_SEPARATOR)[0];
  const byId = index.withCode(code);
  if (byId.length === 1) return { ok: true, person: byId[0] };
  return { ok: false, why: byId.length > 1 ? "ambiguous" : "unknown" };
}

export function findPair(answer: string, pairs: readonly PairRef[] | PairLookup): PairRef | undefined {
  const index = pairs instanceof PairLookup ? pairs : new PairLookup(pairs);
  return index.withCode(answer.split(LABEL_SEPARATOR)[0])[0];
}
