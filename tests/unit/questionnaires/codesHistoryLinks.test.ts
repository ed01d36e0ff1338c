import { createHash } from "node:crypto";
import { sha256 } from "../../../src/domain/common/sha256";
import { CODE_ALPHABET, codeKey, codeSource, isCodeLike } from "../../../src/domain/questionnaires";
import { mergeCells } from "../../../src/domain/questionnaires/duplicates";
import { changedCells, historyRows, parseRowKey, rowKeyText } from "../../../src/domain/questionnaires/history";
import {
  escapeHtml,
  linkRows,
  linksCsv,
  linksHtml,
  personalUrl,
  PREFILL_SENTINEL,
} from "../../../src/domain/questionnaires/links";
import { LINK_TEXTS } from "../../../src/domain/questionnaires/messages";

describe("sha256", () => {
  it("matches Node's crypto on ASCII, Cyrillic, emoji and block boundaries", () => {
    for (const text of [
      "",
      "abc",
      "seed:0",
      "Иванов Иван",
      "🙂👍🏽",
      "x".repeat(55),
      "y".repeat(56),
      "z".repeat(64),
      "ё".repeat(200),
    ]) {
      const hex = sha256(text)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
      expect(hex).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("personal codes", () => {
  it("are 8 letters of the alphabet, shown as XXXX-XXXX, unique, and skip codes already taken", () => {
    const first = codeSource("seed-1", []);
    const made = Array.from({ length: 2000 }, () => first());
    expect(new Set(made.map(codeKey)).size).toBe(2000);
    for (const code of made) {
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      expect([...codeKey(code)].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
      expect(isCodeLike(code)).toBe(true);
    }
    // The same seed gives the same sequence, minus what is taken; another seed gives others.
    const again = codeSource("seed-1", [made[0].toLowerCase()]);
    expect(again()).toBe(made[1]);
    expect(codeSource("seed-2", [])()).not.toBe(made[0]);
  });

  it("are read back whatever the case, spacing, dashes or a Russian keyboard layout", () => {
    expect(codeKey("7kqm 2xhd")).toBe("7KQM2XHD");
    expect(codeKey(" 7KQM–2XHD ")).toBe("7KQM2XHD");
    // «М», «Н», «Х» typed in Cyrillic.
    expect(codeKey("7KQМ-2ХНD")).toBe("7KQM2XHD");
    expect(isCodeLike("НЯ-0001")).toBe(false);
  });
});

describe("«История изменений»", () => {
  it("a row key reads as the curator sees it and finds the row again", () => {
    const key = [
      { column: "pairId", value: "П-0001" },
      { column: "date", value: "2026-09-03" },
      { column: "type", value: "рабочая" },
    ];
    const text = rowKeyText("meetings", key);
    expect(text).toBe("ID пары: П-0001; Дата: 03.09.2026; Тип: рабочая");
    expect(parseRowKey("meetings", text)).toEqual(key);
    expect(rowKeyText("mentees", [{ column: "id", value: "НЯ-0003" }])).toBe("ID: НЯ-0003");
    expect(parseRowKey("mentees", "Нет такого: 1")).toBeUndefined();
  });

  it("records every changed cell with its old value, typed as it was", () => {
    const before = { name: "Иванов Иван", grade: "7А", consent: true, birthDate: "2013-03-10", requests: "математика" };
    const after = { name: "Иванов Иван", grade: "7Б", consent: false, birthDate: "2013-04-10", requests: "" };
    const changes = changedCells(before, after, Object.keys(after));
    expect(changes).toEqual([
      { column: "grade", before: "7А", after: "7Б" },
      { column: "consent", before: true, after: false },
      { column: "birthDate", before: "2013-03-10", after: "2013-04-10" },
      { column: "requests", before: "математика", after: "" },
    ]);
    const now = new Date("2026-10-12T12:00:00Z");
    const [row] = historyRows("mentees", [{ column: "id", value: "НЯ-0001" }], changes, "Анкета наставляемого", now);
    expect(row).toEqual({
      date: now,
      sheet: "Наставляемые",
      rowKey: "ID: НЯ-0001",
      column: "Класс",
      before: "7А",
      after: "7Б",
      source: "Анкета наставляемого",
      restored: "",
    });
  });
});

describe("merging a possible duplicate", () => {
  it("takes the newer answers, never the older row's ID, code, status or programme dates", () => {
    const older = {
      id: "НЯ-0001",
      code: "AAAA-BBBB",
      name: "Иванов Иван",
      grade: "7А",
      status: "активен",
      joined: "2026-09-01",
      requests: "математика",
    };
    const newer = {
      id: "НЯ-0002",
      code: "CCCC-DDDD",
      name: "Иванов Иван",
      grade: "7Б",
      status: "кандидат",
      questionnaireDate: "2026-10-12",
      requests: "физика",
      birthDate: "2013-03-10",
    };
    expect(mergeCells("mentees", older, newer)).toEqual({ grade: "7Б", birthDate: "2013-03-10", requests: "физика" });
  });
});

describe("personal links", () => {
  const templates = {
    satisfaction: {
      title: "Удовлетворённость",
      template: `https://docs.google.com/forms/d/e/F1/viewform?usp=pp_url&entry.5=${PREFILL_SENTINEL}`,
    },
    mentee: {
      title: "Анкета наставляемого",
      template: `https://docs.google.com/forms/d/e/F2/viewform?usp=pp_url&entry.9=${PREFILL_SENTINEL}`,
    },
  };
  const people = [
    {
      id: "НЯ-0001",
      name: '<img src=x onerror=alert(1)> "Ли"',
      grade: "7Б",
      role: "mentee" as const,
      code: "7KQM-2XHD",
    },
    { id: "НТ-0001", name: '=HYPERLINK("http://evil")', grade: "", role: "mentor" as const, code: "ABCD-EFGH" },
  ];

  it("each link is the template with the person's code; a role gets only its questionnaires", () => {
    expect(personalUrl(templates.satisfaction.template, "7KQM-2XHD")).toBe(
      "https://docs.google.com/forms/d/e/F1/viewform?usp=pp_url&entry.5=7KQM-2XHD",
    );
    const rows = linkRows(people, templates);
    expect(rows[0].links.map((l) => l.form)).toEqual(["mentee", "satisfaction"]);
    expect(rows[1].links.map((l) => l.form)).toEqual(["satisfaction"]);
  });

  it("the printable page escapes every name; the CSV never hands a spreadsheet a formula", () => {
    const rows = linkRows(people, templates);
    const html = linksHtml(rows, LINK_TEXTS);
    expect(html).not.toContain("<img");
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)> "Ли"'));
    expect(html).toContain("7KQM-2XHD");
    const csv = linksCsv(rows, LINK_TEXTS, [
      { form: "mentee", title: "Анкета наставляемого" },
      { form: "satisfaction", title: "Удовлетворённость" },
    ]);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("ID;ФИО;Класс;Роль;Личный код;Анкета наставляемого;Удовлетворённость");
    expect(lines[1]).toBe(
      'НЯ-0001;"<img src=x onerror=alert(1)> ""Ли""";7Б;наставляемый;7KQM-2XHD;' +
        "https://docs.google.com/forms/d/e/F2/viewform?usp=pp_url&entry.9=7KQM-2XHD;" +
        "https://docs.google.com/forms/d/e/F1/viewform?usp=pp_url&entry.5=7KQM-2XHD",
    );
    expect(lines[2].split(";")[1]).toBe(`"'=HYPERLINK(""http://evil"")"`);
  });
});
