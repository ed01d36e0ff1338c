/** Russian texts of the snapshot: why a file or a workbook's snapshot was not accepted. */
export const SNAPSHOT_TEXT = {
  malformed: (detail: string) => `не JSON: ${detail}`,
  foreign: 'это не снимок «Куратор ЦМН» (нет поля format: "cmn-snapshot")',
  olderVersion: (found: unknown, expected: number) =>
    `снимок старой версии формата (${String(found)}, нужна ${expected}): обновите дополнение в школе и отправьте снимок заново`,
  newerVersion: (found: unknown, expected: number) =>
    `снимок новой версии формата (${String(found)}, здесь читается ${expected}): обновите дополнение у муниципалитета`,
  invalid: (issues: string) => `снимок повреждён: ${issues}`,
  empty: "снимок пуст",
} as const;

/** The hidden snapshot sheet in a school's workbook. */
export const SNAPSHOT_SHEET_TEXT = {
  header: (date: string) =>
    `Снимок для муниципалитета на ${date}: только сводные числа, без имён и кодов участников (формат cmn-snapshot, ` +
    `описание — docs/snapshot.md). Лист пересоздаётся кнопкой «Отправить в муниципалитет»; не редактируйте его.`,
  protection: "Снимок для муниципалитета: пересоздаётся дополнением",
} as const;
