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
  fileNotFound: (path: string) => `Файл не найден: ${path}`,
  fileUnreadable: (path: string, reason: string) => `Не удалось прочитать файл ${path}: ${reason}`,
  badYear: (flag: string, value: string) => `${flag}: «${value}» — ожидается год, например 2022`,
  badYearSpan: (flag: string, value: string) =>
    `${flag}: «${value}» — ожидаются два года через дефис, например 2022-2023`,
  badAcademicYear: (flag: string, value: string) =>
    `${flag}: «${value}» — учебный год задаётся двумя годами подряд, например 2022-2023`,
  badProgramSpan: (flag: string, value: string) => `${flag}: «${value}» — первый год программы позже последнего`,
  emptyArgument: (what: string, usage: string) => `Пустой ${what}. Использование: ${usage}`,
  internal: (message: string) => `Внутренняя ошибка: ${message}. Сообщите разработчикам.`,
} as const;
