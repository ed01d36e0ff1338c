/** What a curator reads when Google fails: a Russian sentence, never Google's English text. */
import { bareMessage, serviceErrorText } from "../../../../src/domain/common/errors";

describe("Google's error texts for the curator", () => {
  it("drops the prefixes Google and JavaScript put in front", () => {
    expect(bareMessage("Exception: No item with the given ID could be found.")).toBe(
      "No item with the given ID could be found.",
    );
    expect(bareMessage("Ошибка: Error: Нет листа «Пары»")).toBe("Нет листа «Пары»");
    expect(bareMessage("TypeError: x is undefined")).toBe("x is undefined");
  });

  it("turns the known ones into Russian and leaves the unknown ones to the caller", () => {
    const deleted = serviceErrorText(
      "Exception: No item with the given ID could be found, or you do not have permission to access it.",
    );
    expect(deleted).toMatch(/^документ, форма или вопрос анкеты Google не найден/);
    expect(serviceErrorText("Exception: Service invoked too many times for one day: docs create.")).toMatch(/лимит/);
    expect(serviceErrorText("Lock timeout: another process was holding the lock for too long.")).toMatch(
      /другой процесс/,
    );
    expect(serviceErrorText("Exceeded maximum execution time")).toMatch(/6 минут/);
    expect(serviceErrorText("TypeError: Cannot read properties of undefined (reading 'x')")).toBeNull();
    expect(deleted?.replace(/Google/g, "")).not.toMatch(/[A-Za-z]/);
  });
});
