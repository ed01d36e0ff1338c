/**
 * The whole population of the demo school, participants or not: every pupil as a slot (grade, age,
 * flags) and every member of the teaching staff. Participants are drawn from these slots, and the
 * contingent table is counted from them, so the two can never disagree.
 */
import type { DemoRandom } from "./random";
import { OTHER_STAFF_ROLES, TEACHER_SUBJECTS } from "./texts";

export interface PupilSlot {
  grade: number;
  /** Parallel letter: «А», «Б», … */
  letter: string;
  /** Grade g ↔ age g+6 or g+7. */
  age: number;
  /** Marks «4» and «5» (not given in grade 1). */
  excellent: boolean;
  selfGovernment: boolean;
  publicOrganisation: boolean;
  preventionRegister: boolean;
  disability: boolean;
  taken: boolean;
}

export interface StaffSlot {
  /** A subject teacher, or another teaching role (psychologist, …). */
  teacher: boolean;
  subject: string;
  tag?: string;
  experience: number;
  age: number;
  qualification: "высшая" | "первая" | "";
  association: boolean;
}

const LETTERS = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "И", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У", "Ф", "Х"];
const CLASS_SIZE = 27;

/** Pupils of grades 1–11; `gradeSize` is the mean size of a grade in 1–9 (10–11 are smaller). */
export function buildPupils(random: DemoRandom, gradeSize: number): PupilSlot[] {
  const pupils: PupilSlot[] = [];
  for (let grade = 1; grade <= 11; grade++) {
    const mean = grade >= 10 ? gradeSize * 0.65 : gradeSize;
    const count = Math.max(4, Math.round(mean * (0.9 + random.int(0, 20) / 100)));
    const classes = Math.max(1, Math.ceil(count / CLASS_SIZE));
    const olderShare = 0.35 + random.int(0, 25) / 100;
    for (let i = 0; i < count; i++) {
      pupils.push({
        grade,
        letter: LETTERS[(i % classes) % LETTERS.length],
        age: grade + 6 + (i < count * olderShare ? 1 : 0),
        excellent: grade >= 2 && random.chance(grade <= 4 ? 0.55 : grade <= 9 ? 0.4 : 0.45),
        selfGovernment: random.chance(grade <= 4 ? 0.05 : 0.09),
        publicOrganisation: random.chance(grade <= 4 ? 0.12 : 0.22),
        preventionRegister: grade >= 3 && random.chance(0.02),
        disability: random.chance(0.05),
        taken: false,
      });
    }
  }
  return pupils;
}

/**
 * Free pupils of some grades, drawn one by one with a preference: rejection sampling keeps each draw O(1),
 * which matters for the 2,000-mentee benchmark school.
 */
export class PupilPool {
  private readonly free: PupilSlot[];

  constructor(
    private readonly random: DemoRandom,
    pupils: readonly PupilSlot[],
    fromGrade: number,
    toGrade: number,
    private readonly weight: (p: PupilSlot) => number,
    private readonly maxWeight: number,
  ) {
    this.free = pupils.filter((p) => !p.taken && p.grade >= fromGrade && p.grade <= toGrade);
  }

  take(): PupilSlot {
    if (this.free.length === 0) throw new Error("Demo school: more participants than pupils in their grades");
    for (;;) {
      const i = this.random.int(0, this.free.length - 1);
      const slot = this.free[i];
      if (this.random.chance(this.weight(slot) / this.maxWeight)) {
        this.free[i] = this.free[this.free.length - 1];
        this.free.pop();
        slot.taken = true;
        return slot;
      }
    }
  }
}

export const gradeLabel = (slot: PupilSlot): string => `${slot.grade}${slot.letter}`;

function staffSlot(random: DemoRandom, experience: number, teacher: boolean): StaffSlot {
  const spec = random.weighted(TEACHER_SUBJECTS.map((s) => [s, s.weight] as const));
  const subject = teacher ? spec.subject : random.pick(OTHER_STAFF_ROLES);
  const qualification =
    experience < 3
      ? ""
      : random.weighted<StaffSlot["qualification"]>([
          ["высшая", experience > 12 ? 5 : 1],
          ["первая", 4],
          ["", experience > 12 ? 1 : 4],
        ]);
  return {
    teacher,
    subject,
    tag: teacher ? spec.tag : undefined,
    experience,
    age: Math.min(66, 22 + experience + random.int(0, experience < 5 ? 3 : 9)),
    qualification,
    association: random.chance(experience > 10 ? 0.2 : 0.05),
  };
}

export interface Staff {
  mentorTeachers: StaffSlot[];
  youngMentees: StaffSlot[];
  /** Teachers past the young-specialist years who asked for help (new to the school, burnt out). */
  otherMentees: StaffSlot[];
  all: StaffSlot[];
}

export function buildStaff(random: DemoRandom, total: number, mentors: number, mentees: number): Staff {
  const youngCount = Math.round(mentees * 0.8);
  // A few mentors with 2–4 years: in the base, but below the minimum experience for «учитель – учитель».
  const mentorTeachers = Array.from({ length: mentors }, (_, i) =>
    staffSlot(random, i % 10 === 9 ? random.int(2, 4) : random.around(19, 16, 5, 35), true),
  );
  const youngMentees = Array.from({ length: youngCount }, () =>
    staffSlot(
      random,
      random.weighted([
        [0, 3],
        [1, 3],
        [2, 2],
        [3, 2],
      ]),
      true,
    ),
  );
  const otherMentees = Array.from({ length: mentees - youngCount }, () => staffSlot(random, random.int(4, 12), true));
  // About one in ten of the teaching staff are psychologists, speech therapists and the like.
  const otherRoles = Math.round(total * 0.1);
  const rest = Array.from({ length: Math.max(0, total - mentors - mentees) }, (_, i) => {
    const experience = random.weighted([
      [random.int(0, 3), 1],
      [random.int(4, 15), 3],
      [random.int(16, 25), 3],
      [random.int(26, 42), 2],
    ]);
    return staffSlot(random, experience, i >= otherRoles);
  });
  return {
    mentorTeachers,
    youngMentees,
    otherMentees,
    all: [...mentorTeachers, ...youngMentees, ...otherMentees, ...rest],
  };
}
