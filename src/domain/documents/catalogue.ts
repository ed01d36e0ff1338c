/**
 * The documents the add-on makes, as data: for each kind, its title, the placeholders its template may use
 * (fields, and lists whose items fill repeated table rows), where each value comes from (a setting, a
 * sheet, the date the curator gives), whether it needs people's names, and which roadmap items it closes.
 *
 * Placeholder names are Russian because curators type them into their own templates; the comparison is
 * loose (placeholderKey). A field the template uses must have a value, else the document is not made and
 * the message names the setting or sheet to fill: a document is never made with blanks in place of data.
 */
import type { SheetKey } from "../workbook/sheets";

export const DOCUMENT_KINDS = [
  "implementation-order",
  "curator-order",
  "pairs-order",
  "regulation",
  "partner-agreement",
  "guardian-consent",
  "reward-order",
  "analytical-report",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Where a value comes from, for the message when it is missing. */
export type Source =
  | { setting: string } // a key of SETTINGS («Настройки»)
  | { sheet: SheetKey } // rows of a sheet
  | { input: "date" | "selection" } // what the curator gives when making the document
  | { computed: true }; // derived from other data; never blank

export interface FieldSpec {
  name: string;
  help: string;
  source: Source;
  /** Item fields only: may be blank (a teacher has no class). Document fields are always required. */
  optional?: boolean;
  /** Item fields read from a sheet: the column to fill when the value is blank. */
  column?: string;
}

export interface ListSpec {
  name: string;
  help: string;
  source: Source;
  /** An empty list stops the document (with a message naming the source). */
  required: boolean;
  fields: FieldSpec[];
  /** Lists whose rows follow this list's row in the same table, once per item (grouped tables). */
  children?: ListSpec[];
}

export interface KindSpec {
  kind: DocumentKind;
  /** The document's title as the roadmap and «Документы» name it. */
  title: string;
  /** An order («приказ»): its number and date are entered in «Документы» and link back. */
  isOrder: boolean;
  /** Fields beyond COMMON_FIELDS. */
  fields: FieldSpec[];
  lists: ListSpec[];
  /** The whole template is repeated once per item of this list, a page each. */
  pages?: string;
  /** Lists people by name: in pseudonymous mode the curator must agree first. */
  needsNames: boolean;
  /** Made from mentors the curator picks. */
  selection?: "mentors";
  /** A roadmap item (title or result) about this document matches every pattern of one of these sets. */
  roadmap: ReadonlyArray<readonly RegExp[]>;
}

const setting = (key: string): Source => ({ setting: key });
const computed: Source = { computed: true };
const date: Source = { input: "date" };
const f = (
  name: string,
  help: string,
  source: Source = computed,
  extra: { optional?: boolean; column?: string } | boolean = {},
): FieldSpec => ({ name, help, source, ...(typeof extra === "boolean" ? (extra ? { optional: true } : {}) : extra) });

/** Fields every template may use. */
export const COMMON_FIELDS: FieldSpec[] = [
  f("организация", "Полное наименование организации", setting("organisation")),
  f("муниципалитет", "Муниципалитет", setting("municipality")),
  f("куратор", "ФИО куратора", setting("curator")),
  f("руководитель", "ФИО руководителя", setting("director")),
  f("должность_руководителя", "Должность руководителя", setting("directorTitle")),
  f("региональный_акт", "Региональный акт о наставничестве (для преамбулы)", setting("regionalAct")),
  f("учебный_год", "Учебный год документа, «2026-2027»", date),
  f("период_программы", "Годы программы наставничества", setting("programPeriod")),
  f("дата", "Дата документа, «21 ноября 2026 г.»", date),
  f("дата_приказа", "Дата приказа, «21 ноября 2026 г.»", date),
];

const pairsSource: Source = { sheet: "pairs" };
const pairFields: FieldSpec[] = [
  f("№", "Номер по порядку"),
  f("наставник", "ФИО наставника (и класс для обучающегося)", pairsSource, { column: "Наставник" }),
  f("наставляемый", "ФИО наставляемого (и класс для обучающегося)", pairsSource, { column: "Наставляемый" }),
  f("ролевая_модель", "Ролевая модель", pairsSource, true),
  f("дата_начала", "Дата начала работы пары", pairsSource, true),
];
const pairsList = (required: boolean): ListSpec => ({
  name: "пары",
  help: "Утверждённые пары (группы) учебного года",
  source: pairsSource,
  required,
  fields: pairFields,
});

const mentorsSource: Source = { sheet: "mentors" };

export const KINDS: Record<DocumentKind, KindSpec> = {
  "implementation-order": {
    kind: "implementation-order",
    title: "Приказ о внедрении целевой модели наставничества",
    isOrder: true,
    fields: [],
    lists: [],
    needsNames: false,
    roadmap: [[/приказ/i, /внедрени\S* (целев|цмн)/i]],
  },
  "curator-order": {
    kind: "curator-order",
    title: "Приказ о назначении куратора",
    isOrder: true,
    fields: [],
    lists: [],
    needsNames: false,
    roadmap: [[/куратор/i, /назначени|приказ/i]],
  },
  "pairs-order": {
    kind: "pairs-order",
    title: "Приказ об утверждении наставнических пар (групп)",
    isOrder: true,
    fields: [
      f("число_пар", "Сколько пар (групп) в приказе"),
      f("число_форм", "Сколько форм наставничества в приказе"),
      f("число_наставников", "Сколько наставников в приказе"),
      f("число_наставляемых", "Сколько наставляемых в приказе"),
    ],
    lists: [
      {
        name: "формы",
        help: "Формы наставничества утверждённых пар (строка-заголовок группы)",
        source: pairsSource,
        required: true,
        fields: [
          f("форма", "Форма наставничества", pairsSource, { column: "Форма" }),
          f("пар_формы", "Сколько пар этой формы"),
        ],
        children: [pairsList(true)],
      },
      pairsList(true),
    ],
    needsNames: true,
    // «пар» as a word («пар», «пары», «пар и групп»), not inside «параметр» or «партнёр».
    roadmap: [[/приказ|закреплени|утвержд/i, /(^|[^а-яё])пар(ы|а|у|ам|ами|ах)?([^а-яё]|$)/i]],
  },
  regulation: {
    kind: "regulation",
    title: "Положение о программе наставничества",
    isOrder: false,
    fields: [
      f("число_форм", "Сколько форм наставничества выбрано", { sheet: "refs" }),
      f("список_форм", "Формы наставничества через запятую", { sheet: "refs" }),
      f("порог_удовлетворённости", "Порог удовлетворённости из 10", setting("satisfactionThreshold")),
      f("волны_опросов", "Когда проводятся опросы мониторинга", setting("surveyWaves")),
    ],
    lists: [
      {
        name: "формы",
        help: "Формы наставничества и их ролевые модели из «Справочников»",
        source: { sheet: "refs" },
        required: true,
        fields: [
          f("№", "Номер по порядку"),
          f("форма", "Форма наставничества", { sheet: "refs" }),
          f("ролевые_модели", "Ролевые модели формы через «;»", { sheet: "refs" }, true),
        ],
      },
    ],
    needsNames: false,
    roadmap: [[/положени/i]],
  },
  "partner-agreement": {
    kind: "partner-agreement",
    title: "Соглашения о сотрудничестве с организациями-партнёрами",
    isOrder: false,
    fields: [],
    lists: [
      {
        name: "организации",
        help: "Организации наставников — представителей работодателя (по странице на организацию)",
        source: mentorsSource,
        required: true,
        fields: [
          f("партнёр", "Наименование организации-партнёра", mentorsSource, { column: "Организация" }),
          f("наставников_партнёра", "Сколько наставников от организации"),
        ],
        children: [
          {
            name: "наставники",
            help: "Наставники от организации",
            source: mentorsSource,
            required: true,
            fields: [
              f("№", "Номер по порядку"),
              f("наставник", "ФИО наставника", mentorsSource, { column: "ФИО (или код)" }),
              f("формы", "Формы наставничества наставника", mentorsSource, true),
            ],
          },
        ],
      },
    ],
    pages: "организации",
    needsNames: true,
    roadmap: [[/соглашени|договор/i, /партн|сотрудничеств|работодател/i]],
  },
  "guardian-consent": {
    kind: "guardian-consent",
    title: "Согласия законных представителей на обработку персональных данных",
    isOrder: false,
    fields: [],
    lists: [
      {
        name: "наставляемые",
        help: "Несовершеннолетние наставляемые без согласия в листе (по странице на каждого)",
        source: { sheet: "mentees" },
        required: true,
        fields: [
          f("наставляемый", "ФИО наставляемого", { sheet: "mentees" }, { column: "ФИО (или код)" }),
          f("класс", "Класс наставляемого", { sheet: "mentees" }, { column: "Класс" }),
        ],
      },
    ],
    pages: "наставляемые",
    needsNames: true,
    // Consents of adults (mentors, teachers) are not the guardians' forms.
    roadmap: [[/согласи/i, /законн\S* представител|родител|несовершеннолетн/i]],
  },
  "reward-order": {
    kind: "reward-order",
    title: "Приказ о поощрении наставников",
    isOrder: true,
    fields: [f("число_наставников", "Сколько наставников поощряется")],
    lists: [
      {
        name: "наставники",
        help: "Наставники, которых выбрал куратор",
        source: { input: "selection" },
        required: true,
        fields: [
          f("№", "Номер по порядку"),
          f("наставник", "ФИО наставника (и класс для обучающегося)", mentorsSource, { column: "ФИО (или код)" }),
          f("категория", "Категория наставника", mentorsSource, true),
          f("формы", "Формы наставничества наставника", mentorsSource, true),
          f("наставляемых", "Сколько у наставника наставляемых в учебном году"),
        ],
      },
    ],
    needsNames: true,
    selection: "mentors",
    roadmap: [[/поощрени|награжд|благодарн|чествовани/i]],
  },
  "analytical-report": {
    kind: "analytical-report",
    title: "Аналитическая справка по итогам мониторинга",
    isOrder: false,
    fields: [
      f("дата_отчёта", "Дата, на которую собраны данные, «21 ноября 2026 г.»", date),
      f("число_наставников", "Наставников, учтённых в отчёте"),
      f("число_наставляемых", "Наставляемых, учтённых в отчёте"),
      f("число_пар", "Пар и групп учебного года (группа — один раз)"),
      f("число_активных_пар", "Пар (групп), действующих на дату отчёта"),
      f("число_форм", "Форм наставничества с участниками"),
      f("список_форм", "Формы наставничества с участниками через запятую"),
      f("без_согласия", "Участников без согласия на обработку ПДн"),
      f("встреч_проведено", "Встреч проведено"),
      f("встреч_на_пару", "Встреч в среднем на пару учебного года"),
      f("пар_без_встреч", "Действующих пар без встреч за 30 дней"),
      f("удовлетворённость_наставников", "Доля удовлетворённых наставников «85,0 % (17 из 20)»"),
      f("удовлетворённость_наставляемых", "Доля удовлетворённых наставляемых"),
      f("порог_удовлетворённости", "Порог удовлетворённости из 10", setting("satisfactionThreshold")),
      f("мероприятий_всего", "Мероприятий дорожной карты"),
      f("мероприятий_выполнено", "Из них выполнено"),
      f("мероприятий_просрочено", "Из них просрочено"),
      f("показателей_достигнуто", "Показателей, достигших цели"),
      f("показателей_всего", "Показателей с целью на год"),
    ],
    lists: [
      {
        name: "показатели",
        help: "Показатели эффективности: цель года, факт, статус",
        source: { sheet: "indicators" },
        required: true,
        fields: [
          f("№", "Номер по порядку"),
          f("показатель", "Наименование показателя", { sheet: "indicators" }),
          f("цель", "Цель на год, %", { sheet: "indicators" }, true),
          f("факт", "Факт, %", { sheet: "indicators" }, true),
          f("статус", "Статус показателя", { sheet: "indicators" }, true),
          f("отклонение", "Отклонение от цели, п. п.", { sheet: "indicators" }, true),
        ],
      },
      {
        name: "формы",
        help: "Участники и пары по формам наставничества",
        source: pairsSource,
        required: false,
        fields: [
          f("форма", "Форма наставничества"),
          f("наставников", "Наставников"),
          f("наставляемых", "Наставляемых"),
          f("пар", "Пар и групп учебного года"),
          f("активных_пар", "Пар (групп), действующих на дату отчёта"),
        ],
      },
      {
        name: "динамика",
        help: "Динамика параметров от входного к итоговому замеру",
        source: { sheet: "surveys" },
        required: false,
        fields: [
          f("параметр", "Параметр"),
          f("участников", "Участников с двумя замерами", computed, true),
          f("вход", "Среднее на входе", computed, true),
          f("выход", "Среднее на выходе", computed, true),
          f("изменение", "Изменение", computed, true),
        ],
      },
      {
        name: "выводы",
        help: "Выводы по данным мониторинга (куратор правит в документе)",
        source: computed,
        required: false,
        fields: [f("№", "Номер по порядку"), f("вывод", "Вывод")],
      },
      {
        name: "меры",
        help: "Предлагаемые меры (куратор правит в документе)",
        source: computed,
        required: false,
        fields: [f("№", "Номер по порядку"), f("мера", "Мера"), f("срок", "Срок"), f("ответственный", "Ответственный")],
      },
    ],
    needsNames: false,
    roadmap: [[/аналитическ|справк/i], [/мониторинг/i, /итог|отч[её]т/i]],
  },
};
