/**
 * «Повторить обработку» and the submit trigger's lock, through the built bundle: the log is processed in
 * chunks that each commit (so a run cut short keeps what it did and any backlog empties across calls), a
 * refused entry is not retried twice in one run, a renamed «Журнал ошибок» keeps its pending entries, and
 * the trigger reads its state only once it holds the lock (a competing submission's count is not lost).
 */
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { sheetRows, title } from "../../fixtures/forms";
import { formsWorld } from "../support/formsWorld";

const NOW = new Date("2026-10-12T12:00:00+03:00");
const world = formsWorld(NOW, 4);

interface Chunk {
  processed: number;
  still: number;
  remaining: number;
  done: boolean;
  cursor: unknown;
  message: string;
}
interface Overview {
  logPending: number;
  forms: Array<{ key: string; accepted: number; pending: number }>;
}

const t = (k: string) => title("mentee", k);
const adult = (name: string, birthDate = "1986-01-20") => ({
  [t("name")]: name,
  [t("category")]: "родитель",
  [t("birthDate")]: birthDate,
  [t("requests")]: ["общение"],
  [t("adult")]: "Да",
  [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
});
const overview = (bundle: LoadedBundle) => bundle.run("formsOverview", {}) as Overview;
const names = (rows: Array<Record<string, unknown>>) => rows.map((r) => String(r["ФИО (или код)"]));

describe("«Повторить обработку» in chunks", () => {
  it("each chunk commits its answers and marks its entries; the next starts after it; refused ones wait", () => {
    const { emu, bundle, ids } = world();
    emu.locks.holdByOther("document");
    // Seven answers wait in the log; the fourth says «18 лет: да» with an age of 12, which is refused.
    for (let i = 1; i <= 7; i++)
      emu.forms.submit(ids.mentee, adult(`Ждущая ${i}`, i === 4 ? "2014-02-02" : "1986-01-20"), { timestamp: NOW });
    emu.locks.releaseOther("document");
    expect(overview(bundle).logPending).toBe(7);

    const first = bundle.run("retryFormAnswers", { limit: 3 }) as Chunk;
    expect(first).toMatchObject({ processed: 3, still: 0, remaining: 4, done: false });
    // Committed: the three are in the register and marked in the log, whatever happens to the next call.
    expect(names(sheetRows(emu, "Наставляемые")).filter((n) => n.startsWith("Ждущая"))).toEqual([
      "Ждущая 1",
      "Ждущая 2",
      "Ждущая 3",
    ]);
    expect(sheetRows(emu, "Журнал ошибок").map((r) => r["Обработано"])).toEqual([
      "обработано",
      "обработано",
      "обработано",
      "нет",
      "нет",
      "нет",
      "нет",
    ]);

    const second = bundle.run("retryFormAnswers", { limit: 3, cursor: first.cursor, before: first }) as Chunk;
    expect(second).toMatchObject({ processed: 5, still: 1, remaining: 1, done: false });
    const third = bundle.run("retryFormAnswers", { limit: 3, cursor: second.cursor, before: second }) as Chunk;
    expect(third).toMatchObject({ processed: 6, still: 1, remaining: 0, done: true });
    expect(third.message).toBe("Обработано записей журнала: 6; осталось с ошибкой: 1.");
    expect(overview(bundle).logPending).toBe(1);
    expect(names(sheetRows(emu, "Наставляемые")).filter((n) => n.startsWith("Ждущая"))).toHaveLength(6);
  });
});

describe("a renamed «Журнал ошибок» keeps its entries", () => {
  it("new refusals go to it, and «Повторить обработку» finds them", () => {
    const { emu, bundle, ids } = world();
    emu.locks.holdByOther("document");
    emu.forms.submit(ids.mentee, adult("Родителева Нина"), { timestamp: NOW });
    emu.spreadsheet.getSheetByName("Журнал ошибок")!.setName("Ошибки анкет");
    emu.forms.submit(ids.mentee, adult("Родителева Ольга"), { timestamp: NOW });
    emu.locks.releaseOther("document");
    expect(emu.spreadsheet.getSheetByName("Журнал ошибок")).toBeNull();
    expect(sheetRows(emu, "Ошибки анкет")).toHaveLength(2);
    expect(overview(bundle).logPending).toBe(2);

    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 2, still: 0 });
    expect(overview(bundle).logPending).toBe(0);
    expect(names(sheetRows(emu, "Наставляемые"))).toEqual(
      expect.arrayContaining(["Родителева Нина", "Родителева Ольга"]),
    );
  });
});

describe("the submit trigger takes the lock before it reads its state", () => {
  it("an answer processed while it waited for the lock is counted, not overwritten", () => {
    const { emu, bundle, ids } = world();
    // Another execution holds the lock and finishes an answer while this one waits for it.
    const context = bundle.context as unknown as { LockService: GoogleAppsScript.Lock.LockService };
    const service = context.LockService;
    let competing = false;
    let competed = false;
    context.LockService = {
      ...service,
      getDocumentLock: () => {
        const lock = service.getDocumentLock();
        return {
          ...lock,
          tryLock: (ms: number) => {
            if (!competing && !competed) {
              competing = true;
              emu.forms.submit(ids.mentee, adult("Соперница Вера"), { timestamp: NOW });
              competing = false;
              competed = true;
            }
            return lock.tryLock(ms);
          },
          releaseLock: () => lock.releaseLock(),
          hasLock: () => lock.hasLock(),
        } as GoogleAppsScript.Lock.Lock;
      },
    } as GoogleAppsScript.Lock.LockService;
    emu.forms.submit(ids.mentee, adult("Первая Анна"), { timestamp: NOW });
    expect(competed).toBe(true);
    expect(names(sheetRows(emu, "Наставляемые"))).toEqual(expect.arrayContaining(["Первая Анна", "Соперница Вера"]));
    expect(overview(bundle).forms.find((f) => f.key === "mentee")!.accepted).toBe(2);
  });
});
