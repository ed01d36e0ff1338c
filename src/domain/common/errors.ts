/**
 * Errors and the curator. A CuratorError carries a Russian sentence meant to be read as it is (a missing
 * sheet, a bad link); anything else is a bug or a Google service failing, and its text is for the
 * developer's log only. Google's own texts are English and prefixed («Exception: …», «Error: …»), so the
 * known ones are turned into a Russian sentence the curator can act on; unknown ones give null and the
 * caller shows its general sentence.
 */
export class CuratorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CuratorError";
  }
}

/** Google's texts (as Apps Script throws them) → what they mean for the curator. First match wins. */
const SERVICE_ERRORS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /No item with the given ID could be found|Requested entity was not found|Document is missing|does not exist/i,
    "документ, форма или вопрос анкеты Google не найден: возможно, его удалили или у вас нет к нему доступа",
  ],
  [
    /do(?:es)? not have permission|Access denied|PERMISSION_DENIED|not authori[sz]ed|Authorization is required/i,
    "нет доступа: откройте документ своей учётной записью или попросите владельца открыть вам доступ",
  ],
  [
    /Invalid argument: id|Unexpected error while getting the method or property open/i,
    "ссылка не ведёт к документу Google: проверьте её",
  ],
  [
    /Service invoked too many times|Limit Exceeded|quota|Rate Limit/i,
    "исчерпан дневной лимит Google для дополнения: повторите завтра",
  ],
  [
    /Exceeded maximum execution time/i,
    "работа не уложилась в 6 минут, которые Google даёт на один запуск: повторите — сделанное сохранено",
  ],
  [
    /Lock timeout|holding the lock/i,
    "книгу сейчас меняет другой процесс (например, приходит ответ анкеты): повторите через несколько секунд",
  ],
  [
    /Service (?:Spreadsheets|Documents|Forms|Drive) failed|Service error|temporarily unavailable|Server error|try again later/i,
    "служба Google временно не ответила: повторите через минуту",
  ],
];

/** The message without the prefixes Google and JavaScript put in front («Exception:», «Error:», «TypeError:»…). */
export function bareMessage(raw: string): string {
  return raw.replace(/^(?:\s*(?:[A-Z][A-Za-z]*(?:Error|Exception)|Exception|Error|Ошибка)\s*:\s*)+/, "").trim();
}

/** A Russian sentence (no final full stop) for one of Google's error texts, or null when it is not known. */
export function serviceErrorText(raw: string): string | null {
  const text = bareMessage(raw);
  for (const [pattern, meaning] of SERVICE_ERRORS) if (pattern.test(text)) return meaning;
  return null;
}

/** The error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error whose message a curator should read (Russian), thrown by any layer; the sidebar shows it as it is. */
export class UserFacingError extends CuratorError {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
