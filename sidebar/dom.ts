/**
 * Building DOM without innerHTML: every piece of text goes in through textContent, so names and answers
 * from forms (which may hold HTML or script) are shown as text, never run.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((ev: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, "").toLowerCase(), value);
    else if (key === "class") el.className = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
  }
  return el;
}

export function clear(el: HTMLElement): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * A message in the panel. Its severity is an icon with a spoken name (style.css: `.msg.warn::before`),
 * not colour alone. Not a live region: the status line says that something happened.
 */
export function message(kind: "ok" | "error" | "warn", text: string): HTMLElement {
  return h("div", { class: `msg ${kind}` }, text);
}
