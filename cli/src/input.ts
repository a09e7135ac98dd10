/**
 * Reading input files: CSV (comma, semicolon or tab, found from the header row; BOM;
 * quoted fields) streamed through the tokenizer of csv-read.ts, `.xlsx` workbooks (one sheet, streamed
 * through the parsers of xlsx-parse.ts, see xlsx-read.ts), JSON arrays, and JSON lines. The format is told by
 * the content. Rows are numbered as a spreadsheet shows them: the header is row 1 (in a
 * workbook, the row it is in).
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { LocalizedText } from 'kerja-dinamis';
import { CsvTokenizer, type CsvRecord } from './csv-read';
import { resolvePath, type CliIo } from './io';
import { OLE_MAGIC, classifyOleFile } from './ole';
import { sheetTextOf, type SheetText } from './sheet-text';
import { mapHeader, suggestColumn, type CellIssue, type HeaderMap, type Template } from './templates';
import { textOf, type CliText, type Lang } from './text';
import type { Cell } from './values';
import { WorkbookFailure, ZIP_MAGIC, openSheet, type OpenedSheet, type SheetRow } from './xlsx-read';

/** A failure that stops the command with exit code 2 and one or more lines on stderr. */
export class CliFailure extends Error {
  /** The lines printed on stderr. */
  readonly lines: readonly string[];

  /** @param lines - What to print, one line each. */
  constructor(lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'CliFailure';
    this.lines = lines;
  }
}

/** One row of input: CSV or sheet cells, or a JSON value, or why the row could not be read. */
export interface RawRow {
  /** Row number as a spreadsheet shows it (CSV, header = 1; a sheet's own numbers), the record's position (JSON array, from 1), or the line (JSON lines). */
  readonly row: number;
  /** CSV cells (text), or a sheet's cells (text or typed values). */
  readonly cells?: readonly Cell[];
  /** Problems the reader found in cells of the row (a sheet's merged cells), by template path. */
  readonly issues?: readonly CellIssue[];
  /**
   * A CSV row without a quote as its text, its cells not yet cut: `line.split(delimiter)`
   * gives them (from a source opened with `keepLines`, whose rows are cut on a worker thread).
   */
  readonly line?: string;
  /** A JSON record. */
  readonly value?: unknown;
  /** Why the row could not be read (a JSON line that does not parse). */
  readonly problem?: { readonly code: string; readonly message: LocalizedText };
}

/** An opened input file. */
export interface Source {
  /** The name shown in messages (as given on the command line). */
  readonly display: string;
  /** `csv`, `xlsx` (one sheet of a workbook), `json` (an array) or `jsonl`. */
  readonly kind: 'csv' | 'xlsx' | 'json' | 'jsonl';
  /** The CSV or sheet header mapped onto the template. */
  readonly header?: HeaderMap;
  /** The CSV delimiter (`undefined` for a sheet and JSON). */
  readonly delimiter?: ';' | ',' | '\t';
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
  /** The rows after the header. */
  readonly rows: AsyncIterable<RawRow>;
  /** For a CSV file: the bytes read so far and the file's size, for the progress line's estimate. */
  readonly progress?: { readonly read: number; readonly total: number };
  /**
   * One column of every row after the header, without building the other cells (a first
   * pass that needs only the NIPs). A CSV file is read again from the start, any number of
   * times; a workbook's sheet is read on from its header, once, and then
   * {@link Source.rows} is used up. A row that cannot be read (a stray quote), is too
   * short, or holds a typed value (a number) there has no cell.
   */
  readonly columnCells?: (column: number) => AsyncIterable<ColumnCell>;
}

/** One row's cell of one column ({@link Source.columnCells}). */
export interface ColumnCell {
  readonly row: number;
  readonly cell: string | undefined;
}

/** One line for a file system error. */
export function fileErrorLine(t: CliText, file: string, error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && !writing) return t.notFound(file);
  if (code === 'EISDIR') return t.isDirectory(file);
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return writing ? t.cannotWrite(file, reason) : t.cannotRead(file, reason);
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

