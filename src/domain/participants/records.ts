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
  age?: number;
  experience?: number;
  subject?: string;
  /** For a minor, the legal guardian's consent. */
  consent: boolean;
  status?: string;
  joined?: IsoDate;
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
  ended?: IsoDate;
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

export interface BaseRecords {
  mentors: MentorRecord;
  mentees: MenteeRecord;
  meetings: MeetingRecord;
  surveys: SurveyRecord;
  preferences: PreferenceRecord;
}
