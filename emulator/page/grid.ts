/**
 * One sheet as Sheets draws it: display values by number format, colours, bold and italics (conditional
 * formats included), notes, formula errors, checkboxes and dropdowns from data validation, merged cells,
 * column widths and frozen rows. Cells are selected with the mouse or the arrow keys and edited in place
 * (typing, Enter, F2, double click) or through the formula bar; every edit goes to the server as a
 * person's edit (validation, recalculation, onEdit).
 */
import type { SheetSnapshot } from "./api";
import { columnLetter, el, parseA1 } from "./dom";
import { PAGE_TEXT as T } from "./texts";

type CellInfo = SheetSnapshot["cells"][number];

export interface Selected {
  row: number;
  col: number;
  a1: string;
  /** What the formula bar shows and an edit starts from: the formula, else the displayed value. */
  content: string;
}

export interface GridHost {
  /** Commit a person's edit; resolves when the page has redrawn. */
  edit(a1: string, value: string): Promise<void>;
  /** The selection moved (the formula bar follows; the script sees it as the active range). */
  selected(cell: Selected | null, byPerson: boolean): void;
}

const MAX_ROWS = 400;
const DEFAULT_WIDTH = 100;
const ROWNUM_WIDTH = 46;

export class SheetGrid {
  private snap: SheetSnapshot | null = null;
  private info = new Map<string, CellInfo>();
  private tds = new Map<string, HTMLTableCellElement>();
  private sel: { row: number; col: number } | null = null;
  private editor: HTMLInputElement | HTMLSelectElement | null = null;
  private committing = false;
  /** A box over the table that scrolls with it: charts go here. */
  readonly overlay = el("div", { class: "chart-layer" });
  /**
   * Keyboard focus while a cell is selected: what the person types lands here first (also through an
   * input method or a layout without key codes) and opens the cell's editor with it.
   */
  private readonly catcher = el("textarea", {
    class: "type-catcher",
    "aria-label": T.formulaBar,
    autocomplete: "off",
    spellcheck: "false",
  });

  constructor(
    private readonly root: HTMLElement,
    private readonly host: GridHost,
  ) {
    root.tabIndex = -1;
    root.setAttribute("role", "grid");
    this.catcher.addEventListener("keydown", (e) => this.onKey(e));
    this.catcher.addEventListener("input", () => {
      const text = this.catcher.value;
      this.catcher.value = "";
      if (text) this.startEdit(text);
    });
  }

  get sheetName(): string | null {
    return this.snap?.name ?? null;
  }

  /** Where a cell's top-left corner is in the grid, even past the used range (charts are placed by it). */
  position(row: number, col: number): { left: number; top: number } {
    const td = this.tds.get(`${row},${col}`);
    if (td) return { left: td.offsetLeft, top: td.offsetTop };
    let left = ROWNUM_WIDTH;
    for (let c = 1; c < col; c++) left += this.snap?.columnWidths[c] ?? DEFAULT_WIDTH;
    const rows = this.root.querySelectorAll<HTMLTableRowElement>("tr");
    const tr = rows[row]; // rows[0] is the letters row
    const last = rows[rows.length - 1];
    const top = tr ? tr.offsetTop : (last ? last.offsetTop + last.offsetHeight : 0) + (row - rows.length) * 21;
    return { left, top };
  }

  private display(row: number, col: number): string {
    return this.snap?.rows[row - 1]?.[col - 1] ?? "";
  }

  private selectedInfo(): Selected | null {
    if (!this.sel) return null;
    const { row, col } = this.sel;
    const formula = this.info.get(`${row},${col}`)?.formula;
    return { row, col, a1: `${columnLetter(col)}${row}`, content: formula || this.display(row, col) };
  }

