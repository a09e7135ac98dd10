/**
 * Rejected rows: each problem with its file, row, column and message in the chosen
 * language, on stderr (one line each) or, with `--rejected FILE`, as CSV rows.
 */
import type { InputIssue, LocalizedText } from 'kerja-dinamis';
import type { FileTarget, Sink } from './io';
import type { Source } from './input';
import { csvLine } from './output';
import { columnOf, type Template } from './templates';
import type { CliText, Lang } from './text';

/** One problem of one row. */
export interface RowProblem {
  /** The file, as given on the command line. */
  readonly file: string;
  /** How the file was read: CSV rows, sheet rows, JSON array records or JSON lines. */
  readonly kind: Source['kind'];
  /** Row number (CSV: header = 1; a sheet's own numbers), record number (JSON array) or line (JSON lines). */
  readonly row: number;
  /** The CSV or sheet column, or the JSON path, the problem is about; absent for the whole row. */
  readonly column?: string;
  /** The row's NIP as written, when it has one. */
  readonly nip?: string;
  /** A stable code. */
  readonly code: string;
  /** The message in both languages. */
  readonly message: LocalizedText;
}

/** The column an issue path points to: the template's CSV or sheet column, or the JSON path. */
export function columnFor(kind: Source['kind'], template: Template, path: readonly (string | number)[]): string | undefined {
  if (kind === 'csv' || kind === 'xlsx') return columnOf(template, path);
  return path.length === 0 ? undefined : path.join('.');
}

/** The problems of one row from library or cell issues. */
export function problemsOf(
  source: Pick<Source, 'display' | 'kind'>,
  template: Template,
  row: number,
  nip: string | undefined,
  issues: readonly InputIssue[],
): RowProblem[] {
  return issues.map((issue) => {
    const column = columnFor(source.kind, template, issue.path);
    const base = { file: source.display, kind: source.kind, row, code: issue.code, message: issue.message };
    return { ...base, ...(column === undefined ? {} : { column }), ...(nip === undefined ? {} : { nip }) };
  });
}

/** Collects problems and writes them as they come. */
export class ProblemLog {
  /** Problems written so far. */
  count = 0;
  /** Rows with at least one problem. */
  rows = 0;
  private header = false;

  /**
   * @param stderr - Where problem lines go without a file.
   * @param t - The words of the language.
   * @param lang - The language of messages.
   * @param file - The `--rejected` CSV file, if any.
   * @param delimiter - The CSV delimiter of that file.
   */
  constructor(
    private readonly stderr: Sink,
    private readonly t: CliText,
    private readonly lang: Lang,
    private readonly file: FileTarget | undefined,
    private readonly delimiter: string,
  ) {}

  /** Writes the problems of one row (and counts the row once). */
  async add(problems: readonly RowProblem[]): Promise<void> {
    if (problems.length === 0) return;
    this.rows++;
    for (const p of problems) {
      this.count++;
      const message = p.message[this.lang];
      if (this.file === undefined) {
        const where = p.kind === 'json' ? this.t.recordAt(p.file, p.row, p.column) : this.t.rowAt(p.file, p.row, p.column);
        await this.stderr.write(`${where}: ${message}\n`);
      } else {
        const c = this.t.columns;
        let text = '';
        if (!this.header) {
          this.header = true;
          text += csvLine([c.file, c.row, c.nip, c.column, c.code, c.message], this.delimiter);
        }
        text += csvLine([p.file, p.row, p.nip ?? '', p.column ?? '', p.code, message], this.delimiter);
        await this.file.sink.write(text);
      }
    }
  }

  /** Writes the header of an empty `--rejected` file, and closes it. */
  async close(): Promise<void> {
    if (this.file === undefined) return;
    if (!this.header) {
      const c = this.t.columns;
      await this.file.sink.write(csvLine([c.file, c.row, c.nip, c.column, c.code, c.message], this.delimiter));
    }
    await this.file.close();
  }
}
