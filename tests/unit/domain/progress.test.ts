/**
 * The programme checklist of «Обзор»: each stage ticked from what the workbook holds, the next step the
 * first one not done, each step's button named as the action is named everywhere.
 */
import { programmeStages, type ProgrammeFacts } from "../../../src/domain/workbook/progress";

const empty: ProgrammeFacts = {
  settingsSheet: false,
  organisation: "",
  missingSheets: ["Настройки", "Справочники", "Дорожная карта"],
  roadmapItems: 0,
  contingentFilled: 0,
  targetsFilled: 0,
  formsCreated: 0,
  formsTotal: 7,
  mentors: 0,
  mentees: 0,
  pairsProposed: 0,
  pairsApproved: 0,
  groupsApproved: 0,
  meetings: 0,
  surveys: 0,
  report: false,
};

const ready: ProgrammeFacts = {
  ...empty,
  settingsSheet: true,
  organisation: "МБОУ «СОШ № 3»",
  missingSheets: [],
};

describe("the programme checklist", () => {
  it("starts a new workbook at the settings, in the model's order", () => {
    const p = programmeStages(empty);
    expect(p.stages.map((s) => s.key)).toEqual([
      "settings",
      "sheets",
      "roadmap",
      "bases",
      "forms",
      "pairs",
      "meetings",
      "monitoring",
      "report",
    ]);
    expect(p.next).toBe("settings");
    expect(p.done).toBe(0);
    expect(p.stages[1]).toMatchObject({ detail: "Не хватает: 3 листа", action: { label: "Создать листы книги" } });
  });

  it("moves on as the workbook fills, whatever the order things were done in", () => {
    expect(programmeStages(ready).next).toBe("roadmap");
    const later = programmeStages({ ...ready, roadmapItems: 36, contingentFilled: 20, report: true });
    expect(later.next).toBe("bases");
    expect(later.stages.find((s) => s.key === "bases")).toMatchObject({
      detail: "Контингент заполнен; вставьте таблицу целевых показателей по годам",
      action: { view: "indicators", intent: "targets" },
    });
    expect(later.stages.find((s) => s.key === "report")?.done).toBe(true);
    expect(later.done).toBe(4);
  });

  it("leads from proposals to approval, and says the counts in Russian", () => {
    const p = programmeStages({
      ...ready,
      roadmapItems: 1,
      contingentFilled: 5,
      targetsFilled: 8,
      formsCreated: 7,
      mentors: 21,
      mentees: 101,
      pairsProposed: 101,
    });
    expect(p.next).toBe("pairs");
    const pairs = p.stages.find((s) => s.key === "pairs")!;
    expect(pairs.detail).toBe("Предложено: 101 пара; проверьте и утвердите");
    expect(pairs.action).toEqual({ label: "Открыть пары", kind: "open", view: "pairs" });
    expect(p.stages.find((s) => s.key === "forms")?.detail).toBe("В базах: 21 наставник, 101 наставляемый");
    expect(p.stages.find((s) => s.key === "roadmap")?.detail).toBe("1 мероприятие");
  });

  it("counts pairs and groups apart, proposals still waiting", () => {
    const base = { ...ready, mentors: 21, mentees: 101, pairsProposed: 3 };
    const detail = (f: Partial<ProgrammeFacts>) =>
      programmeStages({ ...base, ...f }).stages.find((s) => s.key === "pairs")!;
    expect(detail({ pairsApproved: 5, groupsApproved: 2 }).detail).toBe(
      "Утверждено: 5 пар и 2 группы; ещё ждут решения: 3",
    );
    expect(detail({ pairsApproved: 1, groupsApproved: 0, pairsProposed: 0 }).detail).toBe("Утверждено: 1 пара");
    // A school whose mentors all lead groups has done this step too.
    expect(detail({ pairsApproved: 0, groupsApproved: 1 }).done).toBe(true);
  });

  it("counts nothing as done until the sheets exist", () => {
    const p = programmeStages({ ...empty, settingsSheet: true, organisation: "Школа", roadmapItems: 3, report: true });
    expect(p.next).toBe("sheets");
    expect(p.stages.filter((s) => s.done).map((s) => s.key)).toEqual(["settings"]);
  });
});
