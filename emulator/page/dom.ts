/** Building the page without innerHTML: every text goes in through textContent. */
type Attrs = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === "class") e.className = String(value);
    else e.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) if (child) e.append(child);
  return e;
}

export const $ = (id: string) => document.getElementById(id) as HTMLElement;

export function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

export function parseA1(a1: string | null): { row: number; col: number } | null {
  const m = a1 ? /^\$?([A-Z]+)\$?(\d+)/.exec(a1) : null;
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}
