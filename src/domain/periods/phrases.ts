/**
 * Multi-word phrases, as data: each pattern (on normalised text) is replaced by one marker word that the
 * tokeniser reads as a single token. Order matters: longer, more specific phrases come first.
 */

export type Marker =
  | "@schedule" // the date lives elsewhere: by-schedule
  | "@program" // the whole programme span: continuous
  | "@during" // «в течение», «на протяжении»
  | "@school" // «учебный год», «уч. год»
  | "@by" // «не позднее»: the period itself still counts
  | "@endof" // «до конца»
  | "@before" // «до», «к»: strictly before
  | "@from" // «с» opening a range
  | "@to" // «по» closing a range
  | "@yearly"
  | "@quarterly"
  | "@monthly"
  | "@unsupported-repeat"; // «еженедельно», «ежедневно»: a repetition the output cannot express

/** A word boundary for Cyrillic (JavaScript's \b only knows Latin letters). */
const L = "(?<![а-яa-z0-9@])";
const R = "(?![а-яa-z0-9])";

function phrase(source: string): RegExp {
  return new RegExp(L + "(?:" + source + ")" + R, "g");
}

export const PHRASES: readonly { pattern: RegExp; marker: Marker }[] = [
  // The date lives elsewhere.
  { pattern: phrase("по (?:отдельному |утвержденному |единому |своему )?график[а-я]*"), marker: "@schedule" },
  {
    pattern: phrase(
      "(?:в соответствии|согласно|в сроки|по срокам)(?: (?:со|с))?(?: [а-я]+)?? (?:срок|дорожн|график|план|приказ|распоряжени|положени|календар|программ|регламент|установленн|утвержденн)[а-я]*",
    ),
    marker: "@schedule",
  },
  { pattern: phrase("в (?:установленные|утвержденные|согласованные) сроки"), marker: "@schedule" },
  { pattern: phrase("по мере (?:необходимости|поступления|готовности|потребности)"), marker: "@schedule" },
  { pattern: phrase("по (?:запросу|требованию|необходимости)"), marker: "@schedule" },
  // «в течение двух недель с даты определения модели»: counted from an event, not a calendar date.
  {
    pattern: phrase(
      "(?:в течение|не позднее|не позже|через)(?: [а-я0-9]+)?(?: рабочих| календарных)? (?:дн[а-я]*|день|недел[а-я]*|месяц[а-я]*|суток) (?:с|со|после|от|с момента)(?= [а-я])",
    ),
    marker: "@schedule",
  },
  // The whole programme.
  {
    pattern: phrase(
      "(?:(?:в течение|на протяжении|в ходе|за) )?(?:всего |весь )?(?:период[а-я]*|срок[а-я]*|времени) (?:реализации|внедрения|действия)(?: (?:цмн|программ[а-я]*|модел[а-я]*|проекта|плана|дорожной карты|целевой модели|наставничества))*",
    ),
    marker: "@program",
  },
  { pattern: phrase("(?:в течение|на протяжении) (?:всего )?(?:периода|срока)"), marker: "@program" },
  { pattern: phrase("весь период|постоянно|на постоянной основе|систематически"), marker: "@program" },
  // «в течение», kept for what follows (a year, a school year, a month).
  { pattern: phrase("в течение|в течении|на протяжении|в ходе"), marker: "@during" },
  { pattern: phrase("(?:учебн[а-я]*|уч)(?: (?:год|года|году|годы|годов|г))?"), marker: "@school" },
  { pattern: phrase("не позднее|не позже"), marker: "@by" },
  { pattern: phrase("до конца|к концу|до окончания|до завершения"), marker: "@endof" },
  { pattern: phrase("до|к"), marker: "@before" },
  { pattern: phrase("с|со"), marker: "@from" },
  { pattern: phrase("по"), marker: "@to" },
  { pattern: phrase("ежегодн[а-я]*|кажд(?:ый|ого) год[а]?|(?:(?:1|один) )?раз в год"), marker: "@yearly" },
  {
    pattern: phrase("ежекварталь?н[а-я]*|кажд(?:ый|ого) квартала?|(?:(?:1|один) )?раз в квартал"),
    marker: "@quarterly",
  },
  { pattern: phrase("ежемесячн[а-я]*|кажд(?:ый|ого) месяца?|(?:(?:1|один) )?раз в месяц"), marker: "@monthly" },
  { pattern: phrase("еженедельн[а-я]*|ежедневн[а-я]*|каждую неделю|каждый день"), marker: "@unsupported-repeat" },
];
