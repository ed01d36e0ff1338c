import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchCommand } from "../../../src/cli/commands/match";
import { UserError } from "../../../src/cli/command";

interface Output {
  pairs: Array<{
    mentorId: string;
    menteeId: string;
    form: string;
    score: number;
    reasons: string;
    roleModel: string;
    kept: boolean;
  }>;
  unmatched: Array<{ menteeId: string; reason: string }>;
  stats: Record<string, unknown>;
  problems: string[];
}

const dir = mkdtempSync(join(tmpdir(), "cmn-match-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, "utf8");
  return path;
}
const run = (...args: string[]) => matchCommand.run(args) as Output;

const MENTORS = [
  "ID;ФИО (или код);Категория;Класс;Стаж, лет;Предмет;Компетенции (теги);Формы;Макс. наставляемых;Обучение пройдено;Согласие ПДн;Статус",
  "Н-1;Соколова Анна;обучающийся;9;;;математика, ОГЭ;ученик – ученик;2;да;да;активен",
  "Н-2;Орлов Дмитрий;обучающийся;10;;;общение, лидерство;Ученик-ученик;;да;да;активен",
  "Н-3;Иванова Мария Петровна;педагог;;12;математика;методика;учитель – учитель;1;нет;да;активен",
].join("\n");
const MENTEES = [
  "\uFEFFID;ФИО;Категория;Класс;Стаж;Предмет;Запросы;Особые потребности;Желаемая форма;Согласие ПДн (законного представителя для несовершеннолетних);Статус",
  "У-1;Петров Илья;обучающийся;7Б;;;математика;низкая успеваемость;ученик – ученик;да;кандидат",
  "У-2;Кузнецова Дарья;обучающийся;6;;;адаптация;ОВЗ;ученик – ученик;да;кандидат",
  "У-3;Ким Олег;педагог;;1;математика;методика;;учитель – учитель;да;кандидат",
  "У-4;Морозова Ева;обучающийся;5;;;математика;;;да;кандидат",
].join("\n");

describe("cmn match", () => {
  it("pairs the cohort from CSV files and prints the stable shape", () => {
    const out = run("--mentors", file("m.csv", MENTORS), "--mentees", file("e.csv", MENTEES));
    expect(out.pairs.map((p) => [p.menteeId, p.mentorId, p.form])).toEqual([
      ["У-1", "Н-1", "ученик – ученик"],
      ["У-2", "Н-2", "ученик – ученик"],
      ["У-3", "Н-3", "учитель – учитель"],
    ]);
    const teacher = out.pairs[2];
    expect(teacher.reasons).toBe(
      "запросы: методика · тот же предмет: математика · под запрос: методика · разница в стаже 11 лет",
    );
    expect(teacher.roleModel).toBe("опытный предметник – неопытный предметник");
    expect(Object.keys(out.pairs[0])).toEqual([
      "mentorId",
      "menteeId",
      "form",
      "score",
      "reasons",
      "roleModel",
      "kept",
    ]);
    expect(out.unmatched).toEqual([{ menteeId: "У-4", reason: "не указана желаемая форма наставничества" }]);
    expect(out.stats).toMatchObject({ mentees: 4, matched: 3, priorityMatched: 1 });
    expect(out.problems).toEqual([
      "Наставляемые, строка 5, «Желаемая форма»: не заполнено — наставляемый не участвует в подборе, пока не указана форма",
    ]);
  });

  it("keeps locked pairs and does not re-propose ended ones", () => {
    const pairs = file(
      "p.csv",
      [
        "ID пары,ID наставника,ID наставляемого,Форма,Статус,Закреплено",
        "П-1,Н-2,У-1,ученик – ученик,предложена,TRUE",
        "П-2,Н-3,У-3,учитель – учитель,расторгнута,FALSE",
      ].join("\n"),
    );
    const out = run("--mentors", file("m.csv", MENTORS), "--mentees", file("e.csv", MENTEES), "--pairs", pairs);
    expect(out.pairs.find((p) => p.menteeId === "У-1")).toMatchObject({ mentorId: "Н-2", kept: true });
    expect(out.pairs.find((p) => p.menteeId === "У-2")?.mentorId).toBe("Н-1");
    expect(out.unmatched.find((u) => u.menteeId === "У-3")?.reason).toBe(
      "нет совместимого наставника в форме «учитель – учитель»: чаще всего мешает — пара уже была расторгнута или завершена (1 из 1)",
    );
    expect(out.stats).toMatchObject({ lockedKept: 1 });
  });

  it("turns bad data into named problems, never a crash", () => {
    const mentors = file(
      "bad-m.csv",
      [
        "ID,ФИО (или код),Категория,Класс,Формы,Макс. наставляемых,Согласие ПДн",
        "Н-1,Соколова Анна,обучающийся,9,ученик – ученик,много,да",
        "Н-2,Орлов Дмитрий,обучающийся,10,ученик – ученик,1,да",
        "Н-2,Орлова Дарья,обучающийся,11,ученик – ученик,1,да",
      ].join("\n"),
    );
    const mentees = file(
      "bad-e.csv",
      [
        "ID,ФИО (или код),Категория,Класс,Желаемая форма,Согласие ПДн",
        "У-1,Петров Илья,обучающийся,7,ученик – ученик,да",
      ].join("\n"),
    );
    const out = run("--mentors", mentors, "--mentees", mentees);
    expect(out.problems).toEqual([
      "Наставники, строка 2, «Макс. наставляемых»: «много» — ожидается целое число ≥ 0",
      "Наставники, строка 3, «ID»: «Н-2» повторяется (строки 3, 4) — ID должен быть уникальным, строки не участвуют в подборе",
      "Наставники, строка 4, «ID»: «Н-2» повторяется (строки 3, 4) — ID должен быть уникальным, строки не участвуют в подборе",
    ]);
    expect(out.pairs).toEqual([]);
    expect(out.unmatched).toEqual([{ menteeId: "У-1", reason: "нет наставников в форме «ученик – ученик»" }]);
    expect(out.stats).toMatchObject({ problems: 3 });
  });

  it("reports an empty base and a file without a required column", () => {
    const out = run(
      "--mentors",
      file("empty.csv", "ID;ФИО (или код);Категория;Формы\n"),
      "--mentees",
      file("nocat.csv", "ID;ФИО\nУ-1;Петров Илья\n"),
    );
    expect(out.problems).toEqual(
      expect.arrayContaining([
        "Наставляемые: нет столбца «Категория»",
        "Наставники: нет ни одной строки",
        "Наставляемые, строка 2, «Категория»: не заполнено — обязательное поле",
      ]),
    );
    expect(out.unmatched).toEqual([
      { menteeId: "У-1", reason: "строка 2 с ошибками — не участвует в подборе, исправьте её" },
    ]);
  });

  it("applies settings from JSON and refuses invalid ones", () => {
    const mentors = file("m.csv", MENTORS);
    const mentees = file("e.csv", MENTEES);
    const strict = file("s.json", JSON.stringify({ minMentorExperience: 15 }));
    expect(
      run("--mentors", mentors, "--mentees", mentees, "--settings", strict).unmatched.find((u) => u.menteeId === "У-3")
        ?.reason,
    ).toBe(
      "нет совместимого наставника в форме «учитель – учитель»: чаще всего мешает — стаж наставника, которого требует ролевая модель (1 из 1)",
    );
    // By the label a curator sees in «Настройки»: Н-3 has 12 years, more than 11,5.
    const byLabel = file("l.json", JSON.stringify({ "Мин. стаж наставника-педагога, лет": "11,5" }));
    const lower = run("--mentors", mentors, "--mentees", mentees, "--settings", byLabel);
    expect(lower.pairs.find((p) => p.menteeId === "У-3")?.mentorId).toBe("Н-3");
    const bad = file("bad.json", JSON.stringify({ weightRequests: -5, colour: "red" }));
    expect(() => run("--mentors", mentors, "--mentees", mentees, "--settings", bad)).toThrow(UserError);
    expect(() => run("--mentors", mentors, "--mentees", mentees, "--settings", bad)).toThrow(
      /«Вес: запросы и компетенции»: «-5» — ожидается число ≥ 0[\s\S]*неизвестный параметр «colour»/,
    );
    expect(() => run("--mentors", mentors, "--mentees", mentees, "--settings", file("nj.json", "{weights"))).toThrow(
      /не JSON/,
    );
  });

  it("refuses a missing file or argument with a Russian message", () => {
    expect(() => run("--mentors", join(dir, "nope.csv"), "--mentees", file("e.csv", MENTEES))).toThrow(
      `Файл не найден: ${join(dir, "nope.csv")}`,
    );
    expect(() => run("--mentees", file("e.csv", MENTEES))).toThrow(/Не указан файл базы наставников/);
    expect(() => run("--mentors", "a", "--mentees", "b", "--colour", "red")).toThrow(/Неизвестный параметр --colour/);
  });
});
