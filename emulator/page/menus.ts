/** The spreadsheet's menus as the script built them (onOpen); an item runs its global function. */
import type { WorkbenchState } from "./api";
import { el } from "./dom";

export function renderMenus(bar: HTMLElement, menus: WorkbenchState["menus"], run: (fn: string) => void): void {
  const open = bar.querySelector<HTMLElement>(".menu.open")?.getAttribute("data-for");
  bar.replaceChildren();
  for (const menu of menus) {
    const list = el("div", { class: "menu", role: "menu", "data-for": menu.title });
    const button = el(
      "button",
      { "data-menu": menu.title, "aria-haspopup": "menu", "aria-expanded": "false" },
      menu.title,
    );
    const toggle = (show: boolean) => {
      list.classList.toggle("open", show);
      button.setAttribute("aria-expanded", String(show));
    };
    for (const item of menu.items) {
      if (item.kind !== "item") {
        list.appendChild(el("hr"));
        continue;
      }
      const entry = el("button", { role: "menuitem", "data-fn": item.functionName }, item.caption);
      entry.onclick = () => {
        toggle(false);
        run(item.functionName);
      };
      list.appendChild(entry);
    }
    button.onclick = () => toggle(!list.classList.contains("open"));
    if (open === menu.title) toggle(true);
    bar.append(button, list);
  }
}

/** Clicking elsewhere or Escape closes an open menu. */
export function closeMenusOnOutsideClick(bar: HTMLElement): void {
  const close = () =>
    bar.querySelectorAll(".menu.open").forEach((m) => {
      m.classList.remove("open");
      m.previousElementSibling?.setAttribute("aria-expanded", "false");
    });
  document.addEventListener("mousedown", (e) => {
    if (!bar.contains(e.target as Node)) close();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
}
