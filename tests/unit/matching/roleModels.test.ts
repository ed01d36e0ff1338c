/**
 * Role-model names («неуспевающий», «пассивный», «испытывающий проблемы») are the curator's working labels:
 * no questionnaire a participant fills shows them, even built from a school whose «Пары» carry them.
 */
import { generateDemoSchool } from "../../../emulator/demo/generate";
import { menteeRecords, mentorRecords, pairRefs } from "../../../src/forms/records";
import { defaultRefs } from "../../../src/domain/participants";
import { QUESTIONNAIRES } from "../../../src/domain/questionnaires/catalogue";
import { resolveChoices } from "../../../src/domain/questionnaires/choices";
import { labelKey } from "../../../src/domain/common/normalise";
import { DEFAULT_ROLE_MODELS } from "../../../src/domain/workbook/defaults";

describe("role-model labels", () => {
  const school = generateDemoSchool({ size: "small" });
  const rows = (list: Record<string, unknown>[]) => list.map((_, i) => i + 2);

  it("are in the demo school's «Пары», so the check below has something to find", () => {
    expect(school.pairs.filter((p) => p.roleModel).length).toBeGreaterThan(0);
  });

  it.each([false, true])("never reach a questionnaire (pseudonymous: %s)", (pseudonymous) => {
    const ctx = {
      refs: defaultRefs(),
      mentors: mentorRecords(school.mentors, rows(school.mentors)),
      mentees: menteeRecords(school.mentees, rows(school.mentees)),
      pairs: pairRefs(school.pairs),
      pseudonymous,
    };
    const labels = [...new Set(DEFAULT_ROLE_MODELS.map((m) => labelKey(m.model)))];
    for (const form of Object.values(QUESTIONNAIRES)) {
      const texts = [
        form.title,
        form.description,
        ...form.items.flatMap((item) => [item.title, item.help ?? "", ...resolveChoices(item, ctx)]),
      ].map(labelKey);
      for (const label of labels)
        expect({ form: form.key, shows: texts.some((t) => t.includes(label)) }).toEqual({
          form: form.key,
          shows: false,
        });
    }
  });
});
