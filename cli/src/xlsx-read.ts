/**
 * Reading one sheet of an `.xlsx` workbook as a stream of rows: the archive's directory
 * is checked first (see `ZIP_LIMITS`), then only the parts needed are inflated by
 * {@link openEntry}, each counted as it streams — workbook and relationships (the sheets
 * in tab order, the date system), the sheet once for its merged cells (they follow the
 * rows), styles (which cell styles show dates), shared strings, and the sheet again for
 * its rows, parsed as its chunks come by the hand-written parsers of xlsx-parse.ts. The
 * merged cells, styles and shared strings of the sheet opened last are kept for a second
 * opening of the same unchanged file (eligibility reads its file twice).
 *
 * Cells come typed: text as strings, numbers, booleans, dates (as `YYYY-MM-DD` of their
 * UTC fields), and a formula as its saved result — formulas are never calculated.
 */
import { stat } from 'node:fs/promises';
import { sheetTextOf, type SheetText } from './sheet-text';
import type { Lang } from './text';
import type { Cell } from './values';
import { SharedStringsParser, SheetParser, decodeXml, parseDateStyles, type ParsedRow, type SheetContext } from './xlsx-parse';
import { ZIP_LIMITS, ZipError, openEntry, openZip, readEntryText, type ZipArchive, type ZipEntry } from './zip';

/** A refused or unreadable workbook: the lines to print (exit code 2). */
export class WorkbookFailure extends Error {
  /** The message in both languages. */
  readonly lines: Readonly<Record<Lang, string>>;

  /** @param pick - The message, from the words of a language. */
  constructor(pick: (t: SheetText) => string) {
    const lines = { id: pick(sheetTextOf('id')), en: pick(sheetTextOf('en')) };
    super(lines.en);
    this.name = 'WorkbookFailure';
    this.lines = lines;
  }
}

/** A rectangle of merged cells, 1-based and inclusive. */
export interface MergedRange {
  /** As written, `B5:B9`. */
  readonly ref: string;
  /** First row. */
  readonly top: number;
  /** First column. */
  readonly left: number;
  /** Last row. */
  readonly bottom: number;
  /** Last column. */
  readonly right: number;
}

/** One data row of a sheet. */
export interface SheetRow {
  /** The row number as the spreadsheet shows it. */
  readonly row: number;
  /** The cells from column A, up to the last one that holds something; gaps are `''`. */
  readonly cells: Cell[];
  /** Cells of this row inside merged cells, other than a merge's top-left one: 0-based column and the merge. */
  readonly merged?: readonly { readonly column: number; readonly range: MergedRange }[];
}

/** A sheet opened for reading. */
export interface OpenedSheet {
  /** The sheet's name. */
  readonly name: string;
  /** The names of the workbook's other sheets, in tab order. */
  readonly others: readonly string[];
  /** Whether the sheet was named by `--sheet` (otherwise it is the first). */
  readonly chosen: boolean;
  /** The header row's cells as text. */
  readonly header: readonly string[];
  /** The header's row number. */
  readonly headerRow: number;
  /** The rows after the header. */
  readonly rows: AsyncIterable<SheetRow>;
  /**
   * The same rows with only the cells of one column (0-based) read, the others left out:
   * a pass that needs one column. Uses up {@link OpenedSheet.rows}.
   */
  columnRows(column: number): AsyncIterable<SheetRow>;
}

/** What a workbook file starts with. */
export const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The merged ranges and the cell context of the sheet opened last, by the file's path,
 * inode, size, change and modification times and the sheet's part: eligibility opens a
 * workbook twice, and the second time need not inflate the sheet once more for its
 * merged cells, nor read the shared strings again. One sheet is kept, no more.
 */
let lastRead: { readonly key: string; readonly merges: readonly MergedRange[]; readonly context: SheetContext } | undefined;

/** At most this many merged ranges in the sheet read. */
const MAX_MERGES = 100_000;

