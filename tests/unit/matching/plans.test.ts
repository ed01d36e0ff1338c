import { pairsWithoutPlanRow, planOf, planStates } from "../../../src/domain/matching/plans";

describe("«Планы пар»", () => {
  const rows = [
    { pairId: "П-0001", goals: "Повысить успеваемость по математике до «4»", achieved: "" },
    { pairId: "П-0002", goals: "", tasks: "", plannedResult: "", achieved: "" },
    { pairId: "п-0003", plannedResult: "Проект на конференцию", achieved: "Проект представлен" },
    { pairId: "", goals: "строка без пары" },
  ];

  it("a pair has a plan when goals, tasks or a planned result are written, and a result with «Достигнуто»", () => {
    const states = planStates(rows);
    expect(planOf(states, "П-0001")).toEqual({ planned: true, achieved: false });
    expect(planOf(states, "П-0002")).toEqual({ planned: false, achieved: false });
    expect(planOf(states, "П-0003")).toEqual({ planned: true, achieved: true });
    expect(planOf(states, "П-0009")).toEqual({ planned: false, achieved: false });
  });

  it("adds a row only for pairs without one, once each", () => {
    expect(pairsWithoutPlanRow(["П-0001", "П-0004", "П-0004", "П-0003", "П-0005"], rows)).toEqual(["П-0004", "П-0005"]);
  });
});
