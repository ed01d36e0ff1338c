/**
 * Mentors and mentees of the demo school, drawn from its population. Their statuses and dates are set
 * later by the pairing, which knows who worked with whom and when.
 */
import { DEFAULT_FORMS } from "../../src/domain/workbook/defaults";
import { MENTEE_ID_PREFIX, MENTOR_ID_PREFIX, formatId } from "./ids";
import type { NameBook, PersonName } from "./names";
import type { DemoRandom } from "./random";
import { PupilPool, gradeLabel, type PupilSlot, type StaffSlot } from "./school";
import {
  EMPLOYERS,
  PUPIL_MENTOR_TAGS,
  PUPIL_SUBJECTS,
  STUDENT_ORGANISATIONS,
  TEACHER_MENTOR_TAGS,
  YOUNG_TEACHER_REQUESTS,
} from "./texts";

export const [FORM_PUPIL, FORM_TEACHER, FORM_STUDENT, FORM_EMPLOYER, FORM_EMPLOYER_STUDENT] = DEFAULT_FORMS;

export type Category = "обучающийся" | "педагог" | "студент" | "представитель работодателя";
export type ParticipantStatus = "кандидат" | "активен" | "завершил" | "выбыл";

interface Participant {
  id: string;
  name: PersonName;
  category: Category;
  /** Grade number for pupils, for the seniority rule. */
  gradeNumber?: number;
  grade: string;
  age: number;
  experience: number | "";
  subject: string;
  consent: boolean;
  /** Left the programme: never paired. */
  withdrawn: boolean;
  status: ParticipantStatus;
  joined?: Date;
}

export interface Mentor extends Participant {
  competencies: string[];
  forms: string[];
  capacity: number;
  trained: boolean;
  organisation: string;
  contacts: string;
}

export interface Mentee extends Participant {
  requests: string[];
  needs: string[];
  form: string;
  ended?: Date;
  result: string;
}

export interface MentorMix {
  pupils: number;
  teachers: number;
  students: number;
  employers: number;
}

const phone = (random: DemoRandom): string =>
  `+7 9${random.int(10, 99)} ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}`;

const subjectTags = (grade: number) => PUPIL_SUBJECTS.filter((s) => s.fromGrade <= grade);

function pickSubjects(random: DemoRandom, grade: number, k: number): string[] {
  const chosen = new Set<string>();
  const options = subjectTags(grade).map((s) => [s.tag, s.weight] as const);
  for (let i = 0; i < k * 3 && chosen.size < k; i++) chosen.add(random.weighted(options));
  return [...chosen];
}

export function buildMentors(
  random: DemoRandom,
  names: NameBook,
  pupils: PupilSlot[],
  teachers: readonly StaffSlot[],
  mix: MentorMix,
): Mentor[] {
  const mentors: Mentor[] = [];
  const add = (m: Omit<Mentor, "id" | "status" | "withdrawn">) =>
    mentors.push({
      ...m,
      id: formatId(MENTOR_ID_PREFIX, mentors.length + 1),
      status: "кандидат",
      withdrawn: random.chance(0.03),
    });

  // Senior pupils with good marks and a place in self-government come forward first.
  const seniors = new PupilPool(
    random,
    pupils,
    8,
    11,
    (p) => 1 + (p.excellent ? 3 : 0) + (p.selfGovernment ? 2 : 0) + (p.grade >= 10 ? 1 : 0),
    7,
  );
  for (let i = 0; i < mix.pupils; i++) {
    const slot = seniors.take();
    const competencies = [
      ...pickSubjects(random, slot.grade, random.int(1, 2)),
      ...random.sample(PUPIL_MENTOR_TAGS, random.int(1, 2)),
    ];
    if (slot.grade >= 10 && random.chance(0.3)) competencies.push("ОГЭ");
    add({
      name: names.next("child"),
      category: "обучающийся",
      gradeNumber: slot.grade,
      grade: gradeLabel(slot),
      age: slot.age,
      experience: "",
      subject: "",
      competencies,
      forms: [FORM_PUPIL],
      capacity: random.weighted([
        [1, 6],
        [2, 4],
        [3, 1],
      ]),
      trained: random.chance(0.85),
      consent: random.chance(0.95),
      organisation: "",
      contacts: "",
    });
  }
  for (const staff of teachers.slice(0, mix.teachers)) {
    const competencies = [...(staff.tag ? [staff.tag] : []), ...random.sample(TEACHER_MENTOR_TAGS, random.int(2, 3))];
    add({
      name: names.next("adult", random.chance(0.85) ? "female" : "male"),
      category: "педагог",
      grade: "",
      age: staff.age,
      experience: staff.experience,
      subject: staff.subject,
      competencies,
      forms: [FORM_TEACHER],
      capacity: random.weighted([
        [1, 4],
        [2, 4],
        [3, 2],
      ]),
      trained: random.chance(0.9),
      consent: random.chance(0.97),
      organisation: "",
      contacts: phone(random),
    });
  }
  for (let i = 0; i < mix.students; i++) {
    const subjects = pickSubjects(random, 9, random.int(1, 2));
    add({
      name: names.next("adult"),
      category: "студент",
      grade: "",
      age: random.int(18, 22),
      experience: "",
      subject: `${random.int(1, 4)} курс`,
      competencies: [...subjects, ...random.sample(["проекты", "общение", "олимпиады", "цифровые навыки"], 2)],
      forms: [FORM_STUDENT],
      capacity: random.int(2, 3),
      trained: random.chance(0.9),
      consent: true,
      organisation: random.pick(STUDENT_ORGANISATIONS),
      contacts: phone(random),
    });
  }
  for (let i = 0; i < mix.employers; i++) {
    const employer = EMPLOYERS[i % EMPLOYERS.length];
    const experience = random.int(3, 30);
    add({
      name: names.next("adult"),
      category: "представитель работодателя",
      grade: "",
      age: 23 + experience + random.int(0, 8),
      experience,
      subject: random.pick(employer.professions),
      competencies: [...employer.tags, ...(employer.tags.includes("профориентация") ? [] : ["профориентация"])],
      forms: random.chance(0.2) ? [FORM_EMPLOYER, FORM_EMPLOYER_STUDENT] : [FORM_EMPLOYER],
      capacity: random.int(2, 4),
      trained: random.chance(0.8),
      consent: true,
      organisation: employer.organisation,
      contacts: phone(random),
    });
  }
  return mentors;
}

