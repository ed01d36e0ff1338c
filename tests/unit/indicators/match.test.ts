import { matchIndicator } from "../../../src/domain/indicators/match";
import { DEFAULT_INDICATORS } from "../../../src/domain/indicators/catalogue";

describe("matchIndicator", () => {
  it("recognises every catalogue name as written in domain.md", () => {
    for (const def of DEFAULT_INDICATORS) expect(matchIndicator(def.name)).toBe(def.code);
  });

  it.each([
    [
      "Доля детей и молодежи в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого, %",
      "mentees_10_18",
    ],
    ["доля обучающихся 10–18 лет,\nвошедших в программы наставничества\nв роли наставляемого (%)", "mentees_10_18"],
    [
      "Доля детей и молодёжи в возрасте от 15 до 18 лет, вошедших в программы наставничества в роли наставника",
      "mentors_15_18",
    ],
    ["Доля обучающихся в возрасте 15-18 лет, ставших наставниками", "mentors_15_18"],
    [
      "Доля педагогов - молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы наставничества в роли наставляемого, %",
      "young_teachers",
    ],
    [
      "Доля учителей со стажем от 0 до 3 лет, вошедших в программы наставничества в роли наставляемого",
      "young_teachers",
    ],
    ["Охват педагогических работников программами наставничества, %", "teachers_coverage"],
    ["Охват обучающихся программами наставничества", "pupils_coverage"],
    ["Доля обучающихся, вовлечённых в программы наставничества", "pupils_coverage"],
    [
      "Уровень удовлетворенности наставляемых участием в программах наставничества, % (опросный)",
      "mentee_satisfaction",
    ],
    ["Уровень удовлетворённости наставников участием в программах наставничества", "mentor_satisfaction"],
    ["Доля предприятий-работодателей, предоставивших наставников", "enterprises_share"],
  ])("%s → %s", (name, code) => {
    expect(matchIndicator(name)).toBe(code);
  });

  it.each([
    ["Доля обучающихся, ставших победителями и призёрами олимпиад"],
    ["Доля детей в возрасте от 10 до 18 лет, вошедших в программы в роли наставника"], // 10–18 mentors: not in the catalogue
    ["Уровень удовлетворённости участников программ"], // whose? neither mentees nor mentors
    [""],
  ])("leaves «%s» unmatched", (name) => {
    expect(matchIndicator(name)).toBeNull();
  });

  it("uses a curator's edited catalogue and its aliases", () => {
    const catalogue = [
      ...DEFAULT_INDICATORS,
      {
        code: "olympiads",
        name: "Доля победителей олимпиад",
        numerator: "",
        denominator: "",
        unit: "%" as const,
        aliases: ["Доля обучающихся, ставших победителями олимпиад"],
        match: { all: [] },
      },
    ];
    expect(matchIndicator("Доля обучающихся, ставших победителями олимпиад, %", catalogue)).toBe("olympiads");
    expect(matchIndicator("Доля обучающихся, посещающих кружки", catalogue)).toBeNull();
  });
});