  render(snap: SheetSnapshot | null): void {
    const sameSheet = snap && this.snap && snap.name === this.snap.name;
    const scroll = { top: this.root.scrollTop, left: this.root.scrollLeft };
    this.editor = null;
    this.snap = snap;
    this.info = new Map((snap?.cells ?? []).map((c) => [`${c.row},${c.col}`, c]));
    this.tds = new Map();
    if (!sameSheet) this.sel = null;
    const hadFocus = document.activeElement === this.catcher;
    this.root.replaceChildren();
    this.overlay.replaceChildren();
    if (!snap) return;

    const rows = snap.rows.slice(0, MAX_ROWS);
    const width = Math.max(1, ...rows.map((r) => r.length), ...snap.cells.map((c) => c.col));
    const table = el("table", { "data-sheet": snap.name });
    const colgroup = el("colgroup", {}, el("col", { style: `width:${ROWNUM_WIDTH}px` }));
    let total = ROWNUM_WIDTH;
    for (let c = 1; c <= width; c++) {
      const w = snap.columnWidths[c] ?? DEFAULT_WIDTH;
      total += w;
      colgroup.appendChild(el("col", { style: `width:${w}px` }));
    }
    table.style.width = `${total}px`;
    table.appendChild(colgroup);

    const covered = new Set<string>();
    const spans = new Map<string, { rows: number; cols: number }>();
    for (const m of snap.merges) {
      const [a, b] = m.split(":");
      const from = parseA1(a);
      const to = parseA1(b ?? a);
      if (!from || !to) continue;
      spans.set(`${from.row},${from.col}`, { rows: to.row - from.row + 1, cols: to.col - from.col + 1 });
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) covered.add(`${r},${c}`);
    }

