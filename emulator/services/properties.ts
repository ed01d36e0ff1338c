/** PropertiesService: document, script and user stores of strings, with Google's size quotas. */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

export class EmuProperties {
  constructor(
    readonly data: Record<string, string>,
    ctx: CallContext,
  ) {
    counted(this, "Properties", ctx);
  }
  private put(key: string, value: unknown): void {
    const k = String(key);
    const v = String(value);
    if (bytes(k) + bytes(v) > MAX_VALUE_BYTES) throw new GasError("Argument too large: value");
    const total = Object.entries({ ...this.data, [k]: v }).reduce((n, [a, b]) => n + bytes(a) + bytes(b), 0);
    if (total > MAX_STORE_BYTES) throw new GasError(GAS_MESSAGES.propertyQuota);
    this.data[k] = v;
  }
  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.data, key) ? this.data[key] : null;
  }
  setProperty(key: string, value: unknown): this {
    this.put(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    delete this.data[key];
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.data };
  }
  getKeys(): string[] {
    return Object.keys(this.data);
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) for (const k of Object.keys(this.data)) delete this.data[k];
    for (const [k, v] of Object.entries(props)) this.put(k, v);
    return this;
  }
  deleteAllProperties(): this {
    for (const k of Object.keys(this.data)) delete this.data[k];
    return this;
  }
}

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
}

export class EmuPropertiesService {
  constructor(
    readonly stores: PropertyStores,
    private readonly ctx: CallContext,
  ) {
    counted(this, "PropertiesService", ctx);
  }
  getDocumentProperties(): EmuProperties {
    return new EmuProperties(this.stores.document, this.ctx);
  }
  getScriptProperties(): EmuProperties {
    return new EmuProperties(this.stores.script, this.ctx);
  }
  getUserProperties(): EmuProperties {
    return new EmuProperties(this.stores.user, this.ctx);
  }
}
