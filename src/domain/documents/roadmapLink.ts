/**
 * The link between documents, the roadmap and the pairs. A roadmap item is about a document when its
 * title or expected result matches one of the kind's patterns (catalogue.ts). An order's number and date,
 * as the curator types them into «Документы» («№ 123-од от 21.11.2026», «123 от 21.11.2026 г.»), are read
 * back to fill «Приказ» of the pairs it fixed and to mark the roadmap item done on the order's date.
 */
import { KINDS, type DocumentKind } from "./catalogue";
import { formatDateRu, parseDateText, type IsoDate } from "../common/dates";

export interface RoadmapEntry {
  row: number;
  number: string;
  title: string;
  result: string;
  end?: IsoDate;
  done?: IsoDate;
}

export function matchesKind(kind: DocumentKind, entry: Pick<RoadmapEntry, "title" | "result">): boolean {
  const text = `${entry.title} ${entry.result}`;
  return KINDS[kind].roadmap.some((patterns) => patterns.every((re) => re.test(text)));
}

/** Roadmap items about the document, not yet done; the one due soonest after the date first. */
export function openItemsFor(kind: DocumentKind, roadmap: readonly RoadmapEntry[], date: IsoDate): RoadmapEntry[] {
  const open = roadmap.filter((e) => matchesKind(kind, e) && !e.done);
  const key = (e: RoadmapEntry) => (e.end === undefined ? "9999" : e.end < date ? `8${e.end}` : `0${e.end}`);
  return open.sort((a, b) => key(a).localeCompare(key(b)));
}

export interface OrderReference {
  number: string;
  date: IsoDate;
}

const REFERENCE =
  /^(?:приказ\s*)?№?\s*([0-9A-Za-zА-Яа-яЁё/\-.]*?[0-9][0-9A-Za-zА-Яа-яЁё/-]*)\s+от\s+(\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.?)?$/i;

export function parseOrderReference(text: string): OrderReference | undefined {
  const m = REFERENCE.exec(text.trim().replace(/\s+/g, " "));
  if (!m) return undefined;
  const date = parseDateText(m[2]);
  return date ? { number: m[1], date } : undefined;
}

/** How «Приказ» in «Пары» records it: «Приказ № 123-од от 21.11.2026». */
export function orderLabel(ref: OrderReference): string {
  return `Приказ № ${ref.number} от ${formatDateRu(ref.date)}`;
}
