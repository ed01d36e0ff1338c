/**
 * DriveApp (small): folders, and files for the documents, spreadsheets and forms the other services hold.
 * Every file lives in one folder (Drive's single-parent rule); a new file lands in «Мой диск», the root.
 * What the add-on calls: getFileById / getFolderById / getRootFolder / createFolder, File.getParents,
 * makeCopy (documents), moveTo, setTrashed, Folder.createFolder / getFoldersByName / getFiles.
 *
 * Access under the drive.file scope is not modelled by default: every file is reachable, the workbook's
 * folder included. Google documents that drive.file reaches only files the app created or the user opened
 * with it; a test marks a file unreachable (`emu.drive.unreachable(id)`) to play that part.
 */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import type { DocumentRegistry } from "../documents/document-app";
import { documentUrl } from "../documents/document-app";

export const MimeType = {
  GOOGLE_DOCS: "application/vnd.google-apps.document",
  GOOGLE_SHEETS: "application/vnd.google-apps.spreadsheet",
  GOOGLE_FORMS: "application/vnd.google-apps.form",
  FOLDER: "application/vnd.google-apps.folder",
} as const;

export interface DriveEntry {
  id: string;
  mimeType: string;
  /** Folders keep their own name; other files take it from their service. */
  name?: string;
  parent: string | null;
  trashed: boolean;
}

export interface DriveState {
  entries: DriveEntry[];
}

export const ROOT_ID = "root_folder_emu";
const NOT_FOUND = "No item with the given ID could be found, or you do not have permission to access it.";

/** Names of files held by other services (documents, spreadsheets), looked up when Drive shows them. */
export interface DriveHosts {
  documents: DocumentRegistry;
  spreadsheetName(id: string): string | undefined;
  renameSpreadsheet(id: string, name: string): void;
}

export class DriveRegistry {
  entries = new Map<string, DriveEntry>();
  /** Files DriveApp cannot reach (a test stands in for the drive.file scope's limit with them). */
  unreachable = new Set<string>();
  constructor(
    private readonly newId: (kind: string) => string,
    readonly hosts: DriveHosts,
  ) {
    this.entries.set(ROOT_ID, {
      id: ROOT_ID,
      mimeType: MimeType.FOLDER,
      name: "Мой диск",
      parent: null,
      trashed: false,
    });
  }
  file(id: string, mimeType: string, parent: string = ROOT_ID): void {
    if (!this.entries.has(id)) this.entries.set(id, { id, mimeType, parent, trashed: false });
  }
  folder(name: string, parent: string): DriveEntry {
    const entry = { id: this.newId("folder"), mimeType: MimeType.FOLDER, name: String(name), parent, trashed: false };
    this.entries.set(entry.id, entry);
    return entry;
  }
  /** The entry of a file; documents and spreadsheets made before Drive saw them land in the root. */
  lookup(id: string): DriveEntry | undefined {
    if (this.unreachable.has(id)) return undefined;
    if (!this.entries.has(id)) {
      if (this.hosts.documents.docs.has(id)) this.file(id, MimeType.GOOGLE_DOCS);
      else if (this.hosts.spreadsheetName(id) !== undefined) this.file(id, MimeType.GOOGLE_SHEETS);
    }
    return this.entries.get(id);
  }
  nameOf(entry: DriveEntry): string {
    if (entry.mimeType === MimeType.GOOGLE_DOCS) return this.hosts.documents.docs.get(entry.id)?.name ?? "";
    if (entry.mimeType === MimeType.GOOGLE_SHEETS) return this.hosts.spreadsheetName(entry.id) ?? "";
    return entry.name ?? "";
  }
  children(folderId: string): DriveEntry[] {
    return [...this.entries.values()].filter((e) => e.parent === folderId && !e.trashed);
  }
  save(): DriveState {
    return { entries: [...this.entries.values()].map((e) => ({ ...e })) };
  }
  load(state: DriveState | undefined): void {
    for (const e of state?.entries ?? []) this.entries.set(e.id, { ...e });
  }
}

class EmuIterator<T> {
  private i = 0;
  constructor(
    private readonly items: T[],
    className: string,
    ctx: CallContext,
  ) {
    counted(this, className, ctx);
  }
  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): T {
    if (this.i >= this.items.length)
      throw new GasError("Cannot retrieve the next object: iterator has reached the end.");
    return this.items[this.i++];
  }
}

abstract class EmuDriveItem {
  constructor(
    protected readonly entry: DriveEntry,
    protected readonly drive: DriveRegistry,
    protected readonly ctx: CallContext,
  ) {}
  getId(): string {
    return this.entry.id;
  }
  getName(): string {
    return this.drive.nameOf(this.entry);
  }
  getParents(): EmuIterator<EmuFolder> {
    const parent = this.entry.parent ? this.drive.entries.get(this.entry.parent) : undefined;
    return new EmuIterator(parent ? [new EmuFolder(parent, this.drive, this.ctx)] : [], "FolderIterator", this.ctx);
  }
  isTrashed(): boolean {
    return this.entry.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.entry.trashed = trashed === true;
    return this;
  }
  moveTo(destination: EmuFolder): this {
    this.entry.parent = destination.getId();
    return this;
  }
}

