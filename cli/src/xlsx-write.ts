/**
 * Writing `.xlsx` workbooks with exceljs's streaming writer
 * (`stream.xlsx.WorkbookWriter`): rows are committed as they come, so memory stays
 * bounded whatever the number of rows. Every sheet has a frozen, bold header row with a
 * filter; NIPs and other identifiers are stored as text in Text-formatted columns (18
 * digits do not survive a number); numbers, dates and yes/no are typed.
 */
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import type { CliIo, FileTarget } from './io';
import { openForWriting, spreadsheetSafe } from './output';
import type { CliText } from './text';

/** How a column's cells are stored. */
export type SheetColumnKind = 'text' | 'number' | 'date' | 'boolean' | 'general';

/** A column of a written sheet. */
export interface SheetColumn {
  /** The header. */
  readonly header: string;
  /** How cells are stored: `text` in a Text-formatted column, `date` as a date shown `yyyy-mm-dd`. */
  readonly kind: SheetColumnKind;
  /** Width in characters; from the header when absent. */
  readonly width?: number;
}

/** A value of a written cell: a date as `YYYY-MM-DD`; a formula with its result. */
export type SheetCellValue = string | number | boolean | undefined | { readonly formula: string; readonly result: string | number };

/** A cell with a fill colour (`#rrggbb`). */
export interface FilledCell {
  /** The value. */
  readonly value: SheetCellValue;
  /** The fill, `#rrggbb`. */
  readonly fill?: string;
  /** Bold text. */
  readonly bold?: boolean;
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Sheet names for a list of wished names (unit ids): Excel's forbidden characters
 * `[ ] : * ? / \` replaced by `_`, apostrophes trimmed from both ends (Excel refuses
 * them there), at most 31 characters, and unique without regard to case — a repeat gets
 * ` (2)`, ` (3)`… within the 31 characters. `taken` holds names already used (the index).
 *
 * @example
 * sheetNames(['bidang/umum', 'Bidang:Umum'], ['Ringkasan']) //=> ['bidang_umum', 'Bidang_Umum (2)']
 */
export function sheetNames(wished: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return wished.map((name) => {
    let base = cut(name.replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim(), MAX_SHEET_NAME);
    // Excel keeps "History" for itself, and a sheet needs a name.
    if (base === '') base = 'unit';
    if (base.toLowerCase() === 'history') base = `${base}_`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, '')}${suffix}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Text cut to at most `length` UTF-16 units without splitting a character. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > length) break;
    out += ch;
  }
  return out.trimEnd();
}

/** `#rrggbb` → exceljs's ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A date `YYYY-MM-DD` as the JavaScript date exceljs stores as that day's serial (UTC, whatever the host's time zone). */
function utcDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

/** A sheet being written. */
export class SheetWriter {
  private count = 0;

  /** @internal */
  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly columns: readonly SheetColumn[],
  ) {}

  /**
   * Adds and commits one row. Cells follow the columns' kinds: a `date` column's text
   * `YYYY-MM-DD` becomes a date, a `text` column's value stays text. Yields to the event
   * loop every 1,024 rows so that the archive is written out as rows come.
   */
  async addRow(values: readonly (SheetCellValue | FilledCell)[]): Promise<void> {
    const row = this.sheet.addRow(values.map((v, i) => this.valueOf(isFilled(v) ? v.value : v, this.columns[i]?.kind ?? 'general')));
    values.forEach((v, i) => {
      if (!isFilled(v)) return;
      const cell = row.getCell(i + 1);
      if (v.fill !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(v.fill) } };
      if (v.bold === true) cell.font = { bold: true };
    });
    row.commit();
    if ((++this.count & 1023) === 0) await new Promise((done) => setImmediate(done));
  }

  private valueOf(value: SheetCellValue, kind: SheetColumnKind): ExcelJS.CellValue {
    if (value === undefined) return null;
    if (typeof value === 'object') return { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
    if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return utcDate(value);
    // A text cell is stored as text, which Excel does not evaluate — until someone edits the
    // cell and presses Enter; so text that would start a formula gets a leading ' (OWASP).
    if (kind === 'text' || typeof value === 'string') return spreadsheetSafe(String(value));
    return value;
  }

  /** Ends the sheet. */
  commit(): void {
    this.sheet.commit();
  }
}

const isFilled = (v: SheetCellValue | FilledCell): v is FilledCell => typeof v === 'object' && v !== null && 'value' in v;

/** Options of a sheet. */
export interface SheetOptions {
  /** Columns kept in view when scrolling right (besides the header row, always frozen). */
  readonly frozenColumns?: number;
  /** Whether to add a filter to the header row (default yes). */
  readonly filter?: boolean;
}

/**
 * A workbook being written to a file. The archive goes through the command line's
 * output file ({@link openForWriting}): written to a temporary file and renamed on
 * {@link WorkbookWriter.close}, so a failed run leaves any earlier workbook as it was.
 */
export class WorkbookWriter {
  private constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly stream: Writable,
    private readonly target: FileTarget,
  ) {}

  /**
   * Opens `--out` for a workbook.
   *
   * @throws {@link CliFailure} when the file cannot be created.
   */
  static async open(io: CliIo, t: CliText, file: string): Promise<WorkbookWriter> {
    const target = await openForWriting(io, t, file);
    // exceljs writes its archive to a Node stream; each chunk goes to the output file in order.
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done): void {
        target.writeBytes(chunk).then(() => done(), done);
      },
    });
    const ExcelJS = await loadExcelJS();
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    book.creator = 'kerja-dinamis';
    return new WorkbookWriter(book, stream, target);
  }

  /** Adds a sheet with a frozen, bold header row. */
  async addSheet(name: string, columns: readonly SheetColumn[], options: SheetOptions = {}): Promise<SheetWriter> {
    const frozen = options.frozenColumns ?? 0;
    const sheet = this.book.addWorksheet(name, { views: [frozen > 0 ? { state: 'frozen', ySplit: 1, xSplit: frozen } : { state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      width: c.width ?? Math.min(Math.max(c.header.length + 2, 10), 40),
      ...(c.kind === 'text' ? { style: { numFmt: '@' } } : c.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    if (options.filter !== false && columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const writer = new SheetWriter(sheet, columns);
    await writer.addRow(columns.map((c) => ({ value: c.header, bold: true })));
    return writer;
  }

  /**
   * Writes the workbook's remaining parts, waits until every byte reached the output
   * file, and puts the file in place.
   *
   * @throws {@link OutputWriteError} when the file could not be written (exit 2).
   */
  async close(): Promise<void> {
    const finished = new Promise<void>((done, fail) => {
      this.stream.once('finish', done);
      this.stream.once('error', fail);
    });
    await Promise.all([this.book.commit(), finished]);
    await this.target.close();
  }
}

/** A `HYPERLINK` formula to cell A1 of a sheet of the same workbook, with the text it shows as its saved result. */
export function sheetLink(sheet: string, text: string): { formula: string; result: string } {
  const target = `#'${sheet.replaceAll("'", "''")}'!A1`;
  return { formula: `HYPERLINK("${target.replaceAll('"', '""')}","${text.replaceAll('"', '""')}")`, result: text };
}
