/**
 * Snapshot rows: one flat record per figure, the shape of one BigQuery table (`bq load
 * --source_format=NEWLINE_DELIMITED_JSON`) that Connected Sheets brings back into Sheets. Every row
 * carries the school and dates, so any slice is one GROUP BY away: a district total of an indicator is
 * SUM(numerator) / SUM(denominator) over kind = 'indicator'. The table schema below is the contract
 * (docs/snapshot.md prints it; a test holds the two together).
 *
 * kind                 what the row holds
 * indicator            code, label (name), numerator, denominator, target
 * participants         form, role ("mentor" | "mentee"), count
 * pairs_by_form        form, count (all pairs), active (approved or active pairs)
 * pairs_by_status      status, count
 * roadmap_by_status    status, count
 * roadmap_overdue      code (item number), label (title), date (deadline)
 * satisfaction         role, numerator (satisfied), denominator (answered), count (participants)
 */
import type { Snapshot } from "./schema";

export type RowKind =
  | "indicator"
  | "participants"
  | "pairs_by_form"
  | "pairs_by_status"
  | "roadmap_by_status"
  | "roadmap_overdue"
  | "satisfaction";

export interface SnapshotRow {
  school: string;
  municipality: string;
  report_date: string;
  academic_year: string;
  target_year: number;
  taken_at: string;
  addon_version: string;
  format_version: number;
  kind: RowKind;
  code: string | null;
  label: string | null;
  form: string | null;
  role: string | null;
  status: string | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  count: number | null;
  active: number | null;
  date: string | null;
}

export interface BigQueryField {
  name: keyof SnapshotRow;
  type: "STRING" | "INTEGER" | "FLOAT" | "DATE";
  mode: "REQUIRED" | "NULLABLE";
  description: string;
}

/** The BigQuery table schema of snapshot rows (a `bq load --schema` file is this array as JSON). */
export const BIGQUERY_SCHEMA: readonly BigQueryField[] = [
  { name: "school", type: "STRING", mode: "REQUIRED", description: "Организация (из «Настроек» школы)" },
  { name: "municipality", type: "STRING", mode: "NULLABLE", description: "Муниципалитет" },
  { name: "report_date", type: "DATE", mode: "REQUIRED", description: "Дата, на которую даны цифры" },
  { name: "academic_year", type: "STRING", mode: "NULLABLE", description: "Учебный год, например 2026-2027" },
  { name: "target_year", type: "INTEGER", mode: "REQUIRED", description: "Год, из столбца которого взяты цели" },
  { name: "taken_at", type: "DATE", mode: "REQUIRED", description: "День, когда снимок сделан" },
  { name: "addon_version", type: "STRING", mode: "REQUIRED", description: "Версия дополнения" },
  { name: "format_version", type: "INTEGER", mode: "REQUIRED", description: "Версия формата снимка" },
  { name: "kind", type: "STRING", mode: "REQUIRED", description: "Вид строки (indicator, participants, …)" },
  { name: "code", type: "STRING", mode: "NULLABLE", description: "Код показателя или номер мероприятия" },
  { name: "label", type: "STRING", mode: "NULLABLE", description: "Название показателя или мероприятия" },
  { name: "form", type: "STRING", mode: "NULLABLE", description: "Форма наставничества" },
  { name: "role", type: "STRING", mode: "NULLABLE", description: "mentor или mentee" },
  { name: "status", type: "STRING", mode: "NULLABLE", description: "Статус пары или мероприятия" },
  { name: "numerator", type: "INTEGER", mode: "NULLABLE", description: "Числитель (удовлетворённых)" },
  { name: "denominator", type: "INTEGER", mode: "NULLABLE", description: "Знаменатель (ответивших)" },
  { name: "target", type: "FLOAT", mode: "NULLABLE", description: "Цель года, доля (0.35 = 35 %)" },
  { name: "count", type: "INTEGER", mode: "NULLABLE", description: "Количество (участников, пар, мероприятий)" },
  { name: "active", type: "INTEGER", mode: "NULLABLE", description: "Из них активных пар" },
  { name: "date", type: "DATE", mode: "NULLABLE", description: "Срок просроченного мероприятия" },
];

const EMPTY = {
  code: null,
  label: null,
  form: null,
  role: null,
  status: null,
  numerator: null,
  denominator: null,
  target: null,
  count: null,
  active: null,
  date: null,
} as const;

export function snapshotRows(s: Snapshot): SnapshotRow[] {
  const base = {
    school: s.school.name,
    municipality: s.school.municipality,
    report_date: s.reportDate,
    academic_year: s.academicYear,
    target_year: s.targetYear,
    taken_at: s.takenAt,
    addon_version: s.addonVersion,
    format_version: s.version,
  };
  const row = (kind: RowKind, fields: Partial<SnapshotRow>): SnapshotRow => ({ ...base, kind, ...EMPTY, ...fields });
  return [
    ...s.indicators.map((i) =>
      row("indicator", {
        code: i.code,
        label: i.name,
        numerator: i.numerator,
        denominator: i.denominator,
        target: i.target,
      }),
    ),
    ...s.participants.flatMap((p) => [
      row("participants", { form: p.form, role: "mentor", count: p.mentors }),
      row("participants", { form: p.form, role: "mentee", count: p.mentees }),
    ]),
    ...s.pairs.byForm.map((p) => row("pairs_by_form", { form: p.form, count: p.total, active: p.active })),
    ...s.pairs.byStatus.map((p) => row("pairs_by_status", { status: p.status, count: p.count })),
    ...s.roadmap.byStatus.map((r) => row("roadmap_by_status", { status: r.status, count: r.count })),
    ...s.roadmap.overdue.map((o) => row("roadmap_overdue", { code: o.number, label: o.title, date: o.end })),
    ...s.satisfaction.map((x) =>
      row("satisfaction", { role: x.role, numerator: x.satisfied, denominator: x.answered, count: x.participants }),
    ),
  ];
}

/** Newline-delimited JSON, one row a line, as `bq load` reads it. */
export function toNdjson(rows: readonly SnapshotRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
}
