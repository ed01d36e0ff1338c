/**
 * Runs the built Apps Script bundle (dist/Code.js) the way Apps Script does: one script in a fresh global
 * scope holding the services, top-level functions called by name. Used by the web server, the
 * integration tests and the bundle test, so all of them exercise the real artefact.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { DEFAULT_TZ, zonedDateClass, zonedIntl } from "./core/time";

export interface BundleHost {
  installGlobals(target: object): void;
}

export interface LoadedBundle {
  context: vm.Context;
  /** Call a top-level function as Apps Script would (menu item, trigger, custom function). */
  call(name: string, ...args: unknown[]): unknown;
  /** Call as google.script.run would: arguments and result cross as JSON; Dates are refused. */
  run(name: string, input?: unknown): unknown;
  has(name: string): boolean;
}

const isDate = (v: unknown) => Object.prototype.toString.call(v) === "[object Date]";

export function findDates(value: unknown, at = "result"): string | null {
  if (isDate(value)) return at;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findDates(value[i], `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findDates(v, `${at}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** The script's time zone: appsscript.json's `timeZone` beside Code.js, as Apps Script reads it. */
export function scriptTimeZone(distDir: string): string {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "appsscript.json"), "utf8")) as {
      timeZone?: unknown;
    };
    return typeof manifest.timeZone === "string" && manifest.timeZone ? manifest.timeZone : DEFAULT_TZ;
  } catch {
    return DEFAULT_TZ;
  }
}

export function loadBundle(host: BundleHost, distDir = path.resolve("dist"), now?: () => Date): LoadedBundle {
  const code = fs.readFileSync(path.join(distDir, "Code.js"), "utf8");
  // Apps Script runs the script in its own time zone, whatever the machine's: the script's Date reads and
  // builds local time in that zone, Intl defaults to it, and `new Date()` follows the emulator's clock. Dates the emulator hands
  // the script are made with this constructor (installGlobals), so `instanceof Date` holds inside it.
  const tz = scriptTimeZone(distDir);
  const sandbox: Record<string, unknown> = { console, Date: zonedDateClass(tz, now), Intl: zonedIntl(tz) };
  const context = vm.createContext(sandbox);
  // Installed on the context, so the emulator learns the script's Date (installGlobals reads it there).
  host.installGlobals(context);
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  const fnOf = (name: string) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  };
  return {
    context,
    has: (name) => typeof (context as Record<string, unknown>)[name] === "function",
    call: (name, ...args) => fnOf(name)(...args),
    run(name, input) {
      const where = findDates(input, "argument");
      if (where) throw new Error(`google.script.run: a Date cannot be passed (${where}); send an ISO string`);
      const arg = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
      const result = fnOf(name)(arg);
      const bad = findDates(result);
      if (bad) throw new Error(`google.script.run: ${name} returned a Date at ${bad}; return ISO strings`);
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
  };
}
