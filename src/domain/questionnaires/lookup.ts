/**
 * Indexes over the registers an answer is read against: people by register ID, by personal code, by name
 * and by e-mail, the highest ID given; pairs by code and by person. Reading one answer then costs the same whatever the size of the registers.
 * Decisions:
 * - keys are the comparison keys the rules already use (idKey for IDs, codeKey for personal codes, labelKey
 *   for names), so a lookup finds exactly the people a scan of the register would (identity.ts);
 * - an e-mail matches an address written in «Контакты» as a whole (case ignored), not as a substring of it:
 *   «a@b.ru» is not «xa@b.ru»; this module is the one place that reads addresses out of «Контакты»;
 * - built once from arrays in O(n); the Forms adapter keeps one up to date across a batch of answers
 *   (`add`, `replace`) rather than building it again for every answer.
 */
import { labelKey } from "../common/normalise";
import { formatId, ID_PREFIX, idKey, idNumber } from "../participants/ids";
import type { MenteeRecord, MentorRecord, PairRef } from "../participants/records";
import type { Registered } from "./identity";
import { codeKey } from "./personalCode";

interface Person {
  id: string;
  name: string;
  code?: string;
  contacts?: string;
}

/** The addresses written in «Контакты», lower-cased, each once. */
export function emailsOf(contacts: string | undefined): string[] {
  const found = (contacts ?? "")
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((t) => t.replace(/^[<(«"']+|[>)»"'.]+$/g, ""))
    .filter((t) => t.includes("@"));
  return [...new Set(found)];
}

/** Map from key to the values under it, in insertion order. */
class Buckets<V> {
  private readonly map = new Map<string, V[]>();
  get(key: string): readonly V[] {
    return this.map.get(key) ?? [];
  }
  add(key: string, value: V): void {
    if (key === "") return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }
  remove(key: string, value: V): void {
    const list = this.map.get(key);
    const at = list ? list.indexOf(value) : -1;
    if (list && at >= 0) list.splice(at, 1);
  }
}

export class PeopleLookup<P extends Person> {
  private readonly byCode = new Buckets<P>();
  private readonly byPersonalCode = new Buckets<P>();
  private readonly byName = new Buckets<P>();
  private readonly byEmail = new Buckets<P>();
  private highest = 0;

  /** `prefix`: the code prefix of this register («НТ», «НЯ»), for the next free code. */
  constructor(
    readonly prefix: string,
    people: Iterable<P> = [],
  ) {
    for (const p of people) this.add(p);
  }

  add(p: P): void {
    this.byCode.add(idKey(p.id), p);
    this.byPersonalCode.add(codeKey(p.code), p);
    this.byName.add(labelKey(p.name), p);
    for (const e of emailsOf(p.contacts)) this.byEmail.add(e, p);
    const n = idNumber(p.id, this.prefix);
    if (n !== undefined && n > this.highest) this.highest = n;
  }

  replace(old: P, next: P): void {
    this.byCode.remove(idKey(old.id), old);
    this.byPersonalCode.remove(codeKey(old.code), old);
    this.byName.remove(labelKey(old.name), old);
    for (const e of emailsOf(old.contacts)) this.byEmail.remove(e, old);
    this.add(next);
  }

  /** A code given before (a deleted person's) counts as taken: the next code continues after it. */
  reserve(n: number): void {
    if (n > this.highest) this.highest = n;
  }

  withCode(code: string): readonly P[] {
    return this.byCode.get(idKey(code));
  }

  /** The rows holding this personal code (ownersOf's rule). */
  withPersonalCode(code: string): readonly P[] {
    const key = codeKey(code);
    return key === "" ? [] : this.byPersonalCode.get(key);
  }

  named(name: string): readonly P[] {
    return this.byName.get(labelKey(name));
  }

  withEmail(email: string): readonly P[] {
    return this.byEmail.get(email.toLowerCase());
  }

  nextId(): string {
    return formatId(this.prefix, this.highest + 1);
  }
}

export class PairLookup {
  private readonly byCode = new Buckets<PairRef>();
  private readonly byMentor = new Buckets<PairRef>();
  private readonly byMentee = new Buckets<PairRef>();
  constructor(pairs: Iterable<PairRef> = []) {
    for (const p of pairs) {
      this.byCode.add(idKey(p.pairId), p);
      this.byMentor.add(idKey(p.mentorId), p);
      this.byMentee.add(idKey(p.menteeId), p);
    }
  }
  withCode(code: string): readonly PairRef[] {
    return this.byCode.get(idKey(code));
  }
  /** The rows where this person is the mentor (or the mentee), in register order. */
  of(role: "mentor" | "mentee", personId: string): readonly PairRef[] {
    return (role === "mentor" ? this.byMentor : this.byMentee).get(idKey(personId));
  }
}

export interface RegisterLookup {
  mentors: PeopleLookup<Registered<MentorRecord>>;
  mentees: PeopleLookup<Registered<MenteeRecord>>;
  pairs: PairLookup;
}

/** Lookups over arrays of records (one answer: built in O(n), as a scan would cost). */
export function registerLookup(existing: {
  mentors: readonly Registered<MentorRecord>[];
  mentees: readonly Registered<MenteeRecord>[];
  pairs: readonly PairRef[];
}): RegisterLookup {
  return {
    mentors: new PeopleLookup(ID_PREFIX.mentors, existing.mentors),
    mentees: new PeopleLookup(ID_PREFIX.mentees, existing.mentees),
    pairs: new PairLookup(existing.pairs),
  };
}
