/**
 * «Настройки» as a typed table: one entry per setting (label, default, help, how its value is read), and
 * `parseSettings` turning the sheet's rows into a typed `Settings`. A misspelt key does not compile; a
 * value a curator typed badly keeps the default and becomes a Russian problem naming the setting.
 *
 * What the counting settings mean is the contract in docs/indicators.md: report date and year, which
 * target column a report reads, the age reference date and band, the satisfaction denominator, the waves.
 */
import { labelKey, matchLabel, parseYesNo, splitTags, squashSpaces } from "../common/normalise";
import { isIsoDate, parseDateText, type IsoDate } from "../common/dates";
import type { CellValue } from "./codec";

/** A choice setting: the value code uses, and the Russian words a curator types. */
interface Choice<V extends string> {
  value: V;
  label: string;
}

const choices = <V extends string>(...list: Array<Choice<V>>) => list;

export const TARGET_YEAR_CHOICES = choices(
  { value: "calendar", label: "календарный" },
  { value: "academic", label: "учебный" },
);
export const AGE_REFERENCE_CHOICES = choices(
  { value: "reportDate", label: "дата отчёта" },
  { value: "septemberFirst", label: "1 сентября" },
);
export const AGE_UPPER_CHOICES = choices(
  { value: "inclusive", label: "включая" },
  { value: "exclusive", label: "не включая" },
);
export const SATISFACTION_BASE_CHOICES = choices(
  { value: "participants", label: "участники" },
  { value: "respondents", label: "ответившие" },
);

type ValueOf<T extends ReadonlyArray<Choice<string>>> = T[number]["value"];

export type SettingKind =
  | { kind: "computed" }
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "number"; min: number; max: number }
  | { kind: "yesNo" }
  | { kind: "list" }
  | { kind: "choice"; choices: ReadonlyArray<Choice<string>> };

export interface SettingSpec {
  key: SettingKey;
  label: string;
  default: string | number | boolean;
  help: string;
  /** A row the add-on computes: a live formula over the other settings (or, with none, a value it writes). */
  formula?: string;
  computed?: true;
}

interface SettingDef {
  label: string;
  default: string | number | boolean;
  help: string;
  read: SettingKind;
  formula?: string;
}

/** A setting's value cell, as the formulas of «Показатели» and the bases name it. */
const S = (key: string) => `CMN_Settings_${key.charAt(0).toUpperCase()}${key.slice(1)}`;

const text = { kind: "text" } as const;
const num = (min: number, max: number) => ({ kind: "number", min, max }) as const;
const choice = (list: ReadonlyArray<Choice<string>>) => ({ kind: "choice", choices: list }) as const;