    const head = el("thead");
    const letters = el("tr", { class: "letters" }, el("th", { class: "corner" }));
    for (let c = 1; c <= width; c++) letters.appendChild(el("th", { scope: "col" }, columnLetter(c)));
    head.appendChild(letters);
    const body = el("tbody");
    const frozen = Math.min(snap.frozenRows ?? 0, rows.length);
    rows.forEach((row, i) => {
      const r = i + 1;
      const tr = el("tr", { class: r <= frozen ? "header" : "" }, el("td", { class: "rownum" }, String(r)));
      for (let c = 1; c <= width; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) continue;
        const td = this.cell(r, c, row[c - 1] ?? "");
        const span = spans.get(key);
        if (span) {
          td.rowSpan = span.rows;
          td.colSpan = span.cols;
        }
        this.tds.set(key, td);
        tr.appendChild(td);
      }
      (r <= frozen ? head : body).appendChild(tr);
    });
    table.append(head, body);
    this.root.append(table, this.overlay, this.catcher);
    if (snap.rows.length > MAX_ROWS)
      this.root.appendChild(el("div", { class: "more" }, T.more(snap.rows.length - MAX_ROWS)));
    if (sameSheet) {
      this.root.scrollTop = scroll.top;
      this.root.scrollLeft = scroll.left;
    }
    if (this.sel) this.mark();
    if (hadFocus) this.focus();
    this.host.selected(this.selectedInfo(), false);
  }

  private cell(r: number, c: number, text: string): HTMLTableCellElement {
    const info = this.info.get(`${r},${c}`);
    const td = el("td", { "data-cell": `${columnLetter(c)}${r}` });
    const classes: string[] = [];
    if (info?.kind === "number") classes.push("num");
    if (info?.background) td.style.background = info.background;
    if (info?.fontColor) td.style.color = info.fontColor;
    if (info?.bold) td.style.fontWeight = "bold";
    if (info?.italic) td.style.fontStyle = "italic";
    if (info?.conditional) td.setAttribute("data-conditional", "");
    if (info?.checkbox) {
      classes.push("check");
      const box = el("input", { type: "checkbox", "aria-label": `${columnLetter(c)}${r}`, tabindex: -1 });
      box.checked = text === "TRUE" || text === "ИСТИНА";
      box.addEventListener("click", (e) => {
        e.preventDefault();
        this.select(r, c, true);
        void this.host.edit(`${columnLetter(c)}${r}`, box.checked ? "ИСТИНА" : "ЛОЖЬ");
      });
      td.appendChild(box);
    } else {
      if (info?.kind === "boolean") classes.push("bool");
      td.appendChild(document.createTextNode(text));
      if (info?.dropdown) {
        classes.push("dropdown");
        // The arrow is drawn by CSS, so the cell's text stays its value.
        const arrow = el("span", { class: "dd", "aria-hidden": "true", title: T.dropdown });
        arrow.addEventListener("mousedown", (e) => {
          e.preventDefault();
          this.select(r, c, true);
          this.startEdit();
        });
        td.appendChild(arrow);
      }
    }
    const titles: string[] = [];
    if (text && !info?.checkbox) titles.push(text);
    if (info?.note) {
      classes.push("has-note");
      td.setAttribute("data-note", info.note);
      titles.push(`${T.noteTitle}: ${info.note}`);
    }
    if (info?.error) {
      classes.push("has-error");
      titles.push(info.error);
    }
    if (titles.length) td.title = titles.join("\n");
    td.className = classes.join(" ");
    td.addEventListener("mousedown", (e) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      e.preventDefault(); // keep the keyboard on the selected cell, not on the grid box
      this.select(r, c, true);
    });
    td.addEventListener("dblclick", () => this.startEdit());
    return td;
  }

  /** Select a cell; `byPerson` when the person did it (the server is told), not the script. */
  select(row: number, col: number, byPerson: boolean, scroll = false): void {
    if (this.editor && !this.committing) this.commitEditor();
    this.sel = { row: Math.max(1, row), col: Math.max(1, col) };
    this.mark();
    const td = this.tds.get(`${this.sel.row},${this.sel.col}`);
    if (scroll && td) td.scrollIntoView({ block: "center", inline: "nearest" });
    if (byPerson) this.focus();
    this.host.selected(this.selectedInfo(), byPerson);
  }

  /** Keyboard focus on the selected cell (the catcher sits on it, so an input method opens there). */
  focus(): void {
    const td = this.sel ? this.tds.get(`${this.sel.row},${this.sel.col}`) : undefined;
    if (td) {
      this.catcher.style.left = `${td.offsetLeft}px`;
      this.catcher.style.top = `${td.offsetTop}px`;
    }
    this.catcher.focus({ preventScroll: true });
  }

  private mark(): void {
    this.root.querySelectorAll("td.active").forEach((td) => td.classList.remove("active"));
    if (!this.sel) return;
    this.tds.get(`${this.sel.row},${this.sel.col}`)?.classList.add("active");
  }

  /** Edit the selected cell in place: a list for a dropdown cell, else a text field. */
  startEdit(initial?: string): void {
    const s = this.selectedInfo();
    if (!s) return;
    const td = this.tds.get(`${s.row},${s.col}`);
    if (!td) return;
    const info = this.info.get(`${s.row},${s.col}`);
    if (info?.checkbox) return;
    let editor: HTMLInputElement | HTMLSelectElement;
    if (info?.dropdown && initial === undefined) {
      const select = el("select", { class: "cell-editor", "aria-label": `${s.a1}: ${T.dropdown}` });
      const current = this.display(s.row, s.col);
      for (const item of ["", ...info.dropdown]) {
        const option = el("option", { value: item }, item);
        option.selected = item === current;
        select.appendChild(option);
      }
      select.addEventListener("change", () => this.commitEditor());
      editor = select;
    } else {
      const input = el("input", { type: "text", class: "cell-editor", "aria-label": s.a1 });
      input.value = initial ?? s.content;
      editor = input;
    }
    editor.addEventListener("keydown", (e) => this.onEditorKey(e as KeyboardEvent));
    editor.addEventListener("blur", () => {
      if (this.editor === editor && !this.committing) this.commitEditor();
    });
    editor.setAttribute("data-original", editor.value);
    this.editor = editor;
    td.appendChild(editor);
    editor.focus();
  }

  /** What the formula bar commits. */
  commitValue(value: string): void {
    const s = this.selectedInfo();
    if (s) void this.host.edit(s.a1, value);
  }

  private commitEditor(move?: { dr: number; dc: number }): void {
    const editor = this.editor;
    const s = this.selectedInfo();
    if (!editor || !s) return;
    this.committing = true;
    this.editor = null;
    const changed = editor.value !== editor.getAttribute("data-original");
    editor.remove();
    this.committing = false;
    if (move) this.select(s.row + move.dr, s.col + move.dc, true);
    else this.focus();
    if (changed) void this.host.edit(s.a1, editor.value);
  }

  private cancelEditor(): void {
    const editor = this.editor;
    this.editor = null;
    editor?.remove();
    this.focus();
  }

  private onEditorKey(e: KeyboardEvent): void {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      this.commitEditor({ dr: 1, dc: 0 });
    } else if (e.key === "Tab") {
      e.preventDefault();
      this.commitEditor({ dr: 0, dc: e.shiftKey ? -1 : 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      this.cancelEditor();
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.sel || this.editor) return;
    const { row, col } = this.sel;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.select(row + move[0], col + move[1], true, true);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      this.startEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const s = this.selectedInfo();
      if (s) void this.host.edit(s.a1, "");
    } else if (e.key === " " && this.info.get(`${row},${col}`)?.checkbox) {
      e.preventDefault();
      this.tds.get(`${row},${col}`)?.querySelector("input")?.click();
    }
    // Any other key types into the catcher: its input event opens the editor.
  }
}
