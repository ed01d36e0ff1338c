/** Russian texts of the `cmn` command line, in one place. */
export const CLI_MESSAGES = {
  help: (lines: string[]) =>
    [
      "cmn — «Куратор ЦМН» в командной строке. Вывод — JSON, ошибки — по-русски в stderr.",
      "",
      "Команды:",
      ...lines,
      "",
      "Запуск: npm run -s cmn -- <команда> [параметры]",
    ].join("\n"),
  unknownCommand: (name: string) => `Неизвестная команда «${name}». Список команд: npm run -s cmn -- --help`,
  unknownFlag: (flag: string, usage: string) => `Неизвестный параметр ${flag}. Использование: ${usage}`,
  flagNeedsValue: (flag: string, usage: string) => `Параметру ${flag} нужно значение. Использование: ${usage}`,
  missingArgument: (what: string, usage: string) => `Не указан ${what}. Использование: ${usage}`,
  extraArguments: (extra: string, usage: string) => `Лишние параметры: ${extra}. Использование: ${usage}`,
  folderNotFound: (path: string) => `Папка не найдена: ${path}`,
  badYear: (flag: string, value: string) => `${flag}: «${value}» — ожидается год, например 2022`,
  badYearSpan: (flag: string, value: string) =>
    `${flag}: «${value}» — ожидаются два года через дефис, например 2022-2023`,
  badAcademicYear: (flag: string, value: string) =>
    `${flag}: «${value}» — учебный год задаётся двумя годами подряд, например 2022-2023`,
  badProgramSpan: (flag: string, value: string) => `${flag}: «${value}» — первый год программы позже последнего`,
  emptyArgument: (what: string, usage: string) => `Пустой ${what}. Использование: ${usage}`,
  badDate: (text: string, usage: string) => `Дата «${text}» не в виде ГГГГ-ММ-ДД. Использование: ${usage}`,
  warning: (message: string) => `Предупреждение: ${message}`,
  internal: (message: string) => `Внутренняя ошибка: ${message}. Сообщите разработчикам.`,
} as const;

const mb = (bytes: number) => `${String(Math.round((bytes / 1024 / 1024) * 10) / 10).replace(".", ",")} МБ`;

/** Reading an input file: its type and size, its encoding, CSV syntax, .docx archives. */
export const FILE_MESSAGES = {
  notFound: (path: string) => `Файл не найден: ${path}`,
  unreadable: (path: string, reason: string) => `Не удалось прочитать файл ${path}: ${reason}`,
  isDirectory: (path: string) => `${path} — это папка, а не файл. Укажите файл внутри неё.`,
  notRegular: (path: string, kind: string) =>
    `${path} — не обычный файл, а ${kind}: у такого потока нет конца, его нельзя прочитать целиком. Сохраните данные в файл и укажите его.`,
  tooLarge: (path: string, size: number, limit: number) =>
    `Файл ${path} слишком большой: ${mb(size)}, а допустимо не больше ${mb(limit)}. Проверьте, тот ли это файл, или разделите его на части.`,
  empty: (path: string) => `Файл ${path} пуст.`,
  unsupported: (path: string, expected: string) => `Формат файла ${path} не поддерживается: нужен ${expected}.`,
  notText: (path: string) =>
    `Файл ${path} не похож на текст: в нём много служебных символов. Возможно, это таблица Excel (.xlsx), PDF или архив — сохраните данные как CSV или текст (.txt).`,
  badEncoding: (path: string, line: number) =>
    `Файл ${path} не читается ни как UTF-8, ни как Windows-1251, ни как UTF-16: в строке ${line} есть байты, которые не складываются в буквы. Сохраните файл заново в кодировке UTF-8 (в Excel: «CSV UTF-8 (разделитель — запятая)»).`,
  csvUnclosedQuote: (path: string, line: number, rest: number) =>
    `${path}: кавычка, открытая в строке ${line}, не закрыта до конца файла — все следующие строки (${rest}) попали бы в одну ячейку. Найдите в строке ${line} лишнюю или пропущенную кавычку «"».`,
  csvTooLarge: (path: string, limit: "rows" | "cells" | "columns", max: number, line: number) =>
    limit === "columns"
      ? `${path}: в строке ${line} больше ${max} столбцов — это не таблица листа. Проверьте, тот ли это файл.`
      : `${path}: в файле больше ${max} ${limit === "rows" ? "строк" : "ячеек"} (предел достигнут в строке ${line}). Проверьте, тот ли это файл, или разделите его на части.`,
  badDocx: (path: string) =>
    `Файл ${path} не является документом Word (.docx): он повреждён или это другой формат. Сохраните его в Word как .docx и повторите.`,
  docxTooManyParts: (path: string, parts: number, limit: number) =>
    `Файл ${path} отклонён: в архиве документа ${parts} частей, а в документе Word их обычно десятки (допустимо ${limit}). Сохраните документ в Word заново.`,
  docxTooLarge: (path: string, size: number, limit: number) =>
    `Документ ${path} после распаковки занимает ${mb(size)}, а допустимо не больше ${mb(limit)}. Сохраните таблицу дорожной карты в отдельный документ без рисунков или как CSV.`,
  docxBomb: (path: string, part: string, ratio: number) =>
    `Файл ${path} отклонён: часть «${part}» распаковывается в ${ratio} раз больше своего сжатого размера — так устроены архивы-«бомбы», а не документы Word. Откройте документ в Word и сохраните его заново.`,
  docxSizeMismatch: (path: string, part: string) =>
    `Файл ${path} отклонён: размер части «${part}» не совпадает с заявленным в оглавлении архива. Документ повреждён или подделан; сохраните его в Word заново.`,
  docxOutOfMemory: (path: string, limit: number) =>
    `Документ ${path} слишком сложный: на его чтение не хватило ${mb(limit)} памяти. Сохраните таблицу дорожной карты в отдельный документ или как CSV.`,
} as const;
