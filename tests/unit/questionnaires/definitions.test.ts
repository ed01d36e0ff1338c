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
    // Written by the mapping itself, not asked: who answered and in which role (from the personal code), the
    // questionnaire's name, the date of the answer, its wave and programme year; «Участник года отчёта» is a
    // live formula.
    const filledByMapping = ["participantId", "role", "questionnaire", "date", "wave", "academicYear", "counted"];
    for (const column of SHEETS.surveys.columns)
      if (!filledByMapping.includes(column.key)) expect(asked).toContain(column.key);
  });

  it("entry and exit use the same scaled items: the stage is an answer, not a second form", () => {
    const stage = QUESTIONNAIRES.evaluation.items.find((i) => i.key === "stage");
    expect(stage?.choices).toEqual({ from: "static", values: ["вход", "выход"] });
    const scales = QUESTIONNAIRES.evaluation.items.filter((i) => i.type === "scale").map((i) => i.key);
    expect(scales).toEqual(["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"]);
  });

  it("who answers is a personal code: required on the survey forms, optional on the two registration forms", () => {
    const code = (key: (typeof QUESTIONNAIRE_ORDER)[number]) => QUESTIONNAIRES[key].items.find((i) => i.key === "code");
    for (const key of ["preference", "meeting", "satisfaction", "evaluation"] as const)
      expect([key, code(key)?.required, code(key)?.type]).toEqual([key, true, "text"]);
    for (const key of ["mentee", "mentor"] as const) expect([key, code(key)?.required]).toEqual([key, false]);
    expect(code("curator")).toBeUndefined();
    // No form lists the participants to pick oneself from; the lists left are the other role's and pairs.
    const bases = forms.flatMap((f) => f.items.flatMap((i) => (i.choices?.from === "base" ? [i.choices.base] : [])));
    expect([...new Set(bases)].sort()).toEqual(["mentees", "mentors", "pairs"]);
    expect(QUESTIONNAIRES.preference.items.filter((i) => i.choices?.from === "base").map((i) => i.key)).toEqual([
      "menteeChoice1",
      "menteeChoice2",
      "menteeChoice3",
      "mentorChoice1",
      "mentorChoice2",
      "mentorChoice3",
    ]);
  });

  it("the registration forms ask the birth date, not an age, and the child is not asked about special needs", () => {
    for (const key of ["mentee", "mentor"] as const) {
      const keys = QUESTIONNAIRES[key].items.map((i) => i.key);
      expect(keys).toContain("birthDate");
      expect(keys).not.toContain("age");
      expect(QUESTIONNAIRES[key].items.find((i) => i.key === "birthDate")?.type).toBe("date");
    }
    const fed = QUESTIONNAIRES.mentee.items.flatMap((i) => (isUnmapped(i.feeds) ? [] : i.feeds.columns));
    expect(fed).not.toContain("needs");
  });
});