/** The attributes of one XML start tag (names without their namespace prefix). */
function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    const value = decodeXml(m[3] ?? m[4] ?? '');
    out.set(name, value);
    if (!out.has(local)) out.set(local, value);
  }
  return out;
}

/** One sheet listed in the workbook. */
interface ListedSheet {
  readonly name: string;
  /** Path of its part inside the archive, or `undefined` when the relationship is missing. */
  readonly path: string | undefined;
  /** The relationship's type, to tell a worksheet from a chart sheet. */
  readonly type: string;
}

/** The sheets of a workbook in tab order, and its date system. */
async function listSheets(archive: ZipArchive, workbook: ZipEntry): Promise<{ sheets: ListedSheet[]; date1904: boolean }> {
  const xml = await readEntryText(archive, workbook);
  const rels = new Map<string, { target: string; type: string }>();
  const relsEntry = archive.entries.get('xl/_rels/workbook.xml.rels');
  if (relsEntry !== undefined) {
    for (const m of (await readEntryText(archive, relsEntry)).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const a = attributesOf(m[0]);
      const id = a.get('Id');
      if (id !== undefined) rels.set(id, { target: a.get('Target') ?? '', type: a.get('Type') ?? '' });
    }
  }
  const sheets: ListedSheet[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const rel = rels.get(a.get('r:id') ?? a.get('id') ?? '');
    let path: string | undefined;
    if (rel !== undefined) path = rel.target.startsWith('/') ? rel.target.slice(1) : `xl/${rel.target}`;
    sheets.push({ name: a.get('name') ?? '', path, type: rel?.type ?? '' });
  }
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml);
  const date1904 = pr !== null && ['1', 'true'].includes(attributesOf(pr[0]).get('date1904') ?? '');
  return { sheets, date1904 };
}

/** Column letters → 1-based number. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Parses a cell range `B5:C9` (or one cell). */
function parseRange(ref: string): MergedRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (m === null) return undefined;
  const left = columnNumber(m[1]!);
  const top = Number(m[2]);
  const right = m[3] === undefined ? left : columnNumber(m[3]);
  const bottom = m[4] === undefined ? top : Number(m[4]);
  return { ref, top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/**
 * The merged ranges of a sheet. They are written after the sheet's rows, so the part
 * is streamed once before the rows are read (counted like every part), keeping only
 * the `<mergeCell>` tags.
 */
async function scanMerges(archive: ZipArchive, entry: ZipEntry, file: string): Promise<MergedRange[]> {
  const merges: MergedRange[] = [];
  let previous: Buffer | undefined;
  for await (const chunk of await openEntry(archive, entry, ZIP_LIMITS.maxTotalBytes, 'buffer')) {
    const bytes = chunk as Buffer;
    if (previous === undefined) {
      // The parsers know unprefixed elements only: a prefixed sheet would read as empty.
      const prefixed = /<(\w+):worksheet\b/.exec(bytes.toString('latin1', 0, 4096));
      if (prefixed !== null) throw new WorkbookFailure((t) => t.badWorkbook(file, `<${prefixed[1]}:worksheet>: XML namespace prefixes; open the file in a spreadsheet and save it again`));
    }
    // Most chunks hold rows only: they are searched as bytes, never decoded.
    const straddles = previous !== undefined && Buffer.concat([previous.subarray(-16), bytes.subarray(0, 16)]).includes('mergeCell');
    if (!straddles && !bytes.includes('mergeCell')) {
      previous = bytes;
      continue;
    }
    // The end of the previous chunk as well, for a tag cut between the two; a tag that
    // ends there was counted with that chunk. References are ASCII: latin1 reads them.
    const overlap = previous === undefined ? '' : previous.toString('latin1', Math.max(0, previous.length - 4096));
    const text = overlap + bytes.toString('latin1');
    for (const m of text.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
      if (m.index + m[0].length <= overlap.length) continue;
      const range = parseRange(attributesOf(m[0]).get('ref') ?? '');
      if (range === undefined) continue;
      if (merges.length >= MAX_MERGES) throw new WorkbookFailure((t) => t.badWorkbook(file, `> ${MAX_MERGES} merged ranges`));
      merges.push(range);
    }
    previous = bytes;
  }
  return merges;
}

/** A {@link ZipError} as the words of a {@link WorkbookFailure}. */
function zipFailure(file: string, error: ZipError): WorkbookFailure {
  const p = error.problem;
  switch (p.kind) {
    case 'encrypted_entry':
      return new WorkbookFailure((t) => t.encryptedEntry(file));
    case 'unsupported_method':
      return new WorkbookFailure((t) => t.badWorkbook(file, `compression method ${p.method} in ${p.entry}`));
    case 'damaged':
      return new WorkbookFailure((t) => t.badWorkbook(file, p.detail));
    default:
      return new WorkbookFailure((t) => t.archiveRefused(file, p));
  }
}

/** Runs a step, turning archive and parser errors into one clear failure. */
async function guarded<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw asFailure(file, error);
  }
}

