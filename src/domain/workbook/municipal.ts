/**
 * The municipal coordinator's workbook, beside the school's (sheets.ts): «Настройки» (the same sheet
 * with the municipality's settings), «Школы», «Цели района», «Сводка», its own «Дорожная карта» (the
 * school's spec, so the roadmap import works there) and «Отчёт»; plus, in each school's workbook, the
 * hidden snapshot sheet the municipality reads.
 *
 * Decisions:
 * - The school's snapshot lives on a hidden sheet «Снимок для муниципалитета» under one named range,
 *   CMN_Snapshot: the JSON text in column A, split into cells (codec.ts). The municipality opens the
 *   school's workbook read-only and reads that range only, never a base.
 * - Snapshots received (from links or files) are kept whole in the hidden «Снимки школ», one row per
 *   school, so «Сводка» and «Отчёт» can be rebuilt at any time without reading the schools again.
 * - Targets of the district are the municipality's own, typed in «Цели района» per year; the service
 *   code column is hidden (codes are internal), and a row typed by name is recognised as the school's
 *   «Показатели» rows are (domain/municipal/targets.ts).
 */
import type { ColumnSpec, ColumnType, SheetSpec } from "./sheets";

/** A row of the municipality's «Настройки» (the school's typed settings are domain/workbook/settings.ts). */
export interface MunicipalSettingSpec {
  key: "municipality" | "coordinator" | "academicYear" | "programPeriod" | "reportDate" | "periodStart";
  label: string;
  default: string;
  help: string;
}

export type MunicipalSheetKey = "schools" | "targets" | "summary" | "received";

export const SNAPSHOT_SHEET = {
  name: "Снимок для муниципалитета",
  rangeName: "CMN_Snapshot",
} as const;

const col = (key: string, header: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  type,
  ...extra,
});

export const MUNICIPAL_SHEETS: Record<MunicipalSheetKey, SheetSpec> = {
  schools: {
    key: "schools",
    name: "Школы",
    columns: [
      col("name", "Школа", "text", {
        required: true,
        width: 260,
        aliases: ["Образовательная организация", "Организация", "ОО"],
      }),
      col("curator", "Куратор", "text", { width: 180 }),
      col("link", "Ссылка на книгу или файл", "text", { width: 280, aliases: ["Ссылка", "Книга школы"] }),
      col("received", "Получено", "timestamp", { width: 110 }),
      col("dataDate", "Данные на", "date", { width: 100 }),
      col("state", "Состояние", "computed", { width: 120 }),
      col("reason", "Причина", "computed", { width: 320 }),
    ],
  },
  targets: {
    key: "targets",
    name: "Цели района",
    // One «Цель <year>» column per programme year follows «Ед.» (as in the school's «Показатели»).
    columns: [
      // The catalogue's service code (hidden, never shown); a row typed by name only is recognised by it.
      col("code", "Служебный код", "text", { width: 60, aliases: ["Код"], hidden: true }),
      col("name", "Показатель", "text", { required: true, width: 420 }),
      col("unit", "Ед.", "text", { width: 50 }),
    ],
  },
  summary: { key: "summary", name: "Сводка", columns: [] },
  received: {
    key: "received",
    name: "Снимки школ",
    // The JSON continues in the columns after «Снимок» when it is longer than one cell.
    columns: [
      col("school", "Школа", "text", { width: 260 }),
      col("source", "Источник", "text", { width: 220 }),
      col("received", "Получено", "date", { width: 100 }),
      col("json", "Снимок", "text", { width: 400, plainText: true }),
    ],
  },
};

/** Sheets of the municipal workbook, in tab order («Дорожная карта» and «Отчёт» are the school's specs). */
export const MUNICIPAL_ORDER = ["settings", "schools", "summary", "targets", "roadmap", "report", "received"] as const;

/** «Настройки» of the municipal workbook, one row each. */
export const MUNICIPAL_SETTINGS: MunicipalSettingSpec[] = [
  { key: "municipality", label: "Муниципалитет", default: "", help: "Муниципальный район или городской округ" },
  { key: "coordinator", label: "Координатор", default: "", help: "Кто собирает данные школ" },
  { key: "academicYear", label: "Учебный год", default: "2026-2027", help: "Например, 2026-2027" },
  {
    key: "programPeriod",
    label: "Период программы",
    default: "2024-2027",
    help: "Годы реализации программы, например 2024-2027",
  },
  { key: "reportDate", label: "Дата отчёта", default: "", help: "Дата сводки и отчёта (пусто — сегодня)" },
  {
    key: "periodStart",
    label: "Начало периода сбора",
    default: "",
    help: "Снимки с более ранней датой считаются устаревшими (пусто — начало квартала даты отчёта)",
  },
];
