/**
 * The template model: placeholders, validation with messages that name the placeholder, rendering with
 * the checks that keep blanks out of a document, repeated and grouped rows, pages.
 */
import {
  analyseTemplate,
  blocksText,
  DEFAULT_TEMPLATES,
  DOCUMENT_KINDS,
  renderDocument,
  scanTokens,
  type DocumentData,
  type Template,
} from "../../../src/domain/documents/index";
import { item, keyedLists, keyedValues } from "../../../src/domain/documents/data";

const template = (blocks: Template["blocks"]): Template => ({ name: "шаблон «Мой приказ»", blocks });
const p = (text: string) => ({ type: "paragraph" as const, text });
const table = (rows: string[][]) => ({ type: "table" as const, rows, headerRows: 1 });

function data(fields: Record<string, string>, lists: DocumentData["lists"] = {}): DocumentData {
  return {
    kind: "pairs-order",
    title: "Приказ",
    fields: keyedValues(fields),
    lists: keyedLists(lists),
    emptyReasons: {},
    blockers: [],
  };
}

const full = {
  организация: "МБОУ «СОШ № 7»",
  куратор: "Петрова Анна Ивановна",
  дата_приказа: "1 сентября 2026 г.",
  учебный_год: "2026-2027",
  число_пар: "3",
};

describe("placeholders", () => {
  it("reads names loosely, as a curator types them in a Doc", () => {
    expect(scanTokens("{{ Дата приказа }} и {{#Пары}} и {{учебный_год}}").map((t) => [t.name, t.marker])).toEqual([
      ["дата_приказа", false],
      ["пары", true],
      ["учебный_год", false],
    ]);
  });
});

describe("validating a template", () => {
  it("accepts every default template", () => {
    for (const kind of DOCUMENT_KINDS)
      expect({ kind, problems: analyseTemplate(template([...DEFAULT_TEMPLATES[kind]]), kind, "x").problems }).toEqual({
        kind,
        problems: [],
      });
  });

  it("names an unknown placeholder and lists the ones the document has", () => {
    const { problems } = analyseTemplate(
      template([p("Приказ {{организации}} от {{дата_приказа}}")]),
      "curator-order",
      "шаблоне «Мой приказ»",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].placeholder).toBe("{{организации}}");
    expect(problems[0].message).toMatch(
      /^В шаблоне «Мой приказ» неизвестное поле \{\{организации\}\}\. .*\{\{организация\}\}/,
    );
  });

  it("refuses a repeated-row marker outside a table, and a list's field outside its row", () => {
    const { problems } = analyseTemplate(
      template([p("{{#пары}} {{наставник}}"), table([["{{наставляемый}}"]])]),
      "pairs-order",
      "шаблоне «Мой приказ»",
    );
    expect(problems.map((x) => x.placeholder)).toEqual(["{{#пары}}", "{{наставник}}", "{{наставляемый}}"]);
    expect(problems[0].message).toContain("метка {{#пары}} стоит вне таблицы");
    expect(problems[1].message).toContain("должно стоять в строке таблицы с меткой {{#пары}}");
  });

  it("checks grouped rows: a child list's row under its parent's, one marker a row, braces closed", () => {
    const partners = analyseTemplate(template([table([["{{#наставники}}{{наставник}}"]])]), "reward-order", "шаблоне");
    expect(partners.problems).toEqual([]);
    const agreement = analyseTemplate(
      template([table([["№"], ["{{#наставники}}{{№}}", "{{#формы}}"], ["{{партнёр"]])]),
      "partner-agreement",
      "шаблоне",
    );
    expect(agreement.problems.map((x) => x.message)).toEqual([
      "В шаблоне в одной строке таблицы две метки: {{#наставники}} и {{#формы}}. Оставьте одну.",
      "В шаблоне незакрытое поле «{{партнёр»: у каждого поля две открывающие и две закрывающие фигурные скобки.",
    ]);
    const orphan = analyseTemplate(
      template([table([["{{#пары}}"], ["x"]]), table([["{{#наставники}}"]])]),
      "regulation",
      "шаблоне",
    );
    expect(orphan.problems.map((x) => x.placeholder)).toEqual(["{{#пары}}", "{{#наставники}}"]);
  });
});

