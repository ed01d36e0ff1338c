/**
 * Utilities as Google documents it: formatDate and parseDate take an explicit time zone and Java
 * SimpleDateFormat patterns, so a date is the same day in every zone the machine may run in. Each assertion
 * names the page it follows (see emulator/CONFORMANCE.md).
 */
import { createEmulator } from "../../../../emulator/index";

const REF = {
  formatDate: "https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)",
  parseDate: "https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)",
  simpleDateFormat: "https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html",
} as const;

const emu = createEmulator({ now: () => new Date("2026-11-21T00:30:00+03:00") });
const Utilities = emu.globals.Utilities as GoogleAppsScript.Utilities.Utilities;

describe(`Utilities.formatDate (${REF.formatDate}, patterns: ${REF.simpleDateFormat})`, () => {
  it("formats the instant in the zone given, not the machine's", () => {
    const midnightMoscow = new Date("2026-11-21T00:00:00+03:00");
    expect(Utilities.formatDate(midnightMoscow, "Europe/Moscow", "dd.MM.yyyy HH:mm")).toBe("21.11.2026 00:00");
    expect(Utilities.formatDate(midnightMoscow, "UTC", "dd.MM.yyyy HH:mm")).toBe("20.11.2026 21:00");
    expect(Utilities.formatDate(midnightMoscow, "Asia/Vladivostok", "yyyy-MM-dd'T'HH:mmXXX")).toBe(
      "2026-11-21T07:00+10:00",
    );
    expect(Utilities.formatDate(midnightMoscow, "America/New_York", "EEE, d MMM yyyy")).toBe("Fri, 20 Nov 2026");
  });
});

describe(`Utilities.parseDate (${REF.parseDate})`, () => {
  it("reads the text as wall-clock time of the zone given", () => {
    expect(Utilities.parseDate("21.11.2026", "Europe/Moscow", "dd.MM.yyyy").toISOString()).toBe(
      "2026-11-20T21:00:00.000Z",
    );
    expect(Utilities.parseDate("2026-11-21 07:00", "Asia/Vladivostok", "yyyy-MM-dd HH:mm").toISOString()).toBe(
      "2026-11-20T21:00:00.000Z",
    );
    expect(() => Utilities.parseDate("21 ноября", "Europe/Moscow", "dd.MM.yyyy")).toThrow("Unparseable date");
  });
});
