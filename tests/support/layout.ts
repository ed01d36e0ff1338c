/**
 * What a curator would see go wrong in the 300 px panel, measured in the browser: an element past the
 * right edge, text clipped by its box, a word broken across two lines, and English words in the text
 * (the few in ALLOWED_LATIN excepted). Used by the browser tests and by
 * `npm run screenshots`.
 */
import type { Frame } from "playwright-core";

/** Latin words a Russian curator reads as they are (names, and «SWOT», the model's own term). */
export const ALLOWED_LATIN = ["ID", "Google", "PDF", "Word", "SWOT"];

export async function panelProblems(frame: Frame): Promise<string[]> {
  return frame.evaluate((allowed: string[]) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} «${(el.textContent ?? "").trim().slice(0, 60)}»`;
    const shown = (el: Element) => {
      if (el.closest(".sr-only, [hidden], script, style, option")) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      if (!shown(el)) continue;
      if (el.getBoundingClientRect().right > width + 0.5) problems.push(`past the panel's edge: ${name(el)}`);
      const style = getComputedStyle(el);
      if (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT") continue;
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
        problems.push(`clipped across: ${name(el)}`);
      if (style.overflowY !== "visible" && style.overflowY !== "auto" && el.scrollHeight > el.clientHeight + 1)
        problems.push(`clipped below: ${name(el)}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !shown(parent) || parent.closest("textarea")) continue;
      const text = node.textContent ?? "";
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`word broken across lines: «${m[0]}» in ${name(parent)}`);
      }
    }
    const latin = (document.body.innerText.match(/\b[A-Za-z][A-Za-z]+\b/g) ?? []).filter((w) => !allowed.includes(w));
    if (latin.length) problems.push(`English in the panel: ${[...new Set(latin)].join(", ")}`);
    return problems;
  }, ALLOWED_LATIN);
}
