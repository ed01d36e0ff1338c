/** Pieces several questionnaires share: consent wording, the 1–10 scale, roles, person items. */
import type { ItemDef, SectionDef } from "../types";

export const SCALE_1_10 = { min: 1, max: 10, minLabel: "совсем нет", maxLabel: "полностью" } as const;

export const ROLE_MENTOR = "Наставник";
export const ROLE_MENTEE = "Наставляемый";
export const ROLE_CHOICES = [ROLE_MENTEE, ROLE_MENTOR] as const;

export const YES = "Да";
export const NO = "Нет";

/** The only answer to the adult's consent item: the form cannot be sent without consent. */
export const CONSENT_YES = "Да, даю согласие на обработку моих персональных данных";
/** The guardian either consents in the form or hands a signed paper to the curator later. */
export const GUARDIAN_CONSENT_YES = "Да, я — родитель (законный представитель) и даю согласие";
export const GUARDIAN_CONSENT_PAPER = "Согласие будет передано куратору на бумаге";

const LAW = "в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных»";

export const CONSENT_HELP =
  "Я даю согласие образовательной организации на обработку моих персональных данных, указанных в анкете " +
  "(ФИО, категория, класс, дата рождения, стаж, предмет, запросы, контакты), в целях организации " +
  `программы наставничества ${LAW}. Согласие действует до окончания участия в программе и может быть отозвано ` +
  "письменным заявлением.";

export const GUARDIAN_CONSENT_HELP =
  "Я, родитель (законный представитель), даю согласие образовательной организации на обработку персональных " +
  "данных моего ребёнка, указанных в анкете, в целях организации программы наставничества " +
  `${LAW}. Если вы хотите подписать согласие на бумаге, выберите второй вариант: до получения бумаги ребёнок ` +
  "не будет включён в пары и в отчёты.";

/** Sections that ask for consent: an adult answers for himself, a minor's guardian answers for the child. */
export function consentSections(): SectionDef[] {
  return [
    { key: "selfConsent", title: "Согласие на обработку персональных данных", submitAfter: true },
    {
      key: "guardianConsent",
      title: "Согласие родителя (законного представителя)",
      help: "Этот раздел заполняет родитель (законный представитель) несовершеннолетнего участника.",
      submitAfter: true,
    },
  ];
}

/** The adult question that routes to the right consent, and the three consent items. */
export function consentItems(sheet: "mentors" | "mentees"): ItemDef[] {
  return [
    {
      key: "adult",
      title: "Вам исполнилось 18 лет?",
      type: "choice",
      required: true,
      choices: { from: "static", values: [YES, NO] },
      goTo: { [YES]: "selfConsent", [NO]: "guardianConsent" },
      feeds: { unmapped: "решает, чьё согласие нужно; возраст записывается из своего вопроса" },
    },
    {
      key: "consentSelf",
      title: "Согласие на обработку персональных данных",
      type: "choice",
      required: true,
      help: CONSENT_HELP,
      choices: { from: "static", values: [CONSENT_YES] },
      consent: "self",
      section: "selfConsent",
      feeds: { sheet, columns: ["consent"] },
    },
    {
      key: "guardianName",
      title: "ФИО родителя (законного представителя)",
      type: "text",
      required: true,
      section: "guardianConsent",
      feeds: { unmapped: "остаётся в листе ответов формы рядом с согласием; в базу не переносится (лишние ПДн)" },
    },
    {
      key: "consentGuardian",
      title: "Согласие родителя (законного представителя) на обработку персональных данных ребёнка",
      type: "choice",
      required: true,
      help: GUARDIAN_CONSENT_HELP,
      choices: { from: "static", values: [GUARDIAN_CONSENT_YES, GUARDIAN_CONSENT_PAPER] },
      consent: "guardian",
      section: "guardianConsent",
      feeds: { sheet, columns: ["consent"] },
    },
  ];
}

/** Key of the personal-code item in every questionnaire that has one (the personal link pre-fills it). */
export const CODE_ITEM = "code";

/**
 * «Личный код»: who is answering, pre-filled by the participant's personal link (personalCode.ts). On the
 * survey forms it is required and is the only way to say who you are: the forms list no names. On the
 * mentee and mentor questionnaires it is optional: without it the answer is a new person or an unverified
 * update (identity.ts).
 */
export function codeItem(required: boolean): ItemDef {
  return {
    key: CODE_ITEM,
    title: "Личный код",
    type: "text",
    required,
    help: required
      ? "Заполняется сам, если вы открыли анкету по личной ссылке. Не меняйте его. Нет кода — спросите у классного руководителя или куратора."
      : "Заполняется сам, если вы открыли анкету по личной ссылке. Заполняете анкету впервые — оставьте пустым.",
    feeds: { unmapped: "определяет участника; сам код хранится в столбце «Личный код» его листа" },
  };
}

/** «Дата рождения» of the mentee and mentor questionnaires: age is computed from it, never typed. */
export function birthDateItem(sheet: "mentors" | "mentees"): ItemDef {
  return {
    key: "birthDate",
    title: "Дата рождения",
    type: "date",
    required: true,
    feeds: { sheet, columns: ["birthDate"] },
  };
}

export function roleItem(sheet: "surveys" | "preferences" | "meetings", columns: string[] | null): ItemDef {
  return {
    key: "role",
    title: "Ваша роль в программе",
    type: "choice",
    required: true,
    choices: { from: "static", values: ROLE_CHOICES },
    feeds: columns ? { sheet, columns } : { unmapped: "выбирает столбец, куда идёт оценка" },
  };
}
