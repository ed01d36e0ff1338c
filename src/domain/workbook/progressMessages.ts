/** Russian texts of the programme checklist on «Обзор», in one place. One name per action everywhere. */
import { countOf, WORDS } from "../common/plural";

export const PROGRESS_TEXT = {
  settings: {
    title: "Настройки программы",
    missing: "Укажите организацию, учебный год и период программы",
    action: "Сохранить настройки",
  },
  sheets: {
    title: "Листы книги",
    ready: "Все листы на месте",
    missing: (n: number) => `Не хватает: ${countOf(n, WORDS.sheet)}`,
    /** The same words as the menu item: one name per action. */
    action: "Создать листы книги",
  },
  roadmap: {
    title: "Дорожная карта",
    missing: "Вставьте таблицу дорожной карты из документа школы",
    action: "Импортировать дорожную карту",
  },
  bases: {
    title: "Контингент и целевые показатели",
    noContingent: "Вставьте таблицу «Характеристика контингента» из программы",
    noTargets: "Контингент заполнен; вставьте таблицу целевых показателей по годам",
    ready: (n: number) => `Цели заданы: ${countOf(n, WORDS.indicator)}`,
    contingentAction: "Импортировать контингент",
    targetsAction: "Импортировать целевые показатели",
  },
  forms: {
    title: "Анкеты участников",
    missing: "Семь анкет создаются одной кнопкой",
    partly: (done: number, total: number) => `Создано ${done} из ${total}: доделайте`,
    ready: (mentors: number, mentees: number) =>
      `В базах: ${countOf(mentors, WORDS.mentor)}, ${countOf(mentees, WORDS.mentee)}`,
    action: "Создать анкеты",
    open: "Открыть анкеты",
  },
  pairs: {
    title: "Наставнические пары",
    noPeople: "Ждём анкет наставников и наставляемых",
    missing: (mentors: number, mentees: number) =>
      `В базах ${countOf(mentors, WORDS.mentor)} и ${countOf(mentees, WORDS.mentee)}: можно подбирать`,
    proposed: (n: number) => `Предложено: ${countOf(n, WORDS.pair)}; проверьте и утвердите`,
    ready: (pairs: number, groups: number, proposed: number) =>
      `Утверждено: ${countOf(pairs, WORDS.pair)}` +
      (groups > 0 ? ` и ${countOf(groups, WORDS.group)}` : "") +
      (proposed > 0 ? `; ещё ждут решения: ${proposed}` : ""),
    action: "Подобрать пары",
    review: "Открыть пары",
  },
  meetings: {
    title: "Встречи пар",
    missing: "Встречи записывает анкета обратной связи после встречи",
    action: "Открыть анкеты",
  },
  monitoring: {
    title: "Мониторинг",
    missing: "Анкеты удовлетворённости и оценки на входе и выходе ещё без ответов",
    action: "Открыть анкеты",
  },
  report: {
    title: "Отчёт",
    missing: "Отчёт на дату из «Настроек» строится одной кнопкой",
    ready: "Лист «Отчёт» построен; постройте заново после изменений",
    action: "Построить отчёт",
  },
} as const;

/** The settings form of the checklist's first step. */
export const SETTINGS_FORM_TEXT = {
  organisation: "Организация",
  organisationHint: "Полное наименование, как в приказах",
  municipality: "Муниципалитет",
  curator: "Куратор",
  curatorHint: "ФИО куратора целевой модели наставничества",
  academicYear: "Учебный год",
  programPeriod: "Период программы",
  yearsHint: "Например, 2026-2027",
  periodHint: "Например, 2024-2027",
  organisationRequired: "Укажите организацию: её название войдёт в отчёт и документы.",
  badAcademicYear: (text: string) =>
    `Учебный год «${text}» не понят: укажите два соседних года через дефис, например 2026-2027.`,
  badProgramPeriod: (text: string) =>
    `Период программы «${text}» не понят: укажите первый и последний год через дефис, например 2024-2027.`,
  saved: "Настройки сохранены на листе «Настройки».",
} as const;