/** The delimiter of a CSV header row: the most frequent of `;`, `,` and tab; `,` when none. */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = ([';', ',', '\t'] as const).map((d) => [d, countOutsideQuotes(headerLine, d)] as const);
  let best: ';' | ',' | '\t' = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

async function readStart(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(START_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What {@link openSource} needs besides the file. */
export interface OpenOptions {
  /** The template CSV files must follow. */
  readonly template: Template;
  /** Unknown columns are ignored (with one warning line) instead of stopping the command. */
  readonly ignoreUnknownColumns: boolean;
  /** Language of the messages. */
  readonly t: CliText;
  /** The language (for the spreadsheet messages). */
  readonly lang?: Lang;
  /** The sheet of a workbook to read (`--sheet`: a name or a number); the first sheet when absent. */
  readonly sheet?: string;
  /** Prints a warning line on stderr. */
  readonly warn: (line: string) => Promise<void>;
  /** CSV rows without a quote come as their text (`RawRow.line`), not cut into cells. */
  readonly keepLines?: boolean;
}

/** How much of a file is read to tell its format and encoding. */
const START_BYTES = 65_536;

/** The text encodings a CSV file may be in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a text file from its first bytes: a byte-order mark says UTF-8 or
 * UTF-16 (LE or BE); without one, text that is valid UTF-8 is UTF-8, and anything else
 * is taken as Windows-1252 — what Excel writes as "CSV (Comma delimited)" on Indonesian
 * and English Windows — which the caller announces. When `start` is only the beginning
 * of the file (`whole` false), a UTF-8 sequence cut at its end is not held against it.
 */
export function detectEncoding(start: Uint8Array, whole = true): TextEncoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8';
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: !whole });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Names of workbook files: a file so named that holds text is refused rather than read as CSV. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.xlsb', '.ods']);

/**
 * Opens an input file and reads its header. The format is told from the content: a ZIP
 * archive (`PK\x03\x04`) is an `.xlsx` workbook; an OLE compound file (`D0 CF 11 E0`)
 * an old `.xls` or a password-protected workbook, both refused with the fix; otherwise a
 * first character `[` is a JSON array, `{` JSON lines, anything else CSV — unless the
 * file is named like a workbook, then it is refused.
 *
 * @throws {@link CliFailure} when the file cannot be read, is empty, is not valid JSON,
 *   is a workbook that cannot be read (see xlsx-read.ts), or its header has unknown
 *   (unless ignored), repeated or missing required columns.
 */
export async function openSource(io: CliIo, file: string, options: OpenOptions): Promise<Source> {
  const { t } = options;
  const s = sheetTextOf(options.lang ?? 'id');
  const path = resolvePath(io, file);
  let bytes: Buffer;
  try {
    bytes = await readStart(path);
  } catch (error) {
    throw new CliFailure([fileErrorLine(t, file, error)]);
  }
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC) || bytes.subarray(0, 4).equals(Buffer.from('PK\x05\x06', 'latin1'))) return openWorkbookSource(path, file, options, s);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    let kind;
    try {
      kind = await classifyOleFile(path);
    } catch (error) {
      throw new CliFailure([fileErrorLine(t, file, error)]);
    }
    throw new CliFailure([kind === 'encrypted' ? s.encryptedWorkbook(file) : kind === 'xls' ? s.oldXls(file) : s.oleNotWorkbook(file, kind === 'unknown')]);
  }
  const encoding = detectEncoding(bytes, bytes.length < START_BYTES);
  if (encoding === 'windows-1252') await options.warn(t.readAsWindows1252(file));
  const content = new TextDecoder(encoding).decode(bytes);
  const first = /\S/.exec(content)?.[0];
  if (first === undefined) throw new CliFailure([t.emptyFile(file)]);
  if (WORKBOOK_EXTENSIONS.has(extname(file).toLowerCase())) throw new CliFailure([s.notWorkbookDespiteName(file)]);
  if (options.sheet !== undefined) throw new CliFailure([s.sheetOnlyForWorkbooks(file)]);
  if ((first === '[' || first === '{') && encoding !== 'utf-8') throw new CliFailure([t.jsonNotUtf8(file)]);
  if (first === '[') return { display: file, kind: 'json', rows: await jsonArrayRows(path, file, t) };
  if (first === '{') return { display: file, kind: 'jsonl', rows: jsonLineRows(path) };

  const newline = content.search(/\r?\n/);
  const delimiter = detectDelimiter(newline === -1 ? content : content.slice(0, newline));
  // Every record is read (blank lines too), so counting them gives the spreadsheet row.
  // A malformed record (a stray quote) is reported as its row's problem; reading goes on.
  const progress = { read: 0, total: 0 };
  const batches = csvRecordBatches(path, encoding, delimiter, progress, undefined, options.keepLines === true);
  let pending: CsvRecord[] = [];
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done === true) throw new CliFailure([t.emptyFile(file)]);
      if (next.value.length === 0) continue;
      pending = next.value;
      break;
    }
  } catch (error) {
    await batches.return(undefined);
    throw new CliFailure([csvFailure(t, file, error, 1)]);
  }
  let header: HeaderMap;
  try {
    header = await checkHeader(file, pending[0]!.line?.split(delimiter) ?? pending[0]!.cells, options);
  } catch (error) {
    await batches.return(undefined);
    throw error;
  }
  const columnCells = (column: number): AsyncIterable<ColumnCell> => csvColumnCells(path, encoding, delimiter, column, file, t);
  return { display: file, kind: 'csv', header, delimiter, rows: csvRows(batches, pending, file, t, delimiter), progress, columnCells };
}

