/**
 * Russian texts of the demo school: the invented school, subjects, partners, what people ask for and
 * write. Tables only; the generators decide who gets what.
 */

export const SCHOOL = {
  organisation: "МБОУ «СОШ № 3» г. Новоозёрска",
  municipality: "Новоозёрский городской округ",
  /** Domain of staff e-mail addresses. */
  mailDomain: "sosh3-novoozersk.ru",
  directorTitle: "Директор",
  /** The region's act on mentoring, as an order's preamble cites it. */
  regionalAct:
    "приказом министерства образования Новоозёрской области от 15.03.2021 № 214-од «О внедрении целевой " +
    "модели наставничества в образовательных организациях Новоозёрской области»",
} as const;

export interface SubjectSpec {
  /** «Предмет» as a school writes it. */
  subject: string;
  /** The matching tag of DEFAULT_TAGS, when there is one. */
  tag?: string;
  /** Share of the staff teaching it (relative weight). */
  weight: number;
}

export const TEACHER_SUBJECTS: readonly SubjectSpec[] = [
  { subject: "начальные классы", weight: 14 },
  { subject: "математика", tag: "математика", weight: 9 },
  { subject: "русский язык и литература", tag: "русский язык", weight: 9 },
  { subject: "английский язык", tag: "английский язык", weight: 6 },
  { subject: "физика", tag: "физика", weight: 3 },
  { subject: "информатика", tag: "информатика", weight: 3 },
  { subject: "история и обществознание", tag: "история", weight: 4 },
  { subject: "биология", tag: "биология", weight: 3 },
  { subject: "химия", tag: "химия", weight: 2 },
  { subject: "география", weight: 2 },
  { subject: "физическая культура", weight: 4 },
  { subject: "технология", weight: 2 },
  { subject: "музыка", weight: 1 },
  { subject: "изобразительное искусство", weight: 1 },
];

/** Staff who are teachers but not subject teachers («иные педагогические работники»). */
export const OTHER_STAFF_ROLES = [
  "педагог-психолог",
  "социальный педагог",
  "учитель-логопед",
  "педагог дополнительного образования",
  "педагог-организатор",
] as const;

/** School subjects a pupil can ask help with, from the grade they start. */
export const PUPIL_SUBJECTS: ReadonlyArray<{ tag: string; fromGrade: number; weight: number }> = [
  { tag: "математика", fromGrade: 1, weight: 10 },
  { tag: "русский язык", fromGrade: 1, weight: 9 },
  { tag: "английский язык", fromGrade: 2, weight: 5 },
  { tag: "история", fromGrade: 5, weight: 2 },
  { tag: "биология", fromGrade: 5, weight: 2 },
  { tag: "физика", fromGrade: 7, weight: 3 },
  { tag: "информатика", fromGrade: 7, weight: 2 },
  { tag: "химия", fromGrade: 8, weight: 2 },
];

export const EMPLOYERS: ReadonlyArray<{
  organisation: string;
  professions: readonly string[];
  tags: readonly string[];
}> = [
  {
    organisation: "АО «Новоозёрскэнерго»",
    professions: ["инженер-энергетик", "мастер участка"],
    tags: ["физика", "профориентация", "проекты"],
  },
  {
    organisation: "ГБУЗ «Новоозёрская центральная районная больница»",
    professions: ["врач-педиатр", "медицинская сестра"],
    tags: ["биология", "химия", "профориентация"],
  },
  {
    organisation: "ООО «Озёрный молочный комбинат»",
    professions: ["технолог", "инженер по качеству"],
    tags: ["химия", "профориентация", "проекты"],
  },
  {
    organisation: "ООО «ТехноСофт»",
    professions: ["программист", "системный администратор"],
    tags: ["информатика", "цифровые навыки", "проекты"],
  },
  {
    organisation: "Новоозёрский филиал АО «Россельхозбанк»",
    professions: ["специалист по кредитованию", "экономист"],
    tags: ["математика", "профориентация", "общение"],
  },
  {
    organisation: "МКУ «Центр молодёжных инициатив»",
    professions: ["специалист по работе с молодёжью"],
    tags: ["лидерство", "проекты", "общение"],
  },
];

export const STUDENT_ORGANISATIONS: readonly string[] = [
  "ГБПОУ «Новоозёрский педагогический колледж»",
  "ГБПОУ «Новоозёрский технологический техникум»",
  "ФГБОУ ВО «Озёрный государственный университет»",
];