/** Every setting, in the order «Настройки» lists them. */
const DEFS = {
  organisation: {
    label: "Организация",
    default: "",
    help: "Полное наименование образовательной организации",
    read: text,
  },
  municipality: { label: "Муниципалитет", default: "", help: "Муниципальный район или городской округ", read: text },
  curator: { label: "Куратор", default: "", help: "ФИО куратора внедрения целевой модели наставничества", read: text },
  head: { label: "Руководитель", default: "", help: "ФИО руководителя организации (подпись приказов)", read: text },
  headPost: { label: "Должность руководителя", default: "Директор", help: "Например, директор школы", read: text },
  regionalAct: {
    label: "Региональный акт о наставничестве",
    default: "",
    help:
      "Реквизиты регионального приказа о внедрении целевой модели наставничества, как в преамбуле приказов " +
      "(после «В соответствии с …»): «приказом министерства образования … от … № … «…»»",
    read: text,
  },
  academicYear: { label: "Учебный год", default: "2026-2027", help: "Например, 2026-2027", read: text },
  programPeriod: {
    label: "Период программы",
    default: "2024-2027",
    help: "Годы реализации программы, например 2024-2027",
    read: text,
  },
  reportDate: {
    label: "Дата отчёта",
    default: "",
    help: "Дата, на которую строится отчёт (пусто — сегодня)",
    read: { kind: "date" },
  },
  targetYear: {
    label: "Год цели показателей",
    default: "календарный",
    help: "календарный — цель года даты отчёта («Цель 2026» для декабря 2026); учебный — цель года окончания учебного года",
    read: choice(TARGET_YEAR_CHOICES),
  },
  ageReference: {
    label: "Возраст считать на",
    default: "дата отчёта",
    help: "дата отчёта или 1 сентября учебного года отчёта",
    read: choice(AGE_REFERENCE_CHOICES),
  },
  ageUpperBound: {
    label: "Верхняя граница возраста",
    default: "включая",
    help: "включая — «от 10 до 18 лет» значит 10–18 полных лет; не включая — до 18 лет (10–17)",
    read: choice(AGE_UPPER_CHOICES),
  },
  surveyWaves: {
    label: "Волны опросов",
    default: "",
    help: "Названия волн через «;», например «декабрь 2026; май 2027» (пусто — по месяцам ответов)",
    read: { kind: "list" },
  },
  satisfactionThreshold: {
    label: "Порог удовлетворённости",
    default: 7,
    help: "Оценка из 10, с которой участник считается удовлетворённым",
    read: num(1, 10),
  },
  satisfactionBase: {
    label: "Знаменатель удовлетворённости",
    default: "участники",
    help: "участники — доля от всех участников года (как в методике); ответившие — от ответивших",
    read: choice(SATISFACTION_BASE_CHOICES),
  },
  minMentorExperience: {
    label: "Мин. стаж наставника-педагога, лет",
    default: 0,
    help: "Решение школы, не требование модели: 0 — без минимума. Где ролевая модель требует стажа больше, чем у наставляемого",
    read: num(0, 80),
  },
  vetTraining: {
    label: "Допуск к несовершеннолетним: обучение пройдено",
    default: "все",
    help: "Каким категориям наставников нужно пройти обучение до пары с несовершеннолетним: «все», «нет» или категории через «;»",
    read: text,
  },
  vetInterview: {
    label: "Допуск к несовершеннолетним: собеседование пройдено",
    default: "студент; представитель работодателя; выпускник; родитель",
    help: "Каким категориям наставников нужно собеседование до пары с несовершеннолетним: «все», «нет» или категории через «;»",
    read: text,
  },
  vetCertificate: {
    label: "Допуск к несовершеннолетним: справка о несудимости",
    default: "студент; представитель работодателя; выпускник; родитель",
    help: "Каким совершеннолетним наставникам нужна справка об отсутствии судимости (дата в «Наставниках») до пары с несовершеннолетним",
    read: text,
  },
  certificateMonths: {
    label: "Справка о несудимости действительна, мес.",
    default: 0,
    help: "Решение школы: сколько месяцев после выдачи справка принимается; 0 — без ограничения",
    read: num(0, 120),
  },
  pseudonymous: {
    label: "Режим псевдонимов",
    // «да» for new workbooks: children's names never reach forms, «Пары» or the panel unless a curator opts out.
    default: "да",
    help: "да — в анкетах, в листе «Пары», в отчёте и в панели вместо ФИО показываются коды",
    read: { kind: "yesNo" },
  },
  weightRequests: {
    label: "Вес: запросы и компетенции",
    default: 40,
    help: "Вес совпадения запросов наставляемого с компетенциями наставника",
    read: num(0, 1000),
  },
  weightSubject: { label: "Вес: тот же предмет", default: 15, help: "", read: num(0, 1000) },
  weightPreference: {
    label: "Вес: выбор после встречи",
    default: 25,
    help: "Взаимный выбор весит вдвое больше одностороннего",
    read: num(0, 1000),
  },
  weightRoleModel: { label: "Вес: ролевая модель", default: 10, help: "", read: num(0, 1000) },
  weightGap: { label: "Вес: разница в классе или возрасте", default: 10, help: "", read: num(0, 1000) },
  // Computed rows: the report's time frame as live formulas the indicator formulas read (reportYear.ts is
  // the same rule in TypeScript). A curator reads them; the add-on rewrites them on «Создать листы книги».
  reportDay: {
    label: "День отчёта (вычисляется)",
    default: "",
    help: "«Дата отчёта» или сегодня, если она пуста",
    read: { kind: "computed" },
    formula: `=IF(N(${S("reportDate")})>0,${S("reportDate")},TODAY())`,
  },
  yearStart: {
    label: "Начало учебного года отчёта (вычисляется)",
    default: "",
    help: "1 сентября учебного года, в котором лежит день отчёта",
    read: { kind: "computed" },
    formula: `=DATE(YEAR(${S("reportDay")})-IF(MONTH(${S("reportDay")})<9,1,0),9,1)`,
  },
  yearEnd: {
    label: "Конец учебного года отчёта (вычисляется)",
    default: "",
    help: "31 августа того же учебного года",
    read: { kind: "computed" },
    formula: `=DATE(YEAR(${S("yearStart")})+1,8,31)`,
  },
  ageOn: {
    label: "Дата расчёта возраста (вычисляется)",
    default: "",
    help: "По настройке «Возраст считать на»",
    read: { kind: "computed" },
    formula: `=IF(LOWER(TRIM(${S("ageReference")}))="1 сентября",${S("yearStart")},${S("reportDay")})`,
  },
  ageUpperPlus: {
    label: "Верхняя граница возраста включена (вычисляется)",
    default: "",
    help: "1 — «от 10 до 18 лет» включает 18 лет, 0 — нет",
    read: { kind: "computed" },
    formula: `=IF(LOWER(TRIM(${S("ageUpperBound")}))="не включая",0,1)`,
  },
  satisfactionWave: {
    label: "Волна удовлетворённости (вычисляется)",
    default: "",
    help: "Последняя волна года отчёта с ответами; пересчитывается при проверке книги, отчёте и новых ответах",
    read: { kind: "computed" },
  },
} satisfies Record<string, SettingDef>;

