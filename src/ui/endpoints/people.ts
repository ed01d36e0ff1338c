/**
 * The people side of pairs in the sidebar: «Завершить пару» (the pair's status and end date, then its
 * people follow: domain/pairs/lifecycle.ts) and one person, one count (suggested links between a mentee
 * row and a mentor row of the same person, confirmed or dismissed by the curator).
 *
 * Dismissed links are remembered in a document property (every curator of the workbook sees the same
 * list), at most MAX_DISMISSED of them, the oldest forgotten first.
 */
import * as z from "zod";
import { formatDateRu } from "../../domain/common/dates";
import { endPairs, isLive } from "../../domain/pairs/lifecycle";
import { LIFECYCLE_TEXT } from "../../domain/pairs/messages";
import { LINK_TEXT } from "../../domain/participants/linkMessages";
import { displayName } from "../../domain/participants/displayName";
import { idKey } from "../../domain/participants/ids";
import { linkKey, suggestPersonLinks, type PersonLink } from "../../domain/participants/personLinks";
import { SHEETS } from "../../domain/workbook/sheets";
import {
  followPairRows,
  pairStates,
  personStates,
  readPeopleTables,
  writePairChanges,
} from "../../sheets/lifecycleSheet";
import { linkCandidates, readLinkTables, writeLinks } from "../../sheets/personLinksSheet";
import { readSettings } from "../../sheets/settings";
import { readTable, zoneOf } from "../../sheets/table";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

const DISMISSED = "cmn.personLinks.dismissed";
const MAX_DISMISSED = 400;
const MAX_LISTED = 300;

export interface LivePairDto {
  pairId: string;
  row: number;
  mentor: string;
  mentee: string;
  status: string;
  /** «дд.мм.гггг» or "". */
  start: string;
}

export interface LivePairsDto {
  pairs: LivePairDto[];
  total: number;
  pseudonymous: boolean;
  today: string;
}

export interface PersonLinkDto {
  menteeId: string;
  mentorId: string;
  menteeRow: number;
  mentorRow: number;
  /** Name, or the code in pseudonymous mode. */
  mentee: string;
  mentor: string;
  basis: string;
}

export interface PersonLinksDto {
  links: PersonLinkDto[];
  total: number;
  dismissed: number;
  pseudonymous: boolean;
}

function pairsTable() {
  const ss = active();
  const sheet = ss.getSheetByName(SHEETS.pairs.name);
  if (!sheet) throw new UserFacingError(LIFECYCLE_TEXT.sheetMissing(SHEETS.pairs.name));
  return readTable(sheet, SHEETS.pairs, { zone: zoneOf(ss), withFormulas: true });
}

function dismissedKeys(): string[] {
  const raw = PropertiesService.getDocumentProperties().getProperty(DISMISSED);
  if (!raw) return [];
  const parsed = z.array(z.string()).safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : [];
}

function linkDto(l: PersonLink, pseudonymous: boolean): PersonLinkDto {
  return {
    menteeId: l.mentee.id,
    mentorId: l.mentor.id,
    menteeRow: l.mentee.row,
    mentorRow: l.mentor.row,
    mentee: displayName(l.mentee, pseudonymous),
    mentor: displayName(l.mentor, pseudonymous),
    basis: LINK_TEXT.basis[l.basis],
  };
}

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Id = z.string().min(1).max(40);
const Links = z
  .array(z.object({ menteeId: Id, mentorId: Id }).strict())
  .min(1)
  .max(2000);