/** Tags a teacher mentor offers besides their subject. */
export const TEACHER_MENTOR_TAGS = [
  "методика",
  "классное руководство",
  "цифровые навыки",
  "ОГЭ",
  "ЕГЭ",
  "олимпиады",
  "проекты",
  "общение",
] as const;
/** Tags a young teacher asks for besides their subject. */
export const YOUNG_TEACHER_REQUESTS = [
  "методика",
  "классное руководство",
  "дисциплина",
  "цифровые навыки",
  "общение",
  "ОГЭ",
] as const;
/** Tags a senior pupil offers besides subjects. */
export const PUPIL_MENTOR_TAGS = [
  "олимпиады",
  "проекты",
  "лидерство",
  "общение",
  "адаптация",
  "профориентация",
] as const;

/** «Результат» of a mentee who finished, by role model. */
export const MENTEE_RESULTS: Record<string, readonly string[]> = {
  "успевающий – неуспевающий": [
    "Повышение отметки по предмету с «3» до «4»",
    "Ликвидированы пробелы, четвертная отметка «4»",
    "Успешно написана контрольная работа",
  ],
  "лидер – пассивный": [
    "Включился в работу класса и школьного актива",
    "Участвует во внеурочной деятельности",
    "Снижение числа замечаний по поведению",
  ],
  "равный – равному": ["Подготовлен и защищён совместный проект", "Призёр школьного этапа ВсОШ"],
  "адаптированный – неадаптированный": ["Успешная адаптация в новом классе", "Адаптация завершена, посещает кружок"],
  "учитель – учитель": [
    "Проведён открытый урок",
    "Разработана рабочая программа, успешно прошёл аттестацию",
    "Выступление на методическом объединении",
  ],
  "студент – ученик": ["Подготовлен индивидуальный проект", "Повышение отметки по предмету"],
  "работодатель – ученик": ["Определился с профилем обучения", "Прошёл профессиональные пробы на предприятии"],
};

/** «Комментарий» of a meeting, by meeting type. */
export const MEETING_COMMENTS: Record<string, readonly string[]> = {
  знакомство: [
    "Познакомились, обсудили ожидания",
    "Встреча в библиотеке, составили контакты",
    "Обсудили интересы и запрос",
  ],
  пробная: ["Пробное занятие прошло хорошо", "Разобрали домашнее задание", "Договорились о формате встреч"],
  планирование: ["Составлен план на полугодие", "Определили цели и сроки", "Заполнен индивидуальный план развития"],
  рабочая: [
    "Разобрали тему «Дроби»",
    "Подготовка к контрольной работе",
    "Работа над проектом",
    "Отработали правила орфографии",
    "Обсудили конфликт в классе",
    "Разбор олимпиадных задач",
    "Подготовка к ОГЭ: задания 1–5",
    "Чтение и пересказ текста",
    "",
  ],
  итоговая: [
    "Подвели итоги, заполнены анкеты",
    "Рефлексия: цели достигнуты",
    "Итоговая встреча, вручены благодарности",
  ],
};

/** «Комментарий» of a working meeting in the other forms. */
export const WORK_COMMENTS_BY_FORM: Record<string, readonly string[]> = {
  "учитель – учитель": [
    "Посещение урока наставляемого, разбор",
    "Посетила урок наставника",
    "Составили технологическую карту урока",
    "Разобрали ведение электронного журнала",
    "Подготовка к родительскому собранию",
    "Обсудили работу с трудным классом",
    "",
  ],
  "студент – ученик": [
    "Работа над индивидуальным проектом",
    "Разбор заданий по предмету",
    "Рассказ о студенческой жизни",
    "",
  ],
  "работодатель – ученик": [
    "Экскурсия на предприятие",
    "Профессиональная проба",
    "Беседа о профессии",
    "Разбор кейса предприятия",
    "",
  ],
  "работодатель – студент": ["Стажировка на предприятии", "Разбор производственного кейса", ""],
};

/** Roles of the school staff who appear as responsible in the roadmap. */
export const STAFF_ROLES = {
  director: "директор",
  deputy: "зам. директора по ВР",
  deputyStudies: "зам. директора по УВР",
  curator: "куратор ЦМН",
  psychologist: "педагог-психолог",
  social: "социальный педагог",
} as const;