export class EmuFolder extends EmuDriveItem {
  constructor(entry: DriveEntry, drive: DriveRegistry, ctx: CallContext) {
    super(entry, drive, ctx);
    counted(this, "Folder", ctx);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.entry.id}`;
  }
  setName(name: string): EmuFolder {
    this.entry.name = String(name);
    return this;
  }
  createFolder(name: string): EmuFolder {
    return new EmuFolder(this.drive.folder(name, this.entry.id), this.drive, this.ctx);
  }
  getFolders(): EmuIterator<EmuFolder> {
    const folders = this.drive.children(this.entry.id).filter((e) => e.mimeType === MimeType.FOLDER);
    return new EmuIterator(
      folders.map((e) => new EmuFolder(e, this.drive, this.ctx)),
      "FolderIterator",
      this.ctx,
    );
  }
  getFoldersByName(name: string): EmuIterator<EmuFolder> {
    const folders = this.drive
      .children(this.entry.id)
      .filter((e) => e.mimeType === MimeType.FOLDER && this.drive.nameOf(e) === name);
    return new EmuIterator(
      folders.map((e) => new EmuFolder(e, this.drive, this.ctx)),
      "FolderIterator",
      this.ctx,
    );
  }
  getFiles(): EmuIterator<EmuFile> {
    const files = this.drive.children(this.entry.id).filter((e) => e.mimeType !== MimeType.FOLDER);
    return new EmuIterator(
      files.map((e) => new EmuFile(e, this.drive, this.ctx)),
      "FileIterator",
      this.ctx,
    );
  }
}

export class EmuFile extends EmuDriveItem {
  constructor(entry: DriveEntry, drive: DriveRegistry, ctx: CallContext) {
    super(entry, drive, ctx);
    counted(this, "File", ctx);
  }
  getMimeType(): string {
    return this.entry.mimeType;
  }
  getUrl(): string {
    if (this.entry.mimeType === MimeType.GOOGLE_DOCS) return documentUrl(this.entry.id);
    if (this.entry.mimeType === MimeType.GOOGLE_SHEETS)
      return `https://docs.google.com/spreadsheets/d/${this.entry.id}/edit`;
    return `https://drive.google.com/file/d/${this.entry.id}/view`;
  }
  setName(name: string): EmuFile {
    if (this.entry.mimeType === MimeType.GOOGLE_DOCS) {
      const doc = this.drive.hosts.documents.docs.get(this.entry.id);
      if (doc) doc.name = String(name);
    } else if (this.entry.mimeType === MimeType.GOOGLE_SHEETS) this.drive.hosts.renameSpreadsheet(this.entry.id, name);
    else this.entry.name = String(name);
    return this;
  }
  makeCopy(name?: string, destination?: EmuFolder): EmuFile {
    if (this.entry.mimeType !== MimeType.GOOGLE_DOCS)
      throw new GasError("The emulator copies Google Docs only (makeCopy of another kind of file).");
    const copyName = name ?? `Копия ${this.getName()}`;
    const id = this.drive.hosts.documents.copy(this.entry.id, copyName);
    const entry = this.drive.lookup(id)!;
    entry.parent = destination ? destination.getId() : this.entry.parent;
    return new EmuFile(entry, this.drive, this.ctx);
  }
}

export class EmuDriveApp {
  readonly MimeType = MimeType;
  constructor(
    private readonly drive: DriveRegistry,
    private readonly ctx: CallContext,
  ) {
    counted(this, "DriveApp", ctx);
  }
  private entry(id: string, folder: boolean): DriveEntry {
    const entry = this.drive.lookup(String(id));
    if (!entry || (entry.mimeType === MimeType.FOLDER) !== folder) throw new GasError(NOT_FOUND);
    return entry;
  }
  getFileById(id: string): EmuFile {
    return new EmuFile(this.entry(id, false), this.drive, this.ctx);
  }
  getFolderById(id: string): EmuFolder {
    return new EmuFolder(this.entry(id, true), this.drive, this.ctx);
  }
  getRootFolder(): EmuFolder {
    return new EmuFolder(this.entry(ROOT_ID, true), this.drive, this.ctx);
  }
  createFolder(name: string): EmuFolder {
    return new EmuFolder(this.drive.folder(name, ROOT_ID), this.drive, this.ctx);
  }
  getFoldersByName(name: string): EmuIterator<EmuFolder> {
    const folders = [...this.drive.entries.values()].filter(
      (e) => e.mimeType === MimeType.FOLDER && !e.trashed && this.drive.nameOf(e) === name,
    );
    return new EmuIterator(
      folders.map((e) => new EmuFolder(e, this.drive, this.ctx)),
      "FolderIterator",
      this.ctx,
    );
  }
}
