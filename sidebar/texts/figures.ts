/** Russian texts of the programme's figures on «Обзор» (the numbers come from domain/figures). */
import { countOf, WORDS, type PluralForms } from "../../src/domain/common/plural";

export const OVERVIEW_FIGURES = {
  year: (year: string) => `${year} учебный год: участники и пары, которые учитываются в показателях`,
  mentors: WORDS.mentor,
  mentees: WORDS.mentee,
  pairs: WORDS.pair,
  groups: WORDS.group,
  proposals: ["предложена", "предложены", "предложено"] as PluralForms,
  roadmap: WORDS.event,
  registers: (mentors: number, mentees: number, waiting: number) =>
    `В базах ${countOf(mentors, WORDS.mentor)} и ${countOf(mentees, WORDS.mentee)}; ` +
    `ждут пары — ${countOf(waiting, WORDS.mentee)}. Предложенные пары не учитываются, пока не утверждены.`,
} as const;
