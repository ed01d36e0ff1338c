/** Russian texts of the Forms adapter: response sheet names, log reasons, progress, sidebar results. */
import type { FormKey } from "../domain/questionnaires";

export const FORMS_TEXT = {
  /** The response sheet of each questionnaire is renamed to this, so the tabs say what they hold. */
  responseSheet: {
    mentee: "Ответы: наставляемые",
    mentor: "Ответы: наставники",
    preference: "Ответы: предпочтения",
    meeting: "Ответы: встречи",
    satisfaction: "Ответы: удовлетворённость",
    evaluation: "Ответы: вход и выход",
    curator: "Ответы: куратор",
  } satisfies Record<FormKey, string>,
  confirmation: "Спасибо! Ответ получен. Его видит только куратор программы наставничества.",
  /** A choice list with nobody in it yet: Forms refuses an empty list. */
  emptyList: "(список пока пуст — обратитесь к куратору)",
  lockBusy:
    "книга была занята другим процессом дольше 20 секунд — ответ не потерян: он в листе ответов и здесь; " +
    "нажмите «Повторить обработку» в панели «Анкеты»",
  internal: "внутренняя ошибка дополнения (подробности — в журнале выполнения для разработчика)",
  failed: (reason: string) => `ответ не обработан: ${reason} — ответ сохранён здесь целиком`,
  /** An answer kept because its register is damaged (the structure guard's sentence). */
  held: (damage: string) =>
    `${damage} Ответ сохранён здесь целиком; когда лист исправят, нажмите «Повторить обработку» в панели «Анкеты».`,
  notOurs: (raw: string) => `запись журнала не похожа на ответ анкеты дополнения: ${raw}`,
  done: "обработано",
  progress: (done: number, total: number) => `${done} из ${total}`,
  stepDone: (title: string, created: boolean) =>
    created ? `Создана анкета «${title}»` : `Обновлена анкета «${title}»`,
  allDone: (total: number) =>
    `Готово: анкет — ${total}. Ссылки ниже; ответы будут приходить в лист «Журнал ошибок», если их нельзя принять.`,
  retryDone: (processed: number, still: number) =>
    processed === 0 && still === 0
      ? "Необработанных записей в журнале нет."
      : `Обработано записей журнала: ${processed}; осталось с ошибкой: ${still}.`,
  retryProgress: (done: number, total: number) => `Журнал: обработано записей ${done} из ${total}…`,
  listsDone: (items: number) => `Списки в анкетах обновлены (вопросов: ${items}).`,
  noForms: "Анкеты ещё не созданы: нажмите «Создать анкеты».",
  sheetsFirst:
    "Сначала создайте листы книги («Создать листы книги» на вкладке «Обзор» или в меню): ответы анкет записываются в них.",
  noConsentProblem: (sheet: string, row: number) =>
    `${sheet}, строка ${row}: нет согласия на обработку персональных данных — участник не попадёт в пары и в показатели, пока согласие не отмечено`,
  idsAssigned: (sheet: string, n: number) => `${sheet}: присвоены коды новым строкам — ${n}`,
  linksNoForms: "Анкеты ещё не созданы или созданы старой версией: нажмите «Создать анкеты» («Обновить анкеты»).",
  linksDone: (people: number, assigned: number, withoutId: number) =>
    `Личных ссылок: ${people}` +
    (assigned > 0 ? `; выдано новых личных кодов: ${assigned}` : "") +
    (withoutId > 0 ? `; строк без ID: ${withoutId} — нажмите «Проверить книгу», чтобы присвоить ID` : "") +
    ".",
  duplicateResolved: (decision: string, id: string, similarId: string) => `${id} и ${similarId}: ${decision}.`,
  duplicateGone: (id: string) => `Строка ${id} уже не найдена в листе — запись закрыта без изменений.`,
  duplicateDecided: "Эта запись уже разобрана.",
  duplicateInUse: (id: string, where: readonly string[]) =>
    `${id} уже используется (${where.join(", ")}): строка не удалена. Перенесите ссылки на старый ID вручную и повторите.`,
  notAnEntry: (sheet: string, row: number) => `В листе «${sheet}» в строке ${row} нет такой записи — обновите панель.`,
  restored: (column: string, key: string) => `Вернули прежнее значение «${column}» (${key}).`,
  restoredRow: (key: string) => `Вернули удалённую строку (${key}).`,
  alreadyRestored: "Это значение уже возвращено.",
  rowNotFound: (sheet: string, key: string) =>
    `В листе «${sheet}» нет строки «${key}» — возможно, её удалили или изменили ключ; значение не возвращено.`,
  columnNotFound: (sheet: string, column: string) =>
    `В листе «${sheet}» нет столбца «${column}» — значение не возвращено.`,
  hidden: "скрыто (режим псевдонимов)",
} as const;
