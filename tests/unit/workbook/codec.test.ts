/**
 * The cell codec and the zone: a value keeps its type and its day whatever the host's TZ (this file runs
 * under several TZ values in CI) and whatever the spreadsheet's zone.
 */
import { decodeCell, encodeCell, keepCell, needsTextEscape, textForCell } from "../../../src/domain/workbook/codec";
import { createZone, dayOfDateCell } from "../../../src/domain/workbook/zone";
import {
  academicYearOf,
  formatDateLongRu,
  fromSerial,
  fullYears,
  parseDateText,
  serialOf,
} from "../../../src/domain/common/dates";

const ZONES = ["Europe/Moscow", "Asia/Vladivostok", "Europe/Kaliningrad", "America/New_York", "UTC", "Asia/Kamchatka"];

describe("the zone turns instants into days and back, the same on any host", () => {
  it.each(ZONES)("%s: midnight of a day is that day, across years and DST changes", (tz) => {
    const zone = createZone(tz);
    for (const day of ["2026-11-21", "2026-03-08", "2026-03-29", "2026-10-25", "2011-06-15", "2000-02-29"]) {
      const midnight = zone.midnight(day);
      expect(zone.dateOf(midnight)).toBe(day);
      // The instant really is midnight there: one millisecond earlier is the previous day.
      expect(zone.dateOf(new Date(midnight.getTime() - 1))).not.toBe(day);
      expect(dayOfDateCell(midnight)).toBe(day);
    }
  });

  it("knows Moscow is UTC+3 and Vladivostok UTC+10 in 2026, and Moscow was UTC+4 in 2012", () => {
    expect(createZone("Europe/Moscow").midnight("2026-11-21").toISOString()).toBe("2026-11-20T21:00:00.000Z");
    expect(createZone("Asia/Vladivostok").midnight("2026-11-21").toISOString()).toBe("2026-11-20T14:00:00.000Z");
    expect(createZone("Europe/Moscow").midnight("2012-06-01").toISOString()).toBe("2012-05-31T20:00:00.000Z");
  });

  it("gives today in the spreadsheet's zone, not the host's", () => {
    const instant = new Date("2026-11-21T20:30:00Z"); // 23:30 in Moscow, 06:30 next day in Vladivostok
    expect(createZone("Europe/Moscow").today(instant)).toBe("2026-11-21");
    expect(createZone("Asia/Vladivostok").today(instant)).toBe("2026-11-22");
    expect(createZone("America/New_York").today(instant)).toBe("2026-11-21");
  });

  it("can take its wall clock from a formatter instead of Intl (Utilities.formatDate in Apps Script)", () => {
    const viaIntl = createZone("Asia/Vladivostok");
    const viaFormatter = createZone("Asia/Vladivostok", (d) => {
      const w = new Date(d.getTime() + 10 * 3600_000);
      return w.toISOString().slice(0, 19).replace("T", " ");
    });
    expect(viaFormatter.midnight("2026-11-21").getTime()).toBe(viaIntl.midnight("2026-11-21").getTime());
  });
});

describe("the codec: what a cell gives the domain", () => {
  const zone = createZone("Asia/Vladivostok");
  it("reads a date cell as its day in the spreadsheet's zone", () => {
    expect(decodeCell("date", zone.midnight("2026-11-21"), zone)).toBe("2026-11-21");
    expect(decodeCell("date", "21.11.2026", zone)).toBe("2026-11-21");
    expect(decodeCell("date", serialOf("2026-11-21"), zone)).toBe("2026-11-21");
    expect(decodeCell("date", "31.02.2026", zone)).toBe("31.02.2026"); // kept for the check to report
    expect(decodeCell("date", "", zone)).toBe("");
  });
  it("reads text columns as the text a person sees, numbers as numbers", () => {
    expect(decodeCell("text", 7, zone)).toBe("7");
    expect(decodeCell("text", zone.midnight("2026-09-01"), zone)).toBe("01.09.2026");
    expect(decodeCell("id", "НЯ-0007", zone)).toBe("НЯ-0007");
    expect(decodeCell("int", 12, zone)).toBe(12);
    expect(decodeCell("bool", true, zone)).toBe(true);
    expect(decodeCell("value", zone.midnight("2026-11-21"), zone)).toBe("2026-11-21");
  });
});

describe("the codec: what the domain writes", () => {
  const zone = createZone("Europe/Moscow");
  it("writes text so that Sheets cannot take it for a number, date, boolean or formula", () => {
    const meant = ["007", "1.10", "7.1", "50%", "TRUE", "ложь", "=SUM(A1)", "+7 900 123-45-67", "-нет-", "@все", "7Б"];
    for (const text of meant) {
      expect(needsTextEscape(text)).toBe(true);
      expect(encodeCell({ type: "text" }, text, zone)).toBe(`'${text}`);
    }
    for (const text of ["Иванова Анна", "ученик – ученик", "да"]) expect(textForCell(text)).toBe(text);
    // A column formatted as plain text keeps a string as it is: an apostrophe would stay visible there.
    expect(encodeCell({ type: "text", plainText: true }, "1.10", zone)).toBe("1.10");
  });
  it("writes a day as the instant of its midnight in the spreadsheet's zone", () => {
    const written = encodeCell({ type: "date" }, "2026-11-21", zone) as Date;
    expect(written.toISOString()).toBe("2026-11-20T21:00:00.000Z");
    expect(encodeCell({ type: "date" }, "21.11.2026", zone)).toEqual(written);
    expect(encodeCell({ type: "date" }, "не помню", zone)).toBe("не помню");
  });
  it("writes numbers and booleans as they are, and keeps read values unchanged", () => {
    expect(encodeCell({ type: "int" }, 5, zone)).toBe(5);
    expect(encodeCell({ type: "bool" }, false, zone)).toBe(false);
    expect(encodeCell({ type: "text" }, 5, zone)).toBe("'5");
    expect(keepCell("007")).toBe("'007");
    expect(keepCell(7)).toBe(7);
    const d = zone.midnight("2026-01-01");
    expect(keepCell(d)).toBe(d);
  });
});

describe("calendar dates", () => {
  it("parses what people write and refuses days that do not exist", () => {
    expect(parseDateText("1.9.2026")).toBe("2026-09-01");
    expect(parseDateText("21.11.2026 г.")).toBe("2026-11-21");
    expect(parseDateText("2026-11-21 10:00:00")).toBe("2026-11-21");
    expect(parseDateText("2026-11-20T21:00:00Z")).toBeUndefined(); // an instant: its day needs a zone
    expect(parseDateText("29.02.2026")).toBeUndefined();
    expect(parseDateText("1.10")).toBeUndefined();
    expect(fromSerial(serialOf("2000-02-29"))).toBe("2000-02-29");
  });
  it("counts full years (29 February grows older on 28 February) and academic years", () => {
    expect(fullYears("2012-02-29", "2025-02-28")).toBe(13);
    expect(fullYears("2012-02-29", "2025-02-27")).toBe(12);
    expect(fullYears("2008-11-21", "2026-11-21")).toBe(18);
    expect(academicYearOf("2026-09-01")).toBe(2026);
    expect(academicYearOf("2027-08-31")).toBe(2026);
    expect(formatDateLongRu("2026-11-21")).toBe("21 ноября 2026 г.");
  });
});