export type SettingKey = keyof typeof DEFS;

/** «Настройки», one row each, in order (setup writes them; readers find them by label). */
export const SETTINGS: SettingSpec[] = (Object.keys(DEFS) as SettingKey[]).map((key) => {
  const def: SettingDef = DEFS[key];
  return {
    key,
    label: def.label,
    default: def.default,
    help: def.help,
    ...(def.formula ? { formula: def.formula } : {}),
    ...(def.read.kind === "computed" ? { computed: true as const } : {}),
  };
});

export function settingLabel(key: SettingKey): string {
  return DEFS[key].label;
}

/** The setting a row of «Настройки» (or a CLI key) names: by its key or its Russian label. */
export function settingKeyOf(name: string): SettingKey | undefined {
  const key = labelKey(name);
  return SETTINGS.find((s) => labelKey(s.key) === key || labelKey(s.label) === key)?.key;
}

export interface Settings {
  organisation: string;
  municipality: string;
  curator: string;
  head: string;
  headPost: string;
  regionalAct: string;
  academicYear: string;
  programPeriod: string;
  /** null: today. */
  reportDate: IsoDate | null;
  targetYear: ValueOf<typeof TARGET_YEAR_CHOICES>;
  ageReference: ValueOf<typeof AGE_REFERENCE_CHOICES>;
  ageUpperBound: ValueOf<typeof AGE_UPPER_CHOICES>;
  surveyWaves: string[];
  satisfactionThreshold: number;
  satisfactionBase: ValueOf<typeof SATISFACTION_BASE_CHOICES>;
  pseudonymous: boolean;
  /** The latest survey wave of the report year with answers (written by the add-on), or "". */
  satisfactionWave: string;
  /** Every setting as read (defaults where blank), for features that parse their own (matching weights). */
  raw: Record<SettingKey, CellValue>;
}

export interface SettingProblem {
  key: SettingKey;
  label: string;
  value: string;
  message: string;
}

type Parsed = string | number | boolean | string[] | null;

