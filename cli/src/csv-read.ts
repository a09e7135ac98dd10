/**
 * A CSV tokenizer for the command's input files, in place of csv-parse (which read
 * 100,000 rows in about 0.7 s a pass; this reads them in about a tenth of that). It keeps
 * the reading rules the command had with csv-parse (`relax_quotes`,
 * `relax_column_count`, `skip_records_with_error`):
 *
 * - the record delimiter is the first line break of the file: `\r\n`, `\n` or `\r`;
 * - a cell that begins with `"` is quoted: it runs to the next `"` not doubled, and may
 *   hold delimiters and line breaks; `""` inside it is one `"`;
 * - any other quote (inside an unquoted cell, or text after a closing quote) is kept as
 *   text, and the record carries its raw text so that the reader rejects the row
 *   (`quotesAreWellFormed`), as before;
 * - a blank line is a record of one empty cell; a last line break ends the last record;
 * - a quote still open at the end of the file is a record that cannot be read
 *   (`CSV_QUOTE_NOT_CLOSED`): reading stops there, as csv-parse did.
 *
 * Most rows hold no quote at all: such a row is found with one `indexOf` and cut with
 * `split`, without looking at each character.
 */

/** One record: its cells, and its raw text when it holds a quote (to be checked). */
export interface CsvRecord {
  /** The cells (none when only one column is read and the record holds no quote). */
  readonly cells: string[];
  readonly raw?: string;
  /** The cell of the one column read, when the tokenizer reads one column. */
  readonly cell?: string;
  /** A line without a quote, its cells not cut (a tokenizer that keeps lines: they are cut on a worker thread). */
  readonly line?: string;
}

const NO_CELLS: string[] = [];

/** The cell at `column` of a line that holds no quote; `undefined` when the line is shorter. */
export function cellAt(line: string, d: string, column: number): string | undefined {
  let start = 0;
  for (let c = 0; c < column; c++) {
    const next = line.indexOf(d, start);
    if (next === -1) return undefined;
    start = next + d.length;
  }
  const end = line.indexOf(d, start);
  return end === -1 ? line.slice(start) : line.slice(start, end);
}

/** Where a tokenizer that is fed text in pieces stands. */
export class CsvTokenizer {
  private text = '';
  private recordDelimiter: string | undefined;
  /** Set when a quote was left open at the end of the input. */
  unclosedQuote = false;

  /**
   * @param delimiter - The cell delimiter.
   * @param column - Read only this column: records of lines without a quote carry `cell`
   *   and no `cells` (a first pass that needs one column builds no other string).
   * @param keepLines - Records of lines without a quote carry the `line` and no `cells`:
   *   `line.split(delimiter)` gives the cells (`eligibility`'s worker threads cut them).
   */
  constructor(
    private readonly delimiter: string,
    private readonly column?: number,
    private readonly keepLines = false,
  ) {}

  /**
   * Adds text and returns the records it completes; `last` says the input ends here (the
   * text left over is then the last record).
   */
  push(chunk: string, last: boolean, out: CsvRecord[] = []): CsvRecord[] {
    let text = this.text.length === 0 ? chunk : this.text + chunk;
    if (this.recordDelimiter === undefined) {
      const rd = detectRecordDelimiter(text, last, this.delimiter);
      if (rd === undefined) {
        this.text = text;
        if (last && text.length > 0) this.tokenize(text, '\n', true, out);
        return out;
      }
      this.recordDelimiter = rd;
    }
    const consumed = this.tokenize(text, this.recordDelimiter, last, out);
    text = consumed === text.length ? '' : text.slice(consumed);
    this.text = text;
    return out;
  }

  /** Reads the records of `text` that are complete; returns how much of the text they took. */
  private tokenize(text: string, rd: string, last: boolean, out: CsvRecord[]): number {
    const d = this.delimiter;
    // One native split into lines; the last piece is unfinished unless the input ends here
    // (and then an empty last piece is only the final line break).
    const lines = text.split(rd);
    let complete = last ? lines.length : lines.length - 1;
    if (last && lines[lines.length - 1] === '') complete--;
    let consumed = 0;
    for (let i = 0; i < complete; i++) {
      const line = lines[i]!;
      if (line.indexOf('"') === -1) {
        if (this.keepLines) out.push({ cells: NO_CELLS, line });
        else if (this.column === undefined) out.push({ cells: line.split(d) });
        else {
          const cell = cellAt(line, d, this.column);
          out.push(cell === undefined ? { cells: NO_CELLS } : { cells: NO_CELLS, cell });
        }
        consumed += line.length + rd.length;
        continue;
      }
      // A line with a quote: a quoted cell may go on over the next lines.
      let record = line;
      let j = i;
      for (;;) {
        const cells = quotedCells(record, d);
        if (cells !== undefined) {
          const cell = this.column === undefined ? undefined : cells[this.column];
          out.push(cell === undefined ? { cells, raw: record } : { cells, raw: record, cell });
          consumed += record.length + rd.length;
          i = j;
          break;
        }
        if (++j >= lines.length || (j >= complete && !last)) {
          if (!last) return consumed;
          // A quote left open to the end of the input.
          this.unclosedQuote = true;
          return text.length;
        }
        record += rd + lines[j]!;
      }
    }
    return Math.min(consumed, text.length);
  }
}

/** The record delimiter: the first line break of the text; `undefined` when none has been seen yet. */
function detectRecordDelimiter(text: string, last: boolean, d: string): string | undefined {
  // A quote opens a quoted cell only at the start of a cell (elsewhere it is text).
  let inQuotes = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (i + 1 === text.length && !last) return undefined;
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 34 && cellStart) {
      inQuotes = true;
      cellStart = false;
    } else if (c === 10) return '\n';
    else if (c === 13) {
      if (i + 1 < text.length) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      return last ? '\r' : undefined;
    } else cellStart = text.startsWith(d, i);
  }
  return undefined;
}

/**
 * The cells of one record that holds a quote (its text without the record delimiter);
 * `undefined` when the text ends inside a quoted cell (the record goes on over the next line).
 */
function quotedCells(text: string, d: string): string[] | undefined {
  const n = text.length;
  const cells: string[] = [];
  let pos = 0;
  for (;;) {
    let cell: string;
    if (text.charCodeAt(pos) === 34) {
      // A quoted cell: up to the next quote that is not doubled.
      let value = '';
      let from = pos + 1;
      let close: number;
      for (;;) {
        close = text.indexOf('"', from);
        if (close === -1) return undefined;
        if (text.charCodeAt(close + 1) === 34) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        break;
      }
      value += text.slice(from, close);
      const after = close + 1;
      if (after === n || text.startsWith(d, after)) {
        cell = value;
        pos = after;
      } else {
        // Text after the closing quote: the cell is kept as written, and the row is rejected by its raw text.
        const stop = text.indexOf(d, after);
        const cellEnd = stop === -1 ? n : stop;
        cell = text.slice(pos, cellEnd);
        pos = cellEnd;
      }
    } else {
      const stop = text.indexOf(d, pos);
      const cellEnd = stop === -1 ? n : stop;
      cell = text.slice(pos, cellEnd);
      pos = cellEnd;
    }
    cells.push(cell);
    if (pos >= n) return cells;
    pos += d.length;
    if (pos === n) {
      cells.push('');
      return cells;
    }
  }
}