/** Maps a header row onto the template: a repeated column, a missing required one or an unknown one (unless ignored) stops the command. */
async function checkHeader(file: string, cells: readonly string[], options: OpenOptions): Promise<HeaderMap> {
  const { t } = options;
  const header = mapHeader(options.template, cells);
  if (header.duplicate !== undefined) throw new CliFailure([t.duplicateColumn(file, header.duplicate)]);
  if (header.missing.length > 0) throw new CliFailure([t.missingColumns(file, header.missing)]);
  if (header.unknown.length > 0) {
    if (!options.ignoreUnknownColumns) {
      throw new CliFailure([
        t.unknownColumns(
          file,
          header.unknown.map((name) => {
            const suggestion = suggestColumn(options.template, name);
            return suggestion === undefined ? { name } : { name, suggestion };
          }),
        ),
      ]);
    }
    await options.warn(t.unknownColumnsIgnored(file, header.unknown));
  }
  return header;
}

/** Opens one sheet of a workbook as a source; a refused workbook is one line (exit code 2). */
async function openWorkbookSource(path: string, file: string, options: OpenOptions, s: SheetText): Promise<Source> {
  const lang = options.lang ?? 'id';
  let sheet;
  try {
    sheet = await openSheet(path, file, options.sheet);
  } catch (error) {
    if (error instanceof WorkbookFailure) throw new CliFailure([error.lines[lang]]);
    throw new CliFailure([fileErrorLine(options.t, file, error)]);
  }
  const header = await checkHeader(file, sheet.header, options);
  if (!sheet.chosen && sheet.others.length > 0) await options.warn(s.firstSheetRead(file, sheet.name, sheet.others));
  const opened = sheet;
  return { display: file, kind: 'xlsx', header, sheet: sheet.name, rows: sheetRows(sheet.rows, header, lang), columnCells: (column) => sheetColumnCells(opened, column, lang) };
}

/** One column of a sheet's rows (see {@link Source.columnCells}): the text of its cells; a typed value is no text. */
async function* sheetColumnCells(sheet: OpenedSheet, column: number, lang: Lang): AsyncGenerator<ColumnCell> {
  try {
    for await (const r of sheet.columnRows(column)) {
      const cell = r.cells[column];
      yield { row: r.row, cell: typeof cell === 'string' ? cell : undefined };
    }
  } catch (error) {
    if (error instanceof WorkbookFailure) throw new CliFailure([error.lines[lang]]);
    throw error;
  }
}