function pupilNeedsAndRequests(
  random: DemoRandom,
  slot: PupilSlot,
): { needs: string[]; requests: string[]; form: string } {
  const needs: string[] = [];
  const requests = new Set<string>();
  if (slot.disability) needs.push("ОВЗ");
  if (random.chance(0.05)) needs.push("ТЖС");
  if (!slot.excellent && random.chance(0.45)) needs.push("низкая успеваемость");
  if (random.chance(slot.grade === 1 || slot.grade === 5 ? 0.45 : 0.07)) needs.push("адаптация");
  if (slot.preventionRegister || random.chance(0.07)) needs.push("проблемы с поведением");
  if (slot.excellent && random.chance(0.15)) needs.push("одарённость");

  if (needs.includes("низкая успеваемость") || (needs.length === 0 && random.chance(0.6)))
    pickSubjects(random, slot.grade, random.int(1, 2)).forEach((t) => requests.add(t));
  if (needs.includes("адаптация")) ["адаптация", "общение"].forEach((t) => requests.add(t));
  if (needs.includes("проблемы с поведением")) requests.add(random.chance(0.5) ? "дисциплина" : "общение");
  if (needs.includes("ОВЗ") || needs.includes("ТЖС"))
    requests.add(random.pick(["общение", "адаптация", "математика", "русский язык"]));
  if (needs.includes("одарённость"))
    ["олимпиады", ...pickSubjects(random, slot.grade, 1)].forEach((t) => requests.add(t));
  if (slot.grade === 9 && random.chance(0.5)) requests.add("ОГЭ");
  const careers = slot.grade >= 8 && random.chance(0.35);
  if (careers) requests.add("профориентация");
  if (slot.grade >= 5 && random.chance(0.12)) requests.add(random.pick(["лидерство", "проекты"]));
  if (requests.size === 0) requests.add(random.pick(["математика", "русский язык", "общение"]));

  const form =
    careers && random.chance(0.6) ? FORM_EMPLOYER : slot.grade >= 5 && random.chance(0.1) ? FORM_STUDENT : FORM_PUPIL;
  return { needs, requests: [...requests], form };
}

export function buildMentees(
  random: DemoRandom,
  names: NameBook,
  pupils: PupilSlot[],
  young: readonly StaffSlot[],
  otherTeachers: readonly StaffSlot[],
  pupilCount: number,
): Mentee[] {
  const mentees: Mentee[] = [];
  const add = (m: Omit<Mentee, "id" | "status" | "withdrawn" | "result">) =>
    mentees.push({
      ...m,
      id: formatId(MENTEE_ID_PREFIX, mentees.length + 1),
      status: "кандидат",
      withdrawn: random.chance(0.025),
      result: "",
    });

  // Pupils and teachers interleaved, as a register filled over time would be.
  const teachers = [...young, ...otherTeachers];
  const teacherEvery = teachers.length > 0 ? Math.max(1, Math.floor(pupilCount / teachers.length)) : Infinity;
  let t = 0;
  const nextTeacher = () => {
    addTeacher(teachers[t], t >= young.length);
    t++;
  };
  // Pupils with special needs and weak marks are referred to the programme more often.
  const pool = new PupilPool(
    random,
    pupils,
    1,
    9,
    (p) => 1 + (p.disability ? 3 : 0) + (p.preventionRegister ? 3 : 0) + (p.excellent ? 0 : 1),
    8,
  );
  for (let i = 0; i < pupilCount; i++) {
    if (t < teachers.length && i % teacherEvery === teacherEvery - 1) nextTeacher();
    const slot = pool.take();
    const { needs, requests, form } = pupilNeedsAndRequests(random, slot);
    const subject = PUPIL_SUBJECTS.find((s) => requests.includes(s.tag))?.tag ?? "";
    add({
      name: names.next("child"),
      category: "обучающийся",
      gradeNumber: slot.grade,
      grade: gradeLabel(slot),
      age: slot.age,
      experience: "",
      subject,
      requests,
      needs,
      form,
      consent: random.chance(0.95),
    });
  }
  while (t < teachers.length) nextTeacher();
  return mentees;

  function addTeacher(staff: StaffSlot, experienced: boolean) {
    const requests = [
      ...(staff.tag ? [staff.tag] : []),
      ...random.sample(
        experienced ? ["цифровые навыки", "общение", "методика"] : YOUNG_TEACHER_REQUESTS,
        random.int(1, 2),
      ),
    ];
    add({
      name: names.next("adult", random.chance(0.8) ? "female" : "male"),
      category: "педагог",
      grade: "",
      age: staff.age,
      experience: staff.experience,
      subject: staff.subject,
      requests,
      needs: experienced ? [] : random.chance(0.3) ? ["адаптация"] : [],
      form: FORM_TEACHER,
      consent: true,
    });
  }
}
