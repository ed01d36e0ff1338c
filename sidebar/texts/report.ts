/** Russian texts of the sidebar's report view. */
import { PROGRESS_TEXT } from "../../src/domain/workbook/progressMessages";

export const REPORT_VIEW = {
  title: "Отчёт",
  intro:
    "Отчёт мониторинга на дату из «Настроек»: показатели с целями и графиком, участники и пары, дорожная карта, встречи, удовлетворённость, динамика, SWOT и проблемы проверки. Лист «Отчёт» перестраивается целиком, другие листы не меняются.",
  build: PROGRESS_TEXT.report.action,
  pseudonymous: "Режим псевдонимов включён: в отчёте вместо ФИО — коды.",
  open: "Перейти к отчёту",
} as const;
