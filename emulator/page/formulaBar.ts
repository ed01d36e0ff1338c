/** The name box and the formula bar: what the selected cell holds; Enter there edits the cell. */
import type { Selected } from "./grid";

export class FormulaBar {
  private current: Selected | null = null;

  constructor(
    private readonly nameBox: HTMLInputElement,
    private readonly input: HTMLInputElement,
    commit: (value: string) => void,
    cancel: () => void,
  ) {
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        if (this.current && input.value !== this.current.content) commit(input.value);
        else cancel();
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.show(this.current);
        cancel();
      }
    });
  }

  show(cell: Selected | null): void {
    this.current = cell;
    this.nameBox.value = cell?.a1 ?? "";
    // Keep what the person is typing while the page redraws.
    if (document.activeElement !== this.input) this.input.value = cell?.content ?? "";
    this.input.disabled = !cell;
  }
}
