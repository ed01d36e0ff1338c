/** The workbooks of the emulated Drive (the demo school, the municipality): a selector in the header. */
import type { WorkbenchState } from "./api";
import { el } from "./dom";

export function renderWorkbooks(
  select: HTMLSelectElement,
  books: WorkbenchState["workbooks"],
  switchTo: (id: string) => void,
): void {
  select.hidden = books.length < 2;
  select.replaceChildren(
    ...books.map((b) => {
      const option = el("option", { value: b.id }, b.name);
      option.selected = b.active;
      return option;
    }),
  );
  select.onchange = () => switchTo(select.value);
}
