import { DEFAULT_MATCH_SETTINGS, readMatchSettings, settingsFromRows } from "../../../src/domain/matching/settings";

describe("readMatchSettings", () => {
  it("starts from the defaults of «Настройки»", () => {
    expect(DEFAULT_MATCH_SETTINGS).toEqual({
      minMentorExperience: 0,
      vetting: {
        training: "all",
        interview: ["студент", "представитель работодателя", "выпускник", "родитель"],
        certificate: ["студент", "представитель работодателя", "выпускник", "родитель"],
        certificateMonths: 0,
      },
      weights: { requests: 40, subject: 15, preference: 25, roleModel: 10, gap: 10 },
    });
  });
  it("reads rows of the «Настройки» sheet by label, as typed", () => {
    const rows = [
      { key: "Организация", value: "МБОУ «СОШ № 7»" },
      { key: "Мин. стаж наставника-педагога, лет", value: "3" },
      { key: "Допуск к несовершеннолетним: обучение пройдено", value: "нет" },
      { key: "Допуск к несовершеннолетним: справка о несудимости", value: "Все" },
      { key: "Справка о несудимости действительна, мес.", value: "12" },
      { key: "Вес: тот же предмет", value: "2,5" },
      { key: "Вес: ролевая модель", value: "" },
    ];
    const { settings, problems } = readMatchSettings(settingsFromRows(rows));
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      minMentorExperience: 3,
      vetting: { ...DEFAULT_MATCH_SETTINGS.vetting, training: [], certificate: "all", certificateMonths: 12 },
      weights: { ...DEFAULT_MATCH_SETTINGS.weights, subject: 2.5 },
    });
  });
  it("names a bad value, an unknown key (strict) and all-zero weights", () => {
    const bad = readMatchSettings({ minMentorExperience: "пять", weightGap: "много", speed: 3 }, { strict: true });
    expect(bad.problems.map((p) => p.message)).toEqual([
      "Настройки, «Мин. стаж наставника-педагога, лет»: «пять» — ожидается число ≥ 0",
      "Настройки, «Вес: разница в классе или возрасте»: «много» — ожидается число ≥ 0",
      "Настройки: неизвестный параметр «speed»",
    ]);
    const zero = readMatchSettings({
      weightRequests: 0,
      weightSubject: 0,
      weightPreference: 0,
      weightRoleModel: 0,
      weightGap: 0,
    });
    expect(zero.problems.map((p) => p.message)).toEqual([
      "Настройки: все веса подбора равны 0 — хотя бы один вес должен быть больше 0",
    ]);
  });
});
