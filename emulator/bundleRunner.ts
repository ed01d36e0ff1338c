/**
 * Runs the built Apps Script bundle (dist/Code.js) the way Apps Script does: one script in a fresh global
 * scope holding the services, top-level functions called by name. Used by the web server, the
 * integration tests and the bundle test, so all of them exercise the real artefact.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

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

/**
 * Date as the script sees it when the emulator's clock is fixed: `new Date()` and `Date.now()` follow
 * `now`; everything else (and `instanceof Date`) is the real Date, so emulator Dates stay Dates.
 */
function clockDate(now: () => Date): DateConstructor {
  return new Proxy(Date, {
    construct: (target, args: unknown[]) =>
      args.length === 0
        ? new target(now().getTime())
        : new (target as unknown as new (...a: unknown[]) => Date)(...args),
    apply: () => now().toString(),
    get: (target, key, receiver) => (key === "now" ? () => now().getTime() : Reflect.get(target, key, receiver)),
  });
}

export function loadBundle(host: BundleHost, distDir = path.resolve("dist"), now?: () => Date): LoadedBundle {
  const code = fs.readFileSync(path.join(distDir, "Code.js"), "utf8");
  // The emulator's Dates come from this realm; in Apps Script they share the script's realm, so
  // `instanceof Date` inside the script must see the same constructor.
  const sandbox: Record<string, unknown> = { console, Date: now ? clockDate(now) : Date };
  host.installGlobals(sandbox);
  const context = vm.createContext(sandbox);
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