describe("rendering", () => {
  it("fills fields, repeats a row per item and keeps the edits that turn the template into the text", () => {
    const pairs = [
      item({ "№": 1, наставник: "Иванов И.", наставляемый: "Сидоров С.", ролевая_модель: "" }),
      item({ "№": 2, наставник: "Иванов И.", наставляемый: "Кузнецова К.", ролевая_модель: "лидер – пассивный" }),
    ];
    const result = renderDocument(
      template([
        p("{{ Организация }}: приказ от {{дата_приказа}}"),
        table([
          ["№", "Пара"],
          ["{{#пары}}{{№}}", "{{наставник}} — {{наставляемый}} ({{ролевая_модель}})"],
          ["Итого", "{{число_пар}}"],
        ]),
      ]),
      "pairs-order",
      data(full, { пары: pairs }),
      "шаблоне",
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(
      blocksText(
        result.document.blocks.map((b) =>
          b.type === "table" ? { ...b, rows: b.rows.map((r) => r.cells) } : b,
        ) as Template["blocks"],
      ),
    ).toBe(
      [
        "МБОУ «СОШ № 7»: приказ от 1 сентября 2026 г.",
        "№\tПара",
        "1\tИванов И. — Сидоров С. ()",
        "2\tИванов И. — Кузнецова К. (лидер – пассивный)",
        "Итого\t3",
      ].join("\n"),
    );
    const [paragraph, rendered] = result.document.blocks;
    expect(paragraph.type === "paragraph" && paragraph.edits).toEqual([
      { from: "{{ Организация }}", to: "МБОУ «СОШ № 7»" },
      { from: "{{дата_приказа}}", to: "1 сентября 2026 г." },
    ]);
    expect(rendered.type === "table" && rendered.rows.map((r) => r.source)).toEqual([0, 1, 1, 2]);
  });

  it("groups child rows under each parent item (pairs under their form), numbering from the data", () => {
    const forms = [
      item({ форма: "ученик – ученик", пар_формы: 2 }, undefined, {
        пары: [
          item({ "№": 1, наставник: "А", наставляемый: "Б" }),
          item({ "№": 2, наставник: "А", наставляемый: "В" }),
        ],
      }),
      item({ форма: "учитель – учитель", пар_формы: 1 }, undefined, {
        пары: [item({ "№": 3, наставник: "Г", наставляемый: "Д" })],
      }),
    ];
    const result = renderDocument(
      template([
        table([
          ["{{#формы}}«{{форма}}»: {{пар_формы}}", ""],
          ["{{#пары}}{{№}}", "{{наставник}} → {{наставляемый}}"],
        ]),
      ]),
      "pairs-order",
      data(full, { формы: forms }),
      "шаблоне",
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const t = result.document.blocks[0];
    expect(t.type === "table" && t.rows.map((r) => r.cells.join(" "))).toEqual([
      "«ученик – ученик»: 2 ",
      "1 А → Б",
      "2 А → В",
      "«учитель – учитель»: 1 ",
      "3 Г → Д",
    ]);
  });

  it("makes no document with blanks: each missing value names the setting, sheet or cell to fill", () => {
    const result = renderDocument(
      template([
        p("{{организация}}, куратор {{куратор}}, {{региональный_акт}}"),
        table([["{{#пары}}{{наставник}}", "{{наставляемый}}"]]),
      ]),
      "pairs-order",
      {
        ...data(
          { ...full, куратор: " " },
          { пары: [item({ наставник: "Иванов И.", наставляемый: "" }, { sheet: "Пары", row: 14 })] },
        ),
      },
      "шаблоне",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.dataProblems).toEqual([
      "не заполнено «Куратор» на листе «Настройки»",
      "не заполнено «Региональный акт о наставничестве» на листе «Настройки»",
      "не заполнено «Наставляемый» на листе «Пары», строка 14",
    ]);
    const empty = renderDocument(
      template([table([["{{#пары}}{{наставник}}"]])]),
      "pairs-order",
      { ...data(full), emptyReasons: keyedValues({ пары: "нет утверждённых пар" }) },
      "шаблоне",
    );
    expect(empty.ok === false && empty.dataProblems).toEqual(["нет утверждённых пар"]);
  });

  it("repeats the whole template per page item, with a page break between pages", () => {
    const result = renderDocument(
      template([p("Согласие за {{наставляемый}}, класс {{класс}}")]),
      "guardian-consent",
      {
        ...data(full),
        kind: "guardian-consent",
        lists: keyedLists({
          наставляемые: [
            item({ наставляемый: "Орлов О.", класс: "5А" }),
            item({ наставляемый: "Лис Л.", класс: "6Б" }),
          ],
        }),
      },
      "шаблоне",
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.document.pages).toBe(2);
    expect(result.document.blocks.map((b) => (b.type === "paragraph" ? `${b.page}:${b.text}` : b.type))).toEqual([
      "0:Согласие за Орлов О., класс 5А",
      "pageBreak",
      "1:Согласие за Лис Л., класс 6Б",
    ]);
  });
});
