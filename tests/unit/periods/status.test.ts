import { nextDeadline, parsePeriod, periodStatus } from "../../../src/domain/periods";

const SECHENOVO = { year: 2021 };

describe("status of a roadmap item on a given day", () => {
  const approve = parsePeriod("до 15.02.2021 г.", SECHENOVO); // Сеченово 1.1
  const navigator = parsePeriod("апрель 2021", SECHENOVO); // Сеченово 3.2

  it("a deadline: planned while far, in work within 30 days, overdue the day after", () => {
    expect(periodStatus(approve, null, "2020-12-01")).toBe("запланировано");
    expect(periodStatus(approve, null, "2021-01-16")).toBe("в работе"); // 30 days before
    expect(periodStatus(approve, null, "2021-01-15")).toBe("запланировано"); // 31 days before
    expect(periodStatus(approve, null, "2021-02-15")).toBe("в работе"); // the day itself still counts
    expect(periodStatus(approve, null, "2021-02-16")).toBe("просрочено");
    expect(periodStatus(approve, "2021-02-10", "2021-06-01")).toBe("выполнено");
  });

  it("a month: in work inside it, planned before, overdue after", () => {
    expect(periodStatus(navigator, null, "2021-03-20")).toBe("запланировано");
    expect(periodStatus(navigator, null, "2021-04-01")).toBe("в работе");
    expect(periodStatus(navigator, null, "2021-04-30")).toBe("в работе");
    expect(periodStatus(navigator, null, "2021-05-01")).toBe("просрочено");
  });

  it("a list is overdue as soon as one of its dates has passed undone", () => {
    const dou = parsePeriod("Март 2022\n\n\n\n\n\nСентябрь 2022", { academicYear: [2022, 2023] });
    expect(periodStatus(dou, null, "2022-05-01")).toBe("просрочено");
    expect(periodStatus(dou, "2022-03-30", "2022-05-01")).toBe("выполнено");
  });

  it("by-schedule and unknown items have no date, unless marked done", () => {
    const schedule = parsePeriod("в соответствии со \nсроками реализации \nпрограмм \nнаставничества", SECHENOVO);
    expect(periodStatus(schedule, null, "2021-06-01")).toBe("без срока");
    expect(periodStatus(parsePeriod("", SECHENOVO), null, "2021-06-01")).toBe("без срока");
    expect(periodStatus(schedule, "2021-05-20", "2021-06-01")).toBe("выполнено");
  });

  it("a continuous item is in work throughout", () => {
    const whole = parsePeriod("в течение всего периода \nреализации ЦМН", SECHENOVO);
    expect(periodStatus(whole, null, "2021-07-01")).toBe("в работе");
    expect(periodStatus(whole, null, "2022-01-01")).toBe("просрочено");
  });

  describe("a recurring item is judged by its current occurrence", () => {
    const quarterly = parsePeriod("ежеквартально", SECHENOVO); // Сеченово 2.1: the four quarters of 2021

    it("a done mark counts for the quarter it was made in, and the next quarter starts afresh", () => {
      expect(periodStatus(quarterly, null, "2021-05-10")).toBe("в работе");
      expect(periodStatus(quarterly, "2021-05-05", "2021-05-10")).toBe("выполнено");
      expect(periodStatus(quarterly, "2021-03-25", "2021-05-10")).toBe("в работе");
      expect(periodStatus(quarterly, "2021-05-05", "2021-07-01")).toBe("в работе");
    });

    it("the first occurrence counts before any has started, the last one after all", () => {
      expect(periodStatus(quarterly, null, "2020-12-01")).toBe("запланировано");
      expect(periodStatus(quarterly, null, "2022-01-10")).toBe("просрочено");
      expect(periodStatus(quarterly, "2021-11-15", "2022-01-10")).toBe("выполнено");
    });

    it("a yearly deadline stays overdue until the next one comes within 30 days", () => {
      const yearly = parsePeriod("до 15.10. ежегодно (в период с 2020 по 2024 г.г.)", {});
      expect(periodStatus(yearly, null, "2020-01-10")).toBe("запланировано");
      expect(periodStatus(yearly, null, "2022-10-01")).toBe("в работе");
      expect(periodStatus(yearly, null, "2022-11-01")).toBe("просрочено");
      expect(periodStatus(yearly, "2022-10-10", "2022-11-01")).toBe("выполнено");
      expect(periodStatus(yearly, "2022-10-10", "2023-08-01")).toBe("выполнено");
      expect(periodStatus(yearly, "2022-10-10", "2023-09-20")).toBe("в работе");
      expect(periodStatus(yearly, "2022-10-10", "2023-10-16")).toBe("просрочено");
    });
  });
});

describe("next deadline", () => {
  it("is the end of the first occurrence not yet over", () => {
    const quarterly = parsePeriod("ежеквартально", SECHENOVO);
    expect(nextDeadline(quarterly, "2021-05-10")).toBe("2021-06-30");
    expect(nextDeadline(quarterly, "2021-06-30")).toBe("2021-06-30");
    expect(nextDeadline(quarterly, "2021-07-01")).toBe("2021-09-30");
  });

  it("is the last end when every occurrence is over, so an overdue item keeps its date", () => {
    expect(nextDeadline(parsePeriod("до декабря 2021", SECHENOVO), "2022-03-01")).toBe("2021-11-30");
  });

  it("is null with no dated occurrence", () => {
    expect(nextDeadline(parsePeriod("по отдельному графику", {}), "2022-03-01")).toBeNull();
    expect(nextDeadline(parsePeriod("сентябрь", {}), "2022-03-01")).toBeNull();
  });
});
