/** HtmlService: outputs from files in htmlDir (default "dist") or strings; templates with scriptlets. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";

export const SandboxMode = { EMULATED: "EMULATED", IFRAME: "IFRAME", NATIVE: "NATIVE" } as const;
export const XFrameOptionsMode = { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" } as const;

export class EmuHtmlOutput {
  title = "";
  width: number | null = null;
  height: number | null = null;
  sandboxMode = "IFRAME";
  xFrameOptionsMode = "DEFAULT";
  metaTags: Array<{ name: string; content: string }> = [];
  faviconUrl: string | null = null;
  constructor(
    public content: string,
    ctx: CallContext,
  ) {
    counted(this, "HtmlOutput", ctx);
  }
  getContent(): string {
    return this.content;
  }
  setContent(html: string): this {
    this.content = String(html);
    return this;
  }
  append(html: string): this {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this.content += escapeHtml(String(text));
    return this;
  }
  clear(): this {
    this.content = "";
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setSandboxMode(mode: string): this {
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    if (
      !["viewport", "apple-mobile-web-app-capable", "mobile-web-app-capable", "google-site-verification"].includes(name)
    ) {
      throw new GasError(`Invalid argument: meta tag name ${name}`);
    }
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): Array<{ getName(): string; getContent(): string }> {
    return this.metaTags.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  setFaviconUrl(url: string): this {
    this.faviconUrl = url;
    return this;
  }
  getAs(): never {
    throw new GasError("Emulator: HtmlOutput.getAs is not supported");
  }
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );
}

/** Compile `<?= ?>` (escaped), `<?!= ?>` (raw) and `<? ?>` (code) into a function of the template's fields. */
function compile(source: string): (data: Record<string, unknown>) => string {
  let body = "let __out = '';\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    body += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === "=") body += `__out += __esc(${m[2]});\n`;
    else if (m[1] === "!=") body += `__out += __str(${m[2]});\n`;
    else body += `${m[2]}\n`;
    last = re.lastIndex;
  }
  body += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  const fn = new Function("__data", "__esc", "__str", `with (__data) {\n${body}\n}`) as (
    data: Record<string, unknown>,
    esc: (v: unknown) => string,
    str: (v: unknown) => string,
  ) => string;
  const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return (data) => fn(data, (v) => escapeHtml(str(v)), str);
}

export class EmuHtmlTemplate {
  [field: string]: unknown;
  constructor(
    private readonly _source: string,
    private readonly _ctx: CallContext,
  ) {
    counted(this, "HtmlTemplate", _ctx);
  }
  evaluate(): EmuHtmlOutput {
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (!k.startsWith("_")) data[k] = v;
    return new EmuHtmlOutput(compile(this._source)(data), this._ctx);
  }
  getCode(): string {
    return this._source;
  }
  getRawContent(): string {
    return this._source;
  }
}

export class EmuHtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    private readonly ctx: CallContext,
    private readonly htmlDir: string,
  ) {
    counted(this, "HtmlService", ctx);
  }
  private read(name: string): string {
    const file = join(this.htmlDir, name.endsWith(".html") ? name : `${name}.html`);
    try {
      return readFileSync(file, "utf8");
    } catch {
      throw new GasError(`No HTML file named ${name} was found.`);
    }
  }
  createHtmlOutput(html?: string): EmuHtmlOutput {
    return new EmuHtmlOutput(html === undefined ? "" : String(html), this.ctx);
  }
  createHtmlOutputFromFile(name: string): EmuHtmlOutput {
    return new EmuHtmlOutput(this.read(name), this.ctx);
  }
  createTemplate(html: string): EmuHtmlTemplate {
    return new EmuHtmlTemplate(String(html), this.ctx);
  }
  createTemplateFromFile(name: string): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this.read(name), this.ctx);
  }
}
