/** DocumentApp (small): seeded documents whose body holds tables of text, read cell by cell. */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";

export interface DocumentState {
  id: string;
  name: string;
  tables: string[][][];
}

class EmuTableCell {
  constructor(
    private readonly text: string,
    ctx: CallContext,
  ) {
    counted(this, "TableCell", ctx);
  }
  getText(): string {
    return this.text;
  }
}

class EmuTableRow {
  constructor(
    private readonly cells: string[],
    private readonly ctx: CallContext,
  ) {
    counted(this, "TableRow", ctx);
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(j: number): EmuTableCell {
    if (j < 0 || j >= this.cells.length)
      throw new GasError(
        "Child index (" + j + ") must be less than the number of child elements (" + this.cells.length + ").",
      );
    return new EmuTableCell(this.cells[j], this.ctx);
  }
  getText(): string {
    return this.cells.join("\n");
  }
}

class EmuTable {
  constructor(
    private readonly rows: string[][],
    private readonly ctx: CallContext,
  ) {
    counted(this, "Table", ctx);
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(i: number): EmuTableRow {
    if (i < 0 || i >= this.rows.length)
      throw new GasError(
        "Child index (" + i + ") must be less than the number of child elements (" + this.rows.length + ").",
      );
    return new EmuTableRow(this.rows[i], this.ctx);
  }
  getCell(i: number, j: number): EmuTableCell {
    return this.getRow(i).getCell(j);
  }
  getText(): string {
    return this.rows.map((r) => r.join("\n")).join("\n");
  }
}

class EmuBody {
  constructor(
    private readonly doc: DocumentState,
    private readonly ctx: CallContext,
  ) {
    counted(this, "Body", ctx);
  }
  getTables(): EmuTable[] {
    return this.doc.tables.map((t) => new EmuTable(t, this.ctx));
  }
  getText(): string {
    return this.doc.tables.map((t) => t.map((r) => r.join("\t")).join("\n")).join("\n\n");
  }
}

class EmuDocument {
  constructor(
    private readonly doc: DocumentState,
    private readonly ctx: CallContext,
  ) {
    counted(this, "Document", ctx);
  }
  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.doc.id}/edit`;
  }
  getBody(): EmuBody {
    return new EmuBody(this.doc, this.ctx);
  }
}

export class DocumentRegistry {
  docs = new Map<string, DocumentState>();
  constructor(private readonly newId: () => string) {}
  create(name: string, tables: string[][][]): string {
    const id = this.newId();
    this.docs.set(id, { id, name, tables: tables.map((t) => t.map((r) => r.map(String))) });
    return id;
  }
}

export class EmuDocumentApp {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly ctx: CallContext,
  ) {
    counted(this, "DocumentApp", ctx);
  }
  openById(id: string): EmuDocument {
    const d = this.registry.docs.get(id);
    if (!d) throw new GasError("No item with the given ID could be found, or you do not have permission to access it.");
    return new EmuDocument(d, this.ctx);
  }
  openByUrl(url: string): EmuDocument {
    const m = /\/document\/d\/([^/]+)/.exec(url);
    if (!m) throw new GasError("Invalid argument: url");
    return this.openById(m[1]);
  }
}
