/**
 * Vetting («допуск»): what a mentor needs before they are paired with a minor — training done, an
 * interview, and, for an adult, a certificate of no criminal record (справка об отсутствии судимости)
 * with its date. «Настройки» say, per category of mentor, which of these are required.
 *
 * Decisions: the requirements guard minors only — a mentor missing one is «не допущен» to work with
 * minors and may still mentor an adult (a teacher without the training course can support a young
 * colleague). The certificate is asked of adults only (18 or older, or of an adult category when the age
 * is blank); a mentee is a minor under 18, or a pupil when the age is blank (participants/consent.ts). A
 * certificate is valid for as many months as «Настройки» say, counted to the day of the run; 0 means no
 * limit (the model sets none). A date in the future is a typing error and does not count.
 */
import { ymd, type IsoDate } from "../common/dates";
import { isMinor } from "../participants/consent";
import { hasLabel } from "./labelCache";
import { VETTING_MESSAGES } from "./messages";
import type { MatchSettings, Mentor, VettingRule } from "./types";

export type VettingItem = "training" | "interview" | "certificate";

function applies(rule: VettingRule, category: string): boolean {
  return rule === "all" || hasLabel(rule, category);
}

/** Whole months from a day to another, a month counting once its day is reached. */
function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = ymd(from);
  const b = ymd(to);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

export interface Shortfall {
  item: VettingItem;
  /** The curator's words: «не пройдено обучение», «справка о несудимости старше 12 мес.». */
  reason: string;
}

/**
 * What the mentor lacks to work with minors, by the settings; empty when admitted. `today` (ISO) is
 * needed only when certificates expire.
 */
export function vettingShortfalls(mentor: Mentor, settings: MatchSettings, today?: IsoDate): Shortfall[] {
  const v = settings.vetting;
  const out: Shortfall[] = [];
  if (applies(v.training, mentor.category) && !mentor.trained)
    out.push({ item: "training", reason: VETTING_MESSAGES.noTraining() });
  if (applies(v.interview, mentor.category) && !mentor.interviewed)
    out.push({ item: "interview", reason: VETTING_MESSAGES.noInterview() });
  if (applies(v.certificate, mentor.category) && !isMinor(mentor)) {
    const date = mentor.certificateDate;
    if (!date) out.push({ item: "certificate", reason: VETTING_MESSAGES.noCertificate() });
    else if (today && date > today) out.push({ item: "certificate", reason: VETTING_MESSAGES.certificateFuture(date) });
    else if (today && v.certificateMonths > 0 && monthsBetween(date, today) >= v.certificateMonths)
      out.push({ item: "certificate", reason: VETTING_MESSAGES.certificateOld(date, v.certificateMonths) });
  }
  return out;
}

/** The vetting rules apply to this mentee: a minor. */
export function needsVettedMentor(mentee: { age?: number; category?: string }): boolean {
  return isMinor(mentee);
}
