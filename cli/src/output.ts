/**
 * Where results go (the screen or `--out FILE`) and the small pieces of the three
 * formats: fixed-width table cells, CSV lines (quoted as csv-stringify quotes) and JSON.
 */
import { CliFailure, fileErrorLine } from './input';
import { Output, openFile, resolvePath, type CliIo, type FileTarget } from './io';
import type { CliText, Lang } from './text';

/** An open destination for results. */
export interface Target {
  /** Buffered writer. */
  readonly out: Output;
  /** The file, when `--out` was given. */
  readonly file?: string;
  /** Flushes and closes. */
  close(): Promise<void>;
}

/** Opens a file for writing, or fails with one line. */
export async function openForWriting(io: CliIo, t: CliText, file: string): Promise<FileTarget> {
  try {
    return await openFile(io, resolvePath(io, file));
  } catch (error) {
    throw new CliFailure([fileErrorLine(t, file, error, true)]);
  }
}

/** Opens `--out FILE`, or the screen. */
export async function openTarget(io: CliIo, t: CliText, file: string | undefined): Promise<Target> {
  if (file === undefined) {
    const out = new Output(io.stdout);
    return { out, close: async () => void (await out.flush()) };
  }
  const target = await openForWriting(io, t, file);
  const out = new Output(target.sink);
  return {
    out,
    file,
    close: async () => {
      await out.flush();
      await target.close();
    },
  };
}

/** The CSV delimiter of a language: `;` for Bahasa Indonesia (spreadsheets with decimal commas), `,` for English. */
export function csvDelimiter(lang: Lang): string {
  return lang === 'id' ? ';' : ',';
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
 * injection), by UTF-16 code: `=`, `+`, `-`, `@`, tab, carriage return.
 */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/**
 * A text cell made safe to open in a spreadsheet: one that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`, so that Excel and LibreOffice show it as
 * text instead of evaluating `=HYPERLINK(…)` or `@SUM(…)` from a name or an id (OWASP's
 * CSV-injection guidance). Numbers the program writes are not text cells and stay as
 * they are.
 */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
}

/** Per delimiter, a pattern of the characters that make a CSV cell need quotes. */
const QUOTED = new Map<string, RegExp>();

/** Whether a CSV cell must be quoted: it holds the delimiter, a quote or a line break (csv-stringify's rule). */
function needsQuotes(cell: string, delimiter: string): boolean {
  if (delimiter.length !== 1) return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  let pattern = QUOTED.get(delimiter);
  if (pattern === undefined) QUOTED.set(delimiter, (pattern = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}"\n\r]`)));
  return pattern.test(cell);
}

/**
 * One CSV line (with its newline), text cells made {@link spreadsheetSafe}, quoted where
 * needed as csv-stringify quotes them (a cell holding the delimiter, a quote or a line
 * break is enclosed in quotes, its quotes doubled) — the same bytes, written without
 * csv-stringify's per-call setup, which cost more than the rest of a decision's row.
 */
export function csvLine(values: readonly (string | number)[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += delimiter;
    line += csvCell(values[i]!, delimiter);
  }
  return `${line}\n`;
}

/** One cell of a {@link csvLine}, as written between its delimiters. */
export function csvCell(value: string | number, delimiter: string): string {
  const cell = typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return needsQuotes(cell, delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A UTF-8 byte-order mark, written at the start of CSV files so that spreadsheets read them as UTF-8. */
export const BOM = '\uFEFF';

/** Text cut or padded to a width, with `…` when cut. */
export function fit(text: string, width: number): string {
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, width - 1).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}

/** Text padded on the left to a width. */
export function fitRight(text: string, width: number): string {
  const n = [...text].length;
  return n >= width ? text : ' '.repeat(width - n) + text;
}

/** A month `YYYY-MM` in words: `Februari 2026`. */
export function monthInWords(month: string, t: CliText): string {
  const [y, m] = month.split('-');
  return `${t.monthName[Number(m) - 1] ?? m} ${y}`;
}
