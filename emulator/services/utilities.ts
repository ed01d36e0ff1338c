/** Utilities, Session, Logger and CacheService: small services with Google's observable behaviour. */
import { createHash, randomUUID } from "node:crypto";
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import type { Kernel } from "../core/kernel";
import { formatDate, isDate, parseDate } from "../core/time";

export class EmuUtilities {
  readonly Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" };
  readonly DigestAlgorithm = { MD5: "MD5", SHA_1: "SHA_1", SHA_256: "SHA_256", SHA_512: "SHA_512" };
  sleeps: number[] = [];
  constructor(ctx: CallContext) {
    counted(this, "Utilities", ctx);
  }
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw new GasError("The parameters don't match the method signature for Utilities.formatDate.");
    }
    if (Number.isNaN(date.getTime())) throw new GasError("Invalid argument: date");
    return formatDate(date, timeZone, format);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    try {
      return parseDate(date, timeZone, format);
    } catch {
      throw new GasError(`Unparseable date: "${date}"`);
    }
  }
  getUuid(): string {
    return randomUUID();
  }
  /** No real wait: recorded, so tests can see that a script backed off. */
  sleep(ms: number): void {
    if (ms > 300_000) throw new GasError("Invalid argument: milliseconds (max 300000)");
    this.sleeps.push(ms);
  }
  base64Encode(data: string | number[]): string {
    return (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.map((b) => b & 0xff))).toString(
      "base64",
    );
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return this.base64Encode(data).replace(/\+/g, "-").replace(/\//g, "_");
  }
  base64Decode(encoded: string): number[] {
    return [...Buffer.from(encoded, "base64")].map((b) => (b > 127 ? b - 256 : b));
  }
  computeDigest(algorithm: string, value: string): number[] {
    const name = { MD5: "md5", SHA_1: "sha1", SHA_256: "sha256", SHA_512: "sha512" }[algorithm];
    if (!name) throw new GasError("Invalid argument: algorithm");
    return [...createHash(name).update(value, "utf8").digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%[sdf%]/g, (m) => (m === "%%" ? "%" : String(args[i++])));
  }
  newBlob(
    data: string,
    contentType?: string,
    name?: string,
  ): { getDataAsString(): string; getContentType(): string | null; getName(): string | null } {
    return { getDataAsString: () => data, getContentType: () => contentType ?? null, getName: () => name ?? null };
  }
}

export class EmuUser {
  constructor(
    private readonly email: string,
    ctx: CallContext,
  ) {
    counted(this, "User", ctx);
  }
  getEmail(): string {
    return this.email;
  }
}

export class EmuSession {
  constructor(private readonly k: Kernel) {
    counted(this, "Session", k.ctx);
  }
  getScriptTimeZone(): string {
    return this.k.tz;
  }
  getActiveUser(): EmuUser {
    return new EmuUser(this.k.user, this.k.ctx);
  }
  getEffectiveUser(): EmuUser {
    return new EmuUser(this.k.user, this.k.ctx);
  }
  getTemporaryActiveUserKey(): string {
    return createHash("sha256").update(`emu:${this.k.user}`).digest("base64url").slice(0, 43);
  }
  getActiveUserLocale(): string {
    return "ru";
  }
}

export class EmuLogger {
  entries: string[] = [];
  constructor(ctx: CallContext) {
    counted(this, "Logger", ctx);
  }
  log(format: unknown, ...values: unknown[]): this {
    const text =
      typeof format === "string" && values.length
        ? format.replace(/%s/g, () => String(values.shift()))
        : String(format);
    this.entries.push(values.length ? `${text} ${values.map(String).join(" ")}` : text);
    return this;
  }
  getLog(): string {
    return this.entries.join("\n");
  }
  clear(): void {
    this.entries = [];
  }
}

export class EmuCache {
  constructor(
    private readonly data: Map<string, { value: string; expires: number }>,
    private readonly now: () => Date,
    ctx: CallContext,
  ) {
    counted(this, "Cache", ctx);
  }
  get(key: string): string | null {
    const e = this.data.get(key);
    if (!e || e.expires <= this.now().getTime()) return null;
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, ttlSeconds = 600): void {
    if (String(value).length > 100 * 1024) throw new GasError("Argument too large: value");
    this.data.set(key, { value: String(value), expires: this.now().getTime() + Math.min(ttlSeconds, 21600) * 1000 });
  }
  putAll(values: Record<string, string>, ttlSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, ttlSeconds);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export class EmuCacheService {
  private stores = { document: new Map(), script: new Map(), user: new Map() };
  constructor(private readonly k: Kernel) {
    counted(this, "CacheService", k.ctx);
  }
  getDocumentCache(): EmuCache {
    return new EmuCache(this.stores.document, this.k.now, this.k.ctx);
  }
  getScriptCache(): EmuCache {
    return new EmuCache(this.stores.script, this.k.now, this.k.ctx);
  }
  getUserCache(): EmuCache {
    return new EmuCache(this.stores.user, this.k.now, this.k.ctx);
  }
}
