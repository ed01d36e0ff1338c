/**
 * Call counting and the authorisation gate, in one place: every emulated object is wrapped by `counted`,
 * a Proxy that counts the outermost public method call as "Class.method" (calls made by the emulator
 * itself while serving a call are not counted, so counts match what the script did) and refuses
 * restricted services in AuthMode.NONE.
 */
import { GasError } from "./errors";

export interface CallCounter {
  total: number;
  byMethod: Record<string, number>;
  reset(): void;
}

export class CallContext implements CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  /** >0 while the emulator is serving a call (or running its own test API): inner calls are not counted. */
  depth = 0;
  authMode: "FULL" | "NONE" = "FULL";
  /** False while a trigger handler runs: SpreadsheetApp.getUi() is refused there, as in Apps Script. */
  uiAvailable = true;
  /**
   * The Date constructor of the script's realm (a node:vm context), so that Dates a script receives pass
   * its own `instanceof Date`. Unset: the emulator's realm.
   */
  realmDate: DateConstructor | null = null;

  reset(): void {
    this.total = 0;
    this.byMethod = {};
  }

  hit(name: string): void {
    this.total++;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
  }

  /** Run emulator-internal code (test API, snapshots) without counting the calls it makes. */
  quiet<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}

/** Which calls AuthMode.NONE allows: the Ui menu building an onOpen needs, and Logger. */
const ALLOWED_WITHOUT_AUTH: Record<string, true | string[]> = {
  SpreadsheetApp: ["getUi"],
  Ui: ["createMenu", "createAddonMenu"],
  Menu: true,
  Logger: true,
};

const SCOPES: Record<string, string> = {
  SpreadsheetApp: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  FormApp: "https://www.googleapis.com/auth/forms",
  DocumentApp: "https://www.googleapis.com/auth/documents",
  DriveApp: "https://www.googleapis.com/auth/drive.file",
  ScriptApp: "https://www.googleapis.com/auth/script.scriptapp",
  Ui: "https://www.googleapis.com/auth/script.container.ui",
};

/**
 * Emulator-only methods (test hooks and internals reachable through the proxy): never counted or gated.
 */
const EMULATOR_ONLY = new Set([
  "snapshot",
  "editAsUser",
  "isValidAsUser",
  "errorAt",
  "valueAt",
  "writeParsed",
  "rangeAt",
  "track",
  "untrack",
  "style",
  "addSheet",
  "renameSheet",
  "syncNames",
  "renameNamedRange",
  "namedRangeList",
  "newValidation",
  "fromSerial",
  "listItems",
  "accepts",
  "record",
  "answer",
  "clearAnswers",
  "submitResponse",
  "ensureDestinationColumns",
]);

function allowedWithoutAuth(className: string, method: string): boolean {
  const rule = ALLOWED_WITHOUT_AUTH[className];
  return rule === true || (Array.isArray(rule) && rule.includes(method));
}

const toProxy = new WeakMap<object, object>();
const toRaw = new WeakMap<object, object>();

/** The object a script holds (the counted proxy) for an emulator object; other values pass through. */
export function api<T>(value: T): T {
  return typeof value === "object" && value !== null ? ((toProxy.get(value) as T | undefined) ?? value) : value;
}

/** The emulator object behind a proxy a script passed in; other values pass through. */
export function raw<T>(value: T): T {
  return typeof value === "object" && value !== null ? ((toRaw.get(value) as T | undefined) ?? value) : value;
}

/** Map a value crossing the boundary: objects, and arrays of them up to two levels deep. */
function mapBoundary(
  value: unknown,
  map: WeakMap<object, object>,
  depth: number,
  realmDate?: DateConstructor | null,
): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (realmDate && value instanceof Date) return new realmDate(value.getTime());
  const mapped = map.get(value);
  if (mapped) return mapped;
  if (depth > 0 && Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v !== "object" || v === null || (v instanceof Date && !realmDate)) continue;
      const m = mapBoundary(v, map, depth - 1, realmDate);
      if (m !== v) {
        out ??= value.slice();
        out[i] = m;
      }
    }
    return out ?? value;
  }
  return value;
}

/**
 * Wrap `target` so that its methods are counted as `${className}.${method}`. Inside, the emulator works
 * with raw objects; arguments are unwrapped and results wrapped at the boundary.
 */
export function counted<T extends object>(target: T, className: string, ctx: CallContext): T {
  const wrappers = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop);
      if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor" || prop.startsWith("_"))
        return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const name = `${className}.${prop}`;
        wrapper = function (...args: unknown[]) {
          const fn = Reflect.get(obj, prop) as (...a: unknown[]) => unknown;
          if (ctx.depth === 0 && !EMULATOR_ONLY.has(prop)) {
            if (ctx.authMode === "NONE" && !allowedWithoutAuth(className, prop)) {
              const scope = SCOPES[className] ?? "https://www.googleapis.com/auth/script.external_request";
              throw new GasError(`You do not have permission to call ${name}. Required permissions: ${scope}`);
            }
            ctx.hit(name);
          }
          ctx.depth++;
          try {
            for (let i = 0; i < args.length; i++) args[i] = mapBoundary(args[i], toRaw, 1);
            return mapBoundary(fn.apply(obj, args), toProxy, 2, ctx.realmDate);
          } finally {
            ctx.depth--;
          }
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
  toProxy.set(target, proxy);
  toRaw.set(proxy, target);
  return proxy;
}