/** {@link guarded} for a step that does not wait. */
function guardedSync<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asFailure(file, error);
  }
}

function asFailure(file: string, error: unknown): unknown {
  if (error instanceof WorkbookFailure) return error;
  if (error instanceof ZipError) return zipFailure(file, error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // File system errors keep their own message (the caller names the file).
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return new WorkbookFailure((t) => t.badWorkbook(file, reason));
}

/**
 * Opens one sheet of a workbook: the first in tab order, or the one `--sheet` names (by
 * name, any case, or by its number in tab order). The header is the first row that
 * holds anything; rows are numbered as the spreadsheet shows them.
 *
 * @param path - The file.
 * @param file - The file as named on the command line (for messages).
 * @param sheet - The `--sheet` value, if any.
 * @throws {@link WorkbookFailure} for a file that is not a readable `.xlsx` workbook,
 *   an archive past `ZIP_LIMITS`, a missing sheet, an empty sheet, merged header cells.
 */
export async function openSheet(path: string, file: string, sheet: string | undefined): Promise<OpenedSheet> {
  const archive = await guarded(file, () => openZip(path));
  const workbook = archive.entries.get('xl/workbook.xml');
  if (workbook === undefined) {
    if (archive.entries.has('mimetype') || archive.entries.has('content.xml')) throw new WorkbookFailure((t) => t.odsNotRead(file));
    if (archive.entries.has('xl/workbook.bin')) throw new WorkbookFailure((t) => t.xlsbNotRead(file));
    throw new WorkbookFailure((t) => t.zipNotWorkbook(file));
  }
  const { sheets, date1904 } = await guarded(file, () => listSheets(archive, workbook));
  const names = sheets.map((s) => s.name);
  let index = 0;
  if (sheet !== undefined) {
    index = sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (index === -1 && /^\d+$/.test(sheet) && Number(sheet) >= 1 && Number(sheet) <= sheets.length) index = Number(sheet) - 1;
    if (index === -1) throw new WorkbookFailure((t) => t.sheetNotFound(file, sheet, names));
  }
  const listed = sheets[index];
  if (listed === undefined) throw new WorkbookFailure((t) => t.badWorkbook(file, 'no sheets'));
  if (listed.path !== undefined && !/\/worksheet$/.test(listed.type)) throw new WorkbookFailure((t) => t.notAWorksheet(file, listed.name));
  const entry = listed.path === undefined ? undefined : archive.entries.get(listed.path);
  if (entry === undefined) throw new WorkbookFailure((t) => t.badWorkbook(file, `the part of sheet "${listed.name}" is missing`));
  // A second opening of the same file (eligibility's second pass) reuses what the first read.
  const { size, mtimeMs, ctimeMs, ino } = await guarded(file, () => stat(path));
  const key = JSON.stringify([path, ino, size, mtimeMs, ctimeMs, entry.name, entry.offset, entry.compressedSize]);
  let known = lastRead?.key === key ? lastRead : undefined;
  if (known === undefined) {
    lastRead = undefined;
    const merges = await guarded(file, () => scanMerges(archive, entry, file));
    const part = (name: string): ZipEntry | undefined => archive.entries.get(name);
    const context = await guarded(file, async (): Promise<SheetContext> => {
      const styles = part('xl/styles.xml');
      const dateStyles = styles === undefined ? [] : parseDateStyles(await readEntryText(archive, styles));
      const strings = part('xl/sharedStrings.xml');
      let shared: string[] = [];
      if (strings !== undefined) {
        const parser = new SharedStringsParser();
        for await (const chunk of await openEntry(archive, strings, ZIP_LIMITS.maxPartBytes)) parser.push(chunk as string);
        shared = parser.end();
      }
      return { strings: shared, dateStyles, date1904 };
    });
    known = lastRead = { key, merges, context };
  }
  const { merges, context } = known;
  const sheetStream = await guarded(file, () => openEntry(archive, entry));
  const parser = new SheetParser(context);
  const chunks = sheetStream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let batch: ParsedRow[] = [];
  let at = 0;
  let ended = false;
  /** The next row of the sheet, or `undefined` after the last. */
  const nextRow = async (): Promise<ParsedRow | undefined> => {
    while (at >= batch.length) {
      if (ended) return undefined;
      if (parser.done) {
        // The rest of the part (after </sheetData>) is not read.
        batch = parser.end();
        ended = true;
        sheetStream.destroy();
      } else {
        const chunk = await guarded(file, () => chunks.next());
        if (chunk.done === true) {
          batch = parser.end();
          ended = true;
        } else batch = guardedSync(file, () => parser.push(chunk.value));
      }
      at = 0;
    }
    return batch[at++];
  };

  // The header: the first row holding anything.
  let header: Cell[] | undefined;
  let headerRow = 0;
  for (;;) {
    const r = await nextRow();
    if (r === undefined) break;
    if (r.cells.length > 0) {
      header = r.cells;
      headerRow = r.row;
      break;
    }
  }
  if (header === undefined) {
    sheetStream.destroy();
    throw new WorkbookFailure((t) => t.emptySheet(file, listed.name));
  }
  const inHeader = merges.filter((m) => m.top <= headerRow && headerRow <= m.bottom).map((m) => m.ref);
  if (inHeader.length > 0) {
    sheetStream.destroy();
    throw new WorkbookFailure((t) => t.mergedHeader(file, listed.name, inHeader));
  }
  // A header cell that is not text still names a column (so that it is reported as unknown, never silently dropped).
  const headerText = header.map((c) => {
    if (typeof c === 'string') return c;
    if (c.type === 'number' || c.type === 'boolean') return String(c.value);
    if (c.type === 'date') return c.date;
    if (c.type === 'error') return c.error ?? '#ERROR';
    return c.type === 'formula' ? '=?' : '?';
  });

  const below = merges.filter((m) => m.bottom > headerRow).sort((a, b) => a.top - b.top);
  async function* rows(): AsyncGenerator<SheetRow> {
    let pending = 0;
    let active: MergedRange[] = [];
    try {
      for (;;) {
        const r = await nextRow();
        if (r === undefined) return;
        const number = r.row;
        while (pending < below.length && below[pending]!.top <= number) active.push(below[pending++]!);
        if (active.length > 0) active = active.filter((m) => m.bottom >= number);
        const cells = r.cells;
        if (active.length === 0) {
          yield { row: number, cells };
          continue;
        }
        const merged: { column: number; range: MergedRange }[] = [];
        for (const m of active) {
          for (let c = m.left; c <= m.right; c++) if (number !== m.top || c !== m.left) merged.push({ column: c - 1, range: m });
        }
        yield { row: number, cells, merged };
      }
    } finally {
      sheetStream.destroy();
    }
  }
  const generator = rows();
  const columnRows = (column: number): AsyncIterable<SheetRow> => {
    parser.only = column;
    return generator;
  };
  return { name: listed.name, others: names.filter((_, i) => i !== index), chosen: sheet !== undefined, header: headerText, headerRow, rows: generator, columnRows };
}