export const PEOPLE_ENDPOINTS = {
  /** Pairs that can be ended: «утверждена» and «активна». */
  livePairs: endpoint("livePairs", NoInput, (): LivePairsDto => {
    const ss = active();
    const table = pairsTable();
    const pseudonymous = readSettings(ss, table.zone).pseudonymous;
    const people = readPeopleTables(ss, table.zone);
    const names = {
      mentor: new Map(personStates(people.mentors).map((p) => [idKey(p.id), p])),
      mentee: new Map(personStates(people.mentees).map((p) => [idKey(p.id), p])),
    };
    const show = (role: "mentor" | "mentee", id: string) =>
      displayName({ id, name: names[role].get(idKey(id))?.name ?? "" }, pseudonymous);
    const live = pairStates(table).filter(isLive);
    return {
      pairs: live.slice(0, MAX_LISTED).map((p) => ({
        pairId: p.pairId,
        row: p.row,
        mentor: show("mentor", p.mentorId),
        mentee: show("mentee", p.menteeId),
        status: p.status,
        start: p.start && /^\d{4}-\d{2}-\d{2}$/.test(p.start) ? formatDateRu(p.start) : "",
      })),
      total: live.length,
      pseudonymous,
      today: table.zone.today(),
    };
  }),

  /** «Завершить пару»: the pairs named end on the day given (today by default); their people follow. */
  endPairs: endpoint(
    "endPairs",
    z
      .object({
        pairIds: z.array(Id).min(1).max(2000),
        endDate: IsoDay.optional(),
        outcome: z.enum(["ended", "cancelled"]).default("ended"),
      })
      .strict(),
    ({ pairIds, endDate, outcome }) =>
      withDocumentLock(() => {
        const ss = active();
        const table = pairsTable();
        const day = endDate ?? table.zone.today();
        const states = pairStates(table);
        const { changes, problems } = endPairs(states, { pairIds, outcome, day });
        if (problems.length) throw new UserFacingError(problems.map(LIFECYCLE_TEXT.problem).join("; "));
        writePairChanges(table, changes);
        const people = followPairRows(ss, table, new Set(changes.map((c) => c.row)), day);
        return {
          ended: changes.length,
          people: people.length,
          message: LIFECYCLE_TEXT.ended(changes.length, outcome, people),
        };
      }),
  ),

  /** Suggested links between a mentee row and a mentor row of the same person. */
  personLinks: endpoint("personLinks", NoInput, (): PersonLinksDto => {
    const ss = active();
    const zone = zoneOf(ss);
    const tables = readLinkTables(ss, zone);
    const pseudonymous = readSettings(ss, zone).pseudonymous;
    const dismissed = dismissedKeys();
    const links = suggestPersonLinks(linkCandidates(tables.mentees), linkCandidates(tables.mentors), {
      today: zone.today(),
      dismissed: new Set(dismissed),
    });
    return {
      links: links.slice(0, MAX_LISTED).map((l) => linkDto(l, pseudonymous)),
      total: links.length,
      dismissed: dismissed.length,
      pseudonymous,
    };
  }),

  /** Confirm links: the mentee's ID into «Ключ персоны» of both rows. */
  confirmPersonLinks: endpoint("confirmPersonLinks", z.object({ links: Links }).strict(), ({ links }) =>
    withDocumentLock(() => {
      const ss = active();
      const zone = zoneOf(ss);
      const tables = readLinkTables(ss, zone);
      if (!tables.mentors || !tables.mentees) throw new UserFacingError(LINK_TEXT.noColumn);
      if (tables.mentors.columns.personKey === undefined || tables.mentees.columns.personKey === undefined)
        throw new UserFacingError(LINK_TEXT.noColumn);
      const suggested = suggestPersonLinks(linkCandidates(tables.mentees), linkCandidates(tables.mentors), {
        today: zone.today(),
      });
      const byKey = new Map(suggested.map((l) => [linkKey(l.mentee.id, l.mentor.id), l]));
      const chosen = links.map((l) => byKey.get(linkKey(l.menteeId, l.mentorId)));
      const gone = links.filter((_, i) => !chosen[i]);
      if (gone.length) throw new UserFacingError(gone.map((l) => LINK_TEXT.gone(l.menteeId, l.mentorId)).join("; "));
      writeLinks({ mentors: tables.mentors, mentees: tables.mentees }, chosen as PersonLink[]);
      return { linked: chosen.length, message: LINK_TEXT.confirmed(chosen.length) };
    }),
  ),

  /** Dismiss links: remembered, never suggested again. */
  dismissPersonLinks: endpoint("dismissPersonLinks", z.object({ links: Links }).strict(), ({ links }) =>
    withDocumentLock(() => {
      const keys = dismissedKeys();
      const seen = new Set(keys);
      for (const l of links) {
        const key = linkKey(l.menteeId, l.mentorId);
        if (!seen.has(key)) {
          seen.add(key);
          keys.push(key);
        }
      }
      const kept = keys.slice(-MAX_DISMISSED);
      PropertiesService.getDocumentProperties().setProperty(DISMISSED, JSON.stringify(kept));
      return { dismissed: links.length, message: LINK_TEXT.dismissed(links.length) };
    }),
  ),
};