/** A sheet's rows as raw rows: cells inside merged cells become problems of their columns. */
async function* sheetRows(rows: AsyncIterable<SheetRow>, header: HeaderMap, lang: Lang): AsyncGenerator<RawRow> {
  try {
    for await (const r of rows) {
      if (r.merged === undefined) {
        yield { row: r.row, cells: r.cells };
        continue;
      }
      const issues: CellIssue[] = [];
      for (const { column, range } of r.merged) {
        const c = header.columns[column];
        if (c === undefined) continue;
        issues.push({ path: c.path, code: 'merged_cells', message: { id: sheetTextOf('id').mergedRow(range.ref), en: sheetTextOf('en').mergedRow(range.ref) } });
      }
      yield issues.length === 0 ? { row: r.row, cells: r.cells } : { row: r.row, cells: r.cells, issues };
    }
  } catch (error) {
    if (error instanceof WorkbookFailure) throw new CliFailure([error.lines[lang]]);
    throw error;
  }
}

function csvFailure(t: CliText, file: string, error: unknown, fallbackRow: number): string {
  // The decoder's own refusal (bytes that are not UTF-8) is already a sentence.
  if (error instanceof CliFailure) return error.lines.join('\n');
  if (error instanceof InvalidUtf8) return t.invalidUtf8(file);
  const e = error as { code?: string; records?: number; message?: string };
  const row = typeof e.records === 'number' ? e.records + 1 : fallbackRow;
  return t.csvError(file, row, e.code ?? e.message ?? String(error));
}

/** The plain-language problem of a row that cannot be read as CSV, with the fix. */
function malformedRow(code: string): NonNullable<RawRow['problem']> {
  const quote = code.includes('QUOTE');
  return {
    code: 'csv_malformed_row',
    message: quote
      ? {
          id: `baris ini memuat tanda kutip (") di tengah sel; apit sel itu dengan tanda kutip dan gandakan kutip di dalamnya (""), atau simpan ulang berkas dari lembar kerja (${code})`,
          en: `this row has a quote character (") inside a cell; wrap that cell in quotes and double the quotes inside it (""), or save the file again from the spreadsheet (${code})`,
        }
      : {
          id: `baris ini tidak dapat dibaca sebagai CSV; periksa pemisah kolom dan tanda kutipnya (${code})`,
          en: `this row cannot be read as CSV; check its column separators and quotes (${code})`,
        },
  };
}

/** Marks the end of a file whose last quote was never closed. */
const UNCLOSED: CsvRecord[] = [];

/**
 * The records of a CSV file, a read chunk (1 MiB) at a time, decoded (see {@link decoder})
 * and cut by {@link CsvTokenizer}; `progress.read` counts the bytes read so far of
 * `progress.total`. A quote never closed ends the records with {@link UNCLOSED}.
 */
async function* csvRecordBatches(path: string, encoding: TextEncoding, delimiter: string, progress: { read: number; total: number }, column?: number, keepLines = false): AsyncGenerator<CsvRecord[]> {
  const text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const tokenizer = new CsvTokenizer(delimiter, column, keepLines);
  const buffer = Buffer.allocUnsafe(1 << 20);
  let first = true;
  for (;;) {
    // The file is opened for each chunk: a source given up before its end (a failed run)
    // holds no file open in between.
    const handle = await open(path, 'r');
    let bytesRead: number;
    try {
      if (first) progress.total = (await handle.stat()).size;
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, progress.read));
    } finally {
      await handle.close();
    }
    progress.read += bytesRead;
    const last = bytesRead === 0;
    let chunk: string;
    try {
      chunk = last ? text.decode() : text.decode(buffer.subarray(0, bytesRead), { stream: true });
    } catch {
      throw new InvalidUtf8();
    }
    // The byte-order mark, when the decoder keeps it.
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    if (chunk.length > 0) first = false;
    const records = tokenizer.push(chunk, last);
    if (records.length > 0) yield records;
    if (last) break;
  }
  if (tokenizer.unclosedQuote) yield UNCLOSED;
}

/** Bytes further into a UTF-8 file that are not UTF-8. */
class InvalidUtf8 extends Error {}

