/** Russian texts of the sidebar's report view. */
import { PROGRESS_TEXT } from "../../src/domain/workbook/progressMessages";

export const REPORT_VIEW = {
  title: "Отчёт",
  intro:
    "Отчёт мониторинга на дату из «Настроек» (пусто — на сегодня) за учебный год этой даты: показатели с числителями, знаменателями и графиком, участники и пары года, дорожная карта, встречи, удовлетворённость с волной опроса, динамика, SWOT, выводы по каждому разделу и подписи. Лист «Отчёт» перестраивается целиком, другие листы не меняются.",
  build: PROGRESS_TEXT.report.action,
  pseudonymous: "Режим псевдонимов включён: в отчёте вместо ФИО — коды.",
  open: "Перейти к отчёту",
  check: (line: string) => `Проверка книги: ${line}`,
  openCheck: "Открыть «Проверку»",
  conclusions: "Выводы",
} as const;