function parseOne(def: SettingDef, value: CellValue): Parsed | undefined {
  const read = def.read;
  switch (read.kind) {
    case "computed":
      return typeof value === "boolean" ? value : String(value);
    case "text":
      return squashSpaces(String(value));
    case "date":
      if (value === "") return null;
      return typeof value === "string" ? (isIsoDate(value) ? value : parseDateText(value)) : undefined;
    case "number": {
      const n = typeof value === "number" ? value : Number(String(value).trim().replace(",", "."));
      return Number.isFinite(n) && n >= read.min && n <= read.max ? n : undefined;
    }
    case "yesNo":
      return parseYesNo(value);
    case "list":
      return splitTags(String(value).replace(/\n/g, ";"));
    case "choice": {
      const label = matchLabel(
        String(value),
        read.choices.map((c) => c.label),
      );
      return read.choices.find((c) => c.label === label)?.value;
    }
  }
}

const EXPECTED: Record<SettingKind["kind"], (def: SettingDef) => string> = {
  computed: () => "значение, которое вычисляет дополнение",
  text: () => "текст",
  date: () => "дата в виде дд.мм.гггг",
  number: (def) => (def.read.kind === "number" ? `число от ${def.read.min} до ${def.read.max}` : "число"),
  yesNo: () => "«да» или «нет»",
  list: () => "список через «;»",
  choice: (def) =>
    def.read.kind === "choice" ? def.read.choices.map((c) => `«${c.label}»`).join(" или ") : "одно из значений",
};

/**
 * Typed settings from the rows of «Настройки» (label → decoded value). Blank and unknown rows keep the
 * defaults; a bad value keeps the default and is reported.
 */
export function parseSettings(rows: ReadonlyArray<{ label: string; value: CellValue }>): {
  settings: Settings;
  problems: SettingProblem[];
} {
  const raw = {} as Record<SettingKey, CellValue>;
  for (const key of Object.keys(DEFS) as SettingKey[]) raw[key] = DEFS[key].default;
  for (const row of rows) {
    const key = settingKeyOf(row.label);
    if (key && row.value !== "") raw[key] = row.value;
  }
  const problems: SettingProblem[] = [];
  const out: Partial<Record<SettingKey, Parsed>> = {};
  for (const key of Object.keys(DEFS) as SettingKey[]) {
    const def: SettingDef = DEFS[key];
    let parsed = parseOne(def, raw[key]);
    if (parsed === undefined) {
      problems.push({
        key,
        label: def.label,
        value: String(raw[key]),
        message: `«Настройки», параметр «${def.label}»: значение «${String(raw[key])}» не подходит, ожидается ${EXPECTED[def.read.kind](def)}; взято значение по умолчанию`,
      });
      parsed = parseOne(def, def.default);
    }
    out[key] = parsed ?? null;
  }
  const str = (k: SettingKey) => String(out[k] ?? "");
  const settings: Settings = {
    organisation: str("organisation"),
    municipality: str("municipality"),
    curator: str("curator"),
    head: str("head"),
    headPost: str("headPost"),
    regionalAct: str("regionalAct"),
    academicYear: str("academicYear"),
    programPeriod: str("programPeriod"),
    reportDate: (out.reportDate as IsoDate | null) ?? null,
    targetYear: out.targetYear as Settings["targetYear"],
    ageReference: out.ageReference as Settings["ageReference"],
    ageUpperBound: out.ageUpperBound as Settings["ageUpperBound"],
    surveyWaves: (out.surveyWaves as string[]) ?? [],
    satisfactionThreshold: out.satisfactionThreshold as number,
    satisfactionBase: out.satisfactionBase as Settings["satisfactionBase"],
    pseudonymous: out.pseudonymous === true,
    satisfactionWave: str("satisfactionWave"),
    raw,
  };
  return { settings, problems };
}

/** Settings of a workbook with no «Настройки» (every default). */
export function defaultSettings(): Settings {
  return parseSettings([]).settings;
}
