/** Calendar arithmetic lives in common/dates.ts (shared by every feature); periods import it from here. */
export { addDays, daysBetween, daysInMonth, firstDay, isValidDay, isoDate, lastDay, ISO_DATE } from "../common/dates";
