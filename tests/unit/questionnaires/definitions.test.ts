import {
  QUESTIONNAIRE_ORDER,
  QUESTIONNAIRES,
  isUnmapped,
  type QuestionnaireDef,
} from "../../../src/domain/questionnaires";
import { SHEETS } from "../../../src/domain/workbook/sheets";

const forms: QuestionnaireDef[] = QUESTIONNAIRE_ORDER.map((k) => QUESTIONNAIRES[k]);

describe("the seven questionnaire definitions are well formed", () => {
  it("there are seven, one per questionnaire of workbook.md", () => {
    expect(QUESTIONNAIRE_ORDER).toEqual([
      "mentee",
      "mentor",
      "preference",
      "meeting",
      "satisfaction",
      "evaluation",
      "curator",
    ]);
  });

  it.each(forms.map((f) => [f.key, f] as const))(
    "%s: unique keys and titles (answers are keyed by title)",
    (_k, form) => {
      const keys = form.items.map((i) => i.key);
      const titles = form.items.map((i) => i.title);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(titles).size).toBe(titles.length);
    },
  );

  it.each(forms.map((f) => [f.key, f] as const))(
    "%s: every item feeds an existing column or says why not",
    (_k, form) => {
      for (const item of form.items) {
        if (isUnmapped(item.feeds)) {
          expect(item.feeds.unmapped.length).toBeGreaterThan(10);
          continue;
        }
        expect(item.feeds.sheet).toBe(form.target);
        for (const column of item.feeds.columns) {
          expect(SHEETS[item.feeds.sheet].columns.map((c) => c.key)).toContain(column);
        }
      }
    },
  );

  it.each(forms.map((f) => [f.key, f] as const))(
    "%s: options, scales, sections and branches are consistent",
    (_k, form) => {
      const sections = new Set(form.sections.map((s) => s.key));
      for (const item of form.items) {
        if (["choice", "checkbox", "list"].includes(item.type)) expect(item.choices).toBeDefined();
        else expect(item.choices).toBeUndefined();
        if (item.type === "scale") expect(item.scale).toMatchObject({ min: 1, max: 10 });
        if (item.section) expect(sections).toContain(item.section);
        for (const [choice, target] of Object.entries(item.goTo ?? {})) {
          expect(sections).toContain(target);
          expect(item.choices?.from).toBe("static");
          if (item.choices?.from === "static") expect(item.choices.values).toContain(choice);
        }
      }
    },
  );

  it("questionnaires collecting personal data carry a required consent item for adults and for guardians", () => {
    const collecting = forms.filter((f) => f.collectsPersonalData).map((f) => f.key);
    expect(collecting).toEqual(["mentee", "mentor"]);
    for (const key of collecting) {
      const consent = QUESTIONNAIRES[key].items.filter((i) => i.consent);
      expect(consent.map((i) => [i.consent, i.required])).toEqual([
        ["self", true],
        ["guardian", true],
      ]);
      for (const item of consent) expect(item.help).toMatch(/152-ФЗ/);
    }
  });

  it("every scaled column of «Опросы» is asked by some questionnaire", () => {
    const asked = new Set(
      forms.flatMap((f) =>
        f.items.flatMap((i) => (isUnmapped(i.feeds) || i.feeds.sheet !== "surveys" ? [] : i.feeds.columns)),
      ),
    );
    // Written by the mapping itself, not asked: the questionnaire's name, the date of the answer, its wave
    // and programme year; «Участник года отчёта» is a live formula.
    const filledByMapping = ["questionnaire", "date", "wave", "academicYear", "counted"];
    for (const column of SHEETS.surveys.columns)
      if (!filledByMapping.includes(column.key)) expect(asked).toContain(column.key);
  });

  it("entry and exit use the same scaled items: the stage is an answer, not a second form", () => {
    const stage = QUESTIONNAIRES.evaluation.items.find((i) => i.key === "stage");
    expect(stage?.choices).toEqual({ from: "static", values: ["вход", "выход"] });
    const scales = QUESTIONNAIRES.evaluation.items.filter((i) => i.type === "scale").map((i) => i.key);
    expect(scales).toEqual(["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"]);
  });
});
