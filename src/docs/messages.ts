/** Russian texts of the Google Docs side of documents. */
export const DOCS_TEXT = {
  folderName: (workbook: string) => `Документы ЦМН — ${workbook}`,
  badTemplateLink: (text: string) =>
    `В столбце «Шаблон» листа «Документы» не ссылка на Google Документ: «${text}». Вставьте адрес документа ` +
    `(https://docs.google.com/document/d/…) или очистите ячейку, чтобы взять шаблон по умолчанию.`,
  templateUnreadable: (text: string, reason: string) =>
    `Не удалось открыть шаблон «${text}»: ${reason}. Проверьте, что документ существует и открыт вам ` +
    `(откройте его один раз через «Открыть шаблон» на панели, чтобы дополнение получило к нему доступ).`,
  templateCopyName: (title: string) => `Шаблон — ${title}`,
} as const;

/** Messages of the «Документы» commands. */
export const DOCUMENTS_UI_TEXT = {
  created: (title: string, folder: string) => `Документ «${title}» создан в папке «${folder}».`,
  templateCreated: (title: string) =>
    `Шаблон «${title}» создан и указан в листе «Документы». Правьте его текст и поля {{…}}: следующие ` +
    `документы будут создаваться по нему.`,
  badOrderReference: (text: string) =>
    `Не удалось прочитать номер и дату приказа «${text}». Пишите так: «№ 123-од от 21.11.2026».`,
  linkPairs: (n: number, label: string) => `Заполнить «Приказ» = «${label}» у пар (${n}) на листе «Пары»`,
  linkRoadmap: (number: string, title: string, date: string) =>
    `Отметить мероприятие ${number} «${title}» дорожной карты выполненным ${date}`,
  linked: (label: string) => `«${label}» внесён в «Пары» и дорожную карту.`,
  nothingToLink: "Номер и дата приказа уже внесены, менять нечего.",
  undone: "Изменения отменены: «Приказ» у пар и отметка в дорожной карте возвращены как были.",
  nothingToUndo: "Отменять нечего.",
  noDocumentYet: (title: string) => `Документ «${title}» ещё не создан: сначала создайте его.`,
  noOrderYet: (title: string) =>
    `Впишите номер и дату приказа в строку «${title}» листа «Документы» (столбец «Номер и дата приказа»).`,
  sheetMissing: "Нет листа «Документы»: выполните «Создать листы книги».",
} as const;
