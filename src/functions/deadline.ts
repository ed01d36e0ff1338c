/**
 * CMN_DEADLINE: the end date of the next occurrence of a Russian deadline text (periods.md), cell by cell
 * over a range. «Next» is the first occurrence not over before today; when all are over, the last one, so
 * an overdue item keeps showing its date. By-schedule texts answer with a message, not an error.
 */
import { nextDeadline } from "../domain/periods";
import { FN_MESSAGES } from "./messages";
import { contextFromYear, dateOf, periodOfCell, todayIso } from "./period";
import { CustomFunctionError, elementwise } from "./runtime";
import type { CustomFunctionSpec } from "./spec";

export const CMN_DEADLINE: CustomFunctionSpec = {
  name: "CMN_DEADLINE",
  summary:
    "Дата окончания ближайшего срока из текста («до 15.02.2021 г.», «ежеквартально», «Февраль-май 2022»); для прошедших сроков — последняя дата.",
  params: [
    {
      name: "text",
      type: "string|Array<Array<string>>",
      help: "Срок, как он записан в дорожной карте: ячейка или диапазон",
    },
    {
      name: "year",
      type: "number|string",
      help: "Год документа (2022) или учебный год («2022-2023»), если в сроке года нет (необязательно)",
      optional: true,
    },
  ],
  returns: "Дата",
  example: '=CMN_DEADLINE("ежеквартально"; 2021)',
  impl: (text, year) => {
    const today = todayIso();
    return elementwise([text, year ?? null], (cell, yearCell) => {
      const period = periodOfCell(cell, contextFromYear(yearCell));
      if (period === null) return "";
      if (period.kind === "by-schedule") return FN_MESSAGES.bySchedule;
      const end = nextDeadline(period, today);
      if (end === null) throw new CustomFunctionError(FN_MESSAGES.deadlineNeedsYear(String(cell).trim()));
      return dateOf(end);
    });
  },
};