/**
 * Whether a row's text follows RFC 4180's quoting: a cell either holds no quote, or is
 * wholly enclosed in quotes with any quote inside doubled. A quote elsewhere (`Dede
 * "Ujang"`, `"Asep"x`) is a stray quote: the row is rejected rather than guessed at.
 */
export function quotesAreWellFormed(raw: string, delimiter: string): boolean {
  const text = raw.replace(/[\r\n]+$/, '');
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return false;
        if (text[q + 1] === '"') {
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i === text.length) return true;
      if (!text.startsWith(delimiter, i)) return false;
      i += delimiter.length;
    } else {
      const end = text.indexOf(delimiter, i);
      const cell = end === -1 ? text.slice(i) : text.slice(i, end);
      if (cell.includes('"')) return false;
      if (end === -1) return true;
      i = end + delimiter.length;
    }
  }
}

async function* csvRows(batches: AsyncGenerator<CsvRecord[]>, first: CsvRecord[], file: string, t: CliText, delimiter: string): AsyncGenerator<RawRow> {
  // The header is row 1; every record after it is a row, blank ones included.
  let row = 1;
  let records = first;
  let i = 1;
  try {
    for (;;) {
      for (; i < records.length; i++) {
        row++;
        const { cells, raw, line } = records[i]!;
        yield line !== undefined ? { row, line } : raw !== undefined && !quotesAreWellFormed(raw, delimiter) ? { row, problem: malformedRow('CSV_STRAY_QUOTE') } : { row, cells };
      }
      let next: IteratorResult<CsvRecord[]>;
      try {
        next = await batches.next();
      } catch (error) {
        throw new CliFailure([csvFailure(t, file, error, row + 1)]);
      }
      if (next.done === true) return;
      if (next.value === UNCLOSED) {
        yield { row: row + 1, problem: malformedRow('CSV_QUOTE_NOT_CLOSED') };
        return;
      }
      records = next.value;
      i = 0;
    }
  } finally {
    // Stopped early (a consumer that breaks off, or a failure): the file is closed now.
    await batches.return(undefined);
  }
}

/** One column of a CSV file's rows (see {@link Source.columnCells}), numbered as {@link csvRows} numbers them. */
async function* csvColumnCells(path: string, encoding: TextEncoding, delimiter: string, column: number, file: string, t: CliText): AsyncGenerator<ColumnCell> {
  const batches = csvRecordBatches(path, encoding, delimiter, { read: 0, total: 0 }, column);
  // Row 0 is the header's record (row 1 once counted).
  let row = 0;
  try {
    for (;;) {
      let next: IteratorResult<CsvRecord[]>;
      try {
        next = await batches.next();
      } catch (error) {
        throw new CliFailure([csvFailure(t, file, error, row + 1)]);
      }
      if (next.done === true || next.value === UNCLOSED) return;
      for (const record of next.value) {
        row++;
        if (row === 1) continue;
        const readable = record.raw === undefined || quotesAreWellFormed(record.raw, delimiter);
        yield { row, cell: readable ? record.cell : undefined };
      }
    }
  } finally {
    await batches.return(undefined);
  }
}

async function jsonArrayRows(path: string, file: string, t: CliText): Promise<AsyncIterable<RawRow>> {
  let data: unknown;
  try {
    data = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof SyntaxError) throw new CliFailure([t.badJson(file, error.message)]);
    throw new CliFailure([fileErrorLine(t, file, error)]);
  }
  if (!Array.isArray(data)) throw new CliFailure([t.notJsonArray(file)]);
  const items = data as unknown[];
  return (async function* () {
    for (let i = 0; i < items.length; i++) yield { row: i + 1, value: items[i] };
  })();
}

async function* jsonLineRows(path: string): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let row = 0;
  for await (const raw of lines) {
    row++;
    const line = row === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let parsed: RawRow;
    try {
      parsed = { row, value: JSON.parse(line) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      parsed = { row, problem: { code: 'invalid_json', message: { id: textOf('id').badJsonLine(reason), en: textOf('en').badJsonLine(reason) } } };
    }
    yield parsed;
  }
}

/** Reads a whole source into memory (roster, warnings and the side files need every row). */
export async function readAll(source: Source): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return rows;
}
