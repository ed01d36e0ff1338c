/** Typed records of the participant-side sheets, as the rest of the add-on uses them. */
import type { IsoDate } from "../common/dates";
import type { ConsentBy } from "./consent";
import type { Role } from "./cells";

interface ParticipantCommon {
  /** Row number in the sheet (the header is row 1). */
  row: number;
  /** '' when the row has no ID yet (see assignIds). */
  id: string;
  name: string;
  category: string;
  grade?: string;
  gradeNumber?: number;
  birthDate?: IsoDate;
  /** «Возраст» as the sheet holds it: computed from the birth date, or typed in an old workbook. */
  age?: number;
  experience?: number;
  subject?: string;
  /** For a minor, the legal guardian's consent. */
  consent: boolean;
  status?: string;
  /** When the questionnaire was filled in. */
  questionnaireDate?: IsoDate;
  /** When the person entered the programme (their first pair was approved). */
  joined?: IsoDate;
  ended?: IsoDate;
  /** Links a mentee row and a mentor row of the same person (the curator confirms a suggested link). */
  personKey?: string;
  source?: string;
  minor: boolean;
  consentBy: ConsentBy;
  countable: boolean;
  matchable: boolean;
  /** No problem of severity "error" in the row. */
  complete: boolean;
}

export interface MentorRecord extends ParticipantCommon {
  role: "mentor";
  competencies: string[];
  forms: string[];
  capacity?: number;
  trained: boolean;
  organisation?: string;
  contacts?: string;
}

export interface MenteeRecord extends ParticipantCommon {
  role: "mentee";
  requests: string[];
  needs: string[];
  form?: string;
  result?: string;
}

export type ParticipantRecord = MentorRecord | MenteeRecord;

export interface MeetingRecord {
  row: number;
  pairId: string;
  date: IsoDate;
  type?: string;
  menteeRating?: number;
  mentorRating?: number;
  comment?: string;
}

export interface SurveyRecord {
  row: number;
  participantId: string;
  role?: Role;
  questionnaire?: string;
  stage?: string;
  /** The survey round («декабрь 2026»): a second answer in the same wave replaces the first. */
  wave?: string;
  /** «2026-2027»: entry and exit evaluations are keyed by programme year. */
  academicYear?: string;
  date?: IsoDate;
  /** Scaled items (1–10) by column key of «Опросы». */
  scores: Record<string, number>;
  /** Open answers sorted into SWOT, by column key. */
  texts: Record<string, string>;
  wantsToContinue?: boolean;
  total?: number;
}

export interface PreferenceRecord {
  row: number;
  participantId: string;
  role?: Role;
  /** IDs in order of preference, blanks left out. */
  choices: string[];
  date?: IsoDate;
}

/** The minimal view of a pair the questionnaires need (the matching feature owns the full record). */
export interface PairRef {
  pairId: string;
  mentorId: string;
  menteeId: string;
  mentorName?: string;
  menteeName?: string;
  status?: string;
}

/** A row of «Пары»: one mentor and one mentee (a group is several rows with one mentor). */
export interface PairRecord {
  row: number;
  pairId: string;
  mentorId: string;
  menteeId: string;
  form?: string;
  roleModel?: string;
  /** As typed; compare with the vocabulary of defaults.ts (PAIR_STATUS). */
  status?: string;
  locked: boolean;
  start?: IsoDate;
  end?: IsoDate;
  order?: string;
}

export interface BaseRecords {
  pairs: PairRecord;
  mentors: MentorRecord;
  mentees: MenteeRecord;
  meetings: MeetingRecord;
  surveys: SurveyRecord;
  preferences: PreferenceRecord;
}
