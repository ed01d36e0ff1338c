/**
 * The roadmap of the current school year, stage by stage (domain.md «Programme stages»), written the way
 * school roadmaps are. `{Y}` is the first year of the school year, `{Y1}` the second. `end` is when the
 * item is really due ([year offset, month, day]); null for continuous and by-schedule items. `slips`
 * items are the ones the curator has not closed in time (with the reason in the comment).
 */
export type StaffRole =
  "director" | "deputy" | "deputyStudies" | "curator" | "psychologist" | "social" | "classTeachers" | "mentors";

export interface PlanItem {
  title: string;
  deadline: string;
  end: readonly [0 | 1, number, number] | null;
  repeat?: "ежегодно" | "ежеквартально" | "ежемесячно";
  responsible: readonly StaffRole[];
  result: string;
  slips?: string;
  comment?: string;
}

export const SECTIONS: ReadonlyArray<{ title: string; items: readonly PlanItem[] }> = [
  {
    title: "Подготовка условий для запуска программы наставничества",
    items: [
      {
        title:
          "Издание приказа о реализации целевой модели наставничества и назначении куратора на {Y}-{Y1} учебный год",
        deadline: "до 01.09.{Y}",
        end: [0, 9, 1],
        responsible: ["director"],
        result: "Приказ о назначении куратора",
      },
      {
        title: "Актуализация Положения о программе наставничества и программы наставничества",
        deadline: "до 15.09.{Y}",
        end: [0, 9, 15],
        responsible: ["curator", "deputy"],
        result: "Положение, программа наставничества",
      },
      {
        title: "Информирование педагогического коллектива о реализации программы наставничества (педагогический совет)",
        deadline: "Август {Y}",
        end: [0, 8, 31],
        responsible: ["director", "curator"],
        result: "Протокол педагогического совета",
      },
      {
        title: "Информирование родительского сообщества о программе наставничества на родительских собраниях",
        deadline: "Сентябрь {Y}",
        end: [0, 9, 30],
        responsible: ["classTeachers", "deputy"],
        result: "Протоколы родительских собраний",
      },
      {
        title: "Встреча с представителями организаций-партнёров и выпускниками с целью привлечения наставников",
        deadline: "Октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["director", "curator"],
        result: "Соглашения о сотрудничестве",
      },
      {
        title: "Размещение информации о ходе реализации программы на сайте школы и в официальном сообществе",
        deadline: "в течение учебного года",
        end: null,
        responsible: ["curator"],
        result: "Публикации на сайте",
      },
    ],
  },
  {
    title: "Формирование базы наставляемых",
    items: [
      {
        title: "Анкетирование обучающихся и педагогов, желающих принять участие в программе наставничества",
        deadline: "Сентябрь-октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["curator", "classTeachers"],
        result: "Анкеты наставляемых",
      },
      {
        title:
          "Сбор информации о запросах наставляемых от третьих лиц: классных руководителей, педагога-психолога, социального педагога, родителей",
        deadline: "до 15.10.{Y}",
        end: [0, 10, 15],
        responsible: ["psychologist", "social"],
        result: "Перечень запросов",
      },
      {
        title: "Сбор согласий законных представителей несовершеннолетних на обработку персональных данных",
        deadline: "до 15.10.{Y}",
        end: [0, 10, 15],
        responsible: ["classTeachers"],
        result: "Согласия на обработку ПДн",
        slips: "Не сданы согласия законных представителей шести обучающихся",
      },
      {
        title: "Формирование базы наставляемых",
        deadline: "Октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["curator"],
        result: "База наставляемых",
      },
      {
        title: "Входная оценка наставляемых по параметрам мониторинга (первый этап)",
        deadline: "Октябрь-ноябрь {Y}",
        end: [0, 11, 30],
        responsible: ["psychologist", "curator"],
        result: "Результаты входной диагностики",
      },
    ],
  },
  {
    title: "Формирование базы наставников",
    items: [
      {
        title: "Анкетирование потенциальных наставников, сбор согласий на обработку персональных данных",
        deadline: "Сентябрь {Y}",
        end: [0, 9, 30],
        responsible: ["curator"],
        result: "Анкеты наставников, согласия",
      },
      {
        title: "Собеседование с кандидатами в наставники (при необходимости с участием педагога-психолога)",
        deadline: "до 30.09.{Y}",
        end: [0, 9, 30],
        responsible: ["curator", "psychologist"],
        result: "Список кандидатов",
      },
      {
        title: "Привлечение наставников из числа студентов и представителей предприятий-партнёров",
        deadline: "по отдельному графику",
        end: null,
        responsible: ["deputy"],
        result: "Договоры о сотрудничестве",
      },
      {
        title: "Формирование базы наставников",
        deadline: "Октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["curator"],
        result: "База наставников",
      },
    ],
  },
  {
    title: "Отбор и обучение наставников",
    items: [
      {
        title: "Отбор наставников для программ текущего учебного года",
        deadline: "Октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["curator", "deputy"],
        result: "Список наставников",
      },
      {
        title: "Обучение наставников в «Школе наставника» (4 занятия)",
        deadline: "Октябрь-ноябрь {Y}",
        end: [0, 11, 30],
        responsible: ["curator", "psychologist"],
        result: "Журнал занятий, сертификаты",
      },
      {
        title: "Методические консультации для наставников",
        deadline: "ежеквартально",
        end: null,
        repeat: "ежеквартально",
        responsible: ["deputyStudies"],
        result: "Материалы консультаций",
      },
      {
        title: "Участие наставников в муниципальном семинаре «Наставничество: практики и результаты»",
        deadline: "Декабрь {Y}",
        end: [0, 12, 31],
        responsible: ["deputy"],
        result: "Программа семинара",
      },
    ],
  },
  {
    title: "Формирование наставнических пар или групп",
    items: [
      {
        title: "Организация групповой встречи наставников и наставляемых",
        deadline: "Сентябрь {Y}",
        end: [0, 9, 30],
        responsible: ["curator"],
        result: "Фотоотчёт, лист регистрации",
      },
      {
        title: "Анкетирование на предмет предпочитаемого наставника или наставляемого после групповой встречи",
        deadline: "до 30.09.{Y}",
        end: [0, 9, 30],
        responsible: ["curator"],
        result: "Анкеты предпочтений",
      },
      {
        title: "Формирование наставнических пар и групп, приказ о закреплении",
        deadline: "до 10.10.{Y}",
        end: [0, 10, 10],
        responsible: ["curator", "director"],
        result: "Приказ о закреплении наставнических пар",
      },
      {
        title: "Формирование дополнительных пар для наставляемых, вошедших в программу в течение года",
        deadline: "в течение учебного года",
        end: null,
        responsible: ["curator"],
        result: "Дополнения к приказу",
      },
    ],
  },
  {
    title: "Организация работы наставнических пар или групп",
    items: [
      {
        title: "Проведение встречи-знакомства и пробной рабочей встречи наставника и наставляемого",
        deadline: "Октябрь {Y}",
        end: [0, 10, 31],
        responsible: ["mentors"],
        result: "Отметки в журнале встреч",
      },
      {
        title: "Встреча-планирование, составление индивидуальных планов развития наставляемых",
        deadline: "до 15.11.{Y}",
        end: [0, 11, 15],
        responsible: ["mentors", "curator"],
        result: "Индивидуальные планы",
        slips: "Планы сданы не всеми парами",
      },
      {
        title: "Регулярные встречи наставников и наставляемых",
        deadline: "в течение учебного года",
        end: null,
        responsible: ["mentors"],
        result: "Журнал встреч",
      },
      {
        title: "Сбор обратной связи от участников после встреч",
        deadline: "ежемесячно",
        end: null,
        repeat: "ежемесячно",
        responsible: ["curator"],
        result: "Листы обратной связи",
      },
      {
        title: "Открытые уроки и мастер-классы молодых специалистов с участием наставников",
        deadline: "Февраль-май {Y1}",
        end: [1, 5, 31],
        responsible: ["deputyStudies", "mentors"],
        result: "Конспекты уроков, отзывы наставников",
      },
      {
        title: "Промежуточный мониторинг: анкетирование участников",
        deadline: "Январь, апрель {Y1}",
        end: [1, 4, 30],
        responsible: ["curator", "psychologist"],
        result: "Справка по итогам мониторинга",
      },
      {
        title: "Итоговая встреча наставника и наставляемого, групповая заключительная встреча",
        deadline: "Май {Y1}",
        end: [1, 5, 31],
        responsible: ["mentors", "curator"],
        result: "Отметки в журнале встреч",
      },
    ],
  },
  {
    title: "Завершение наставничества",
    items: [
      {
        title: "Анкетирование участников: удовлетворённость участием в программе наставничества",
        deadline: "Апрель-май {Y1}",
        end: [1, 5, 31],
        responsible: ["curator"],
        result: "Результаты анкетирования",
      },
      {
        title: "Итоговая оценка участников по параметрам мониторинга (второй этап)",
        deadline: "Май {Y1}",
        end: [1, 5, 31],
        responsible: ["psychologist", "curator"],
        result: "Аналитическая справка",
      },
      {
        title: "Торжественное мероприятие: подведение итогов, конкурс «Наставник года», награждение лучших наставников",
        deadline: "Июнь {Y1}",
        end: [1, 6, 30],
        responsible: ["director", "deputy"],
        result: "Приказ о поощрении наставников",
      },
      {
        title: "Оформление кейсов и публикация результатов программы на сайте школы",
        deadline: "до 30.06.{Y1}",
        end: [1, 6, 30],
        responsible: ["curator"],
        result: "Кейсы, публикации",
      },
      {
        title: "Внесение данных об итогах реализации программы в базы наставников и наставляемых",
        deadline: "Июнь {Y1}",
        end: [1, 6, 30],
        responsible: ["curator"],
        result: "Обновлённые базы",
      },
      {
        title: "Отчёт о реализации целевой модели наставничества в управление образования",
        deadline: "до 25.06.{Y1}",
        end: [1, 6, 25],
        responsible: ["deputy", "curator"],
        result: "Отчёт",
        comment: "По форме управления образования",
      },
    ],
  },
];
