/**
 * Russian full names with gender agreement: surnames from faker's Russian locale (it has masculine and
 * feminine forms), first names from lists fitting the generation, patronymics formed from a father's name.
 */
import type { DemoRandom } from "./random";

export type Gender = "male" | "female";

/** Names given to children born 2008–2020. */
const CHILD_NAMES: Record<Gender, readonly string[]> = {
  male: [
    "Александр",
    "Максим",
    "Артём",
    "Михаил",
    "Иван",
    "Дмитрий",
    "Даниил",
    "Кирилл",
    "Егор",
    "Матвей",
    "Никита",
    "Андрей",
    "Илья",
    "Алексей",
    "Тимофей",
    "Марк",
    "Роман",
    "Сергей",
    "Владимир",
    "Лев",
    "Фёдор",
    "Ярослав",
    "Глеб",
    "Павел",
    "Арсений",
    "Степан",
    "Денис",
    "Богдан",
  ],
  female: [
    "Анастасия",
    "Мария",
    "Анна",
    "Виктория",
    "Полина",
    "Елизавета",
    "Дарья",
    "Софья",
    "Александра",
    "Варвара",
    "Ксения",
    "Алиса",
    "Екатерина",
    "Вероника",
    "Арина",
    "Валерия",
    "Ева",
    "Милана",
    "Ульяна",
    "Василиса",
    "Кира",
    "Алёна",
    "Таисия",
    "Злата",
    "Мирослава",
    "Есения",
  ],
};

/** Names of adults born 1960–2005. */
const ADULT_NAMES: Record<Gender, readonly string[]> = {
  male: [
    "Сергей",
    "Андрей",
    "Александр",
    "Алексей",
    "Дмитрий",
    "Игорь",
    "Владимир",
    "Николай",
    "Евгений",
    "Михаил",
    "Олег",
    "Виктор",
    "Юрий",
    "Павел",
    "Денис",
    "Константин",
    "Иван",
    "Артём",
    "Роман",
    "Антон",
    "Вадим",
    "Максим",
  ],
  female: [
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Марина",
    "Людмила",
    "Галина",
    "Надежда",
    "Юлия",
    "Анна",
    "Екатерина",
    "Оксана",
    "Любовь",
    "Валентина",
    "Вера",
    "Мария",
    "Дарья",
    "Анастасия",
    "Ксения",
    "Лариса",
  ],
};

/** A father's name → [masculine, feminine] patronymic. */
const PATRONYMICS: ReadonlyArray<readonly [string, string]> = [
  ["Александрович", "Александровна"],
  ["Сергеевич", "Сергеевна"],
  ["Андреевич", "Андреевна"],
  ["Алексеевич", "Алексеевна"],
  ["Дмитриевич", "Дмитриевна"],
  ["Владимирович", "Владимировна"],
  ["Николаевич", "Николаевна"],
  ["Евгеньевич", "Евгеньевна"],
  ["Михайлович", "Михайловна"],
  ["Игоревич", "Игоревна"],
  ["Олегович", "Олеговна"],
  ["Викторович", "Викторовна"],
  ["Юрьевич", "Юрьевна"],
  ["Павлович", "Павловна"],
  ["Иванович", "Ивановна"],
  ["Петрович", "Петровна"],
  ["Васильевич", "Васильевна"],
  ["Анатольевич", "Анатольевна"],
  ["Денисович", "Денисовна"],
  ["Романович", "Романовна"],
  ["Максимович", "Максимовна"],
  ["Вячеславович", "Вячеславовна"],
  ["Геннадьевич", "Геннадьевна"],
  ["Константинович", "Константиновна"],
  ["Артёмович", "Артёмовна"],
  ["Борисович", "Борисовна"],
  ["Валерьевич", "Валерьевна"],
  ["Григорьевич", "Григорьевна"],
];

export interface PersonName {
  full: string;
  /** «Петрова Н.В.» as roadmaps write responsible people. */
  short: string;
  gender: Gender;
}

/** Hands out full names, never the same one twice in one school. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: DemoRandom) {}

  next(kind: "child" | "adult", gender: Gender = this.random.chance(0.5) ? "male" : "female"): PersonName {
    const names = kind === "child" ? CHILD_NAMES : ADULT_NAMES;
    for (let attempt = 0; ; attempt++) {
      const surname = this.random.faker.person.lastName(gender);
      const first = this.random.pick(names[gender]);
      const patronymic = this.random.pick(PATRONYMICS)[gender === "male" ? 0 : 1];
      const full = `${surname} ${first} ${patronymic}`;
      // Past a few hundred collisions the book is nearly full: accept a namesake rather than loop.
      if (!this.used.has(full) || attempt > 200) {
        this.used.add(full);
        return { full, short: `${surname} ${first[0]}.${patronymic[0]}.`, gender };
      }
    }
  }
}
