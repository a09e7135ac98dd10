/**
 * Employee rows → `EmployeeRecord` inputs, shared by `eligibility` and `roster`: CSV
 * cells through the template, JSON records as they are, the `--performance` months
 * joined by NIP, and a compact count of NIPs to find repeats.
 */
import { validate, type InputIssue } from 'kerja-dinamis';
import { EmployeeRecordSchema } from 'kerja-dinamis';
import { cellAt } from './csv-read';
import type { RawRow, Source } from './input';
import { nipKey, type PerformanceFile } from './performance-file';
import { problemsOf, type RowProblem } from './problems';
import { EMPLOYEE_TEMPLATE, mergeRowIssues, readCell, readRowCells, type CellIssue } from './templates';
import { textOf } from './text';
import { isBlankCell, type Cell } from './values';

/** A row turned into a record (not yet validated), or the problems that stopped it; `undefined` for a blank row. */
export type RowRecord = { readonly ok: true; readonly record: Record<string, unknown> } | { readonly ok: false; readonly problems: RowProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The NIP a raw record names, as written. */
export function nipOf(record: unknown): string | undefined {
  const nip = isObject(record) ? record['nip'] : undefined;
  return typeof nip === 'string' ? nip : undefined;
}

/** Problems of a row from issues of its record (paths relative to the record). */
export function recordProblems(source: Pick<Source, 'display' | 'kind'>, row: number, nip: string | undefined, issues: readonly InputIssue[]): RowProblem[] {
  return problemsOf(source, EMPLOYEE_TEMPLATE, row, nip, issues);
}

function own(source: Pick<Source, 'display' | 'kind'>, row: number, nip: string | undefined, code: string, id: string, en: string, path: (string | number)[] = []): RowProblem[] {
  return recordProblems(source, row, nip, [{ path, code, message: { id, en } }]);
}

/** Turns a raw row into a record: cells read by the template, or the JSON value. A row with cells that cannot be read reports them with the library's issues about the rest of the row. */
export function toRecord(source: Pick<Source, 'display' | 'kind' | 'header' | 'delimiter'>, raw: RawRow): RowRecord | undefined {
  if (raw.cells !== undefined) {
    const read = readRowCells(source, raw);
    if (read === undefined) return undefined;
    if ('shape' in read) return { ok: false, problems: recordProblems(source, raw.row, undefined, [read.shape]) };
    if (read.issues.length > 0) {
      const checked = validate(EmployeeRecordSchema, read.value);
      return { ok: false, problems: recordProblems(source, raw.row, nipOf(read.value), mergeRowIssues(EMPLOYEE_TEMPLATE, read.issues, checked.ok ? [] : checked.issues)) };
    }
    return { ok: true, record: read.value };
  }
  if (raw.problem !== undefined) return { ok: false, problems: own(source, raw.row, undefined, raw.problem.code, raw.problem.message.id, raw.problem.message.en) };
  if (!isObject(raw.value)) return { ok: false, problems: own(source, raw.row, undefined, 'not_an_object', textOf('id').notAnObject, textOf('en').notAnObject) };
  return { ok: true, record: raw.value };
}

/**
 * Joins a NIP's months from a `--performance` file into a record: `performance.months`
 * (months up to a saved state's `lastMonth` are already in that state and are left
 * out), and the file's saved state when the record has none. A state in both is a problem.
 */
export function attachPerformance(
  source: Pick<Source, 'display' | 'kind'>,
  row: number,
  record: Record<string, unknown>,
  performance: PerformanceFile | undefined,
): { ok: true; record: Record<string, unknown> } | { ok: false; problems: RowProblem[] } {
  const nip = nipOf(record);
  if (performance === undefined || nip === undefined) return { ok: true, record };
  const group = performance.groups.get(nipKey(nip));
  if (group === undefined) return { ok: true, record };
  const existing = isObject(record['performance']) ? record['performance'] : {};
  const recordState = isObject(existing['state']) ? existing['state'] : undefined;
  if (recordState !== undefined && group.state !== undefined) {
    // Every problem of the row at once: the record's own issues too.
    const twice: CellIssue = { path: ['performance', 'state'], code: 'state_given_twice', message: { id: textOf('id').stateTwice, en: textOf('en').stateTwice } };
    const checked = validate(EmployeeRecordSchema, record);
    return { ok: false, problems: recordProblems(source, row, nip, mergeRowIssues(EMPLOYEE_TEMPLATE, [twice], checked.ok ? [] : checked.issues)) };
  }
  const state = recordState ?? group.state?.value;
  const lastMonth = isObject(state) && typeof state['lastMonth'] === 'string' ? state['lastMonth'] : undefined;
  const months = group.months
    .filter((m) => lastMonth === undefined || m.input.month > lastMonth)
    .map((m) => {
      const { employeeId: _id, ...month } = m.input;
      return month;
    });
  const performanceValue: Record<string, unknown> = { ...existing };
  if (state !== undefined) performanceValue['state'] = state;
  if (months.length > 0 || existing['months'] !== undefined) performanceValue['months'] = [...(Array.isArray(existing['months']) ? existing['months'] : []), ...months];
  return { ok: true, record: { ...record, performance: performanceValue } };
}

const EMPTY = 0;

/** The arrays of a {@link NipCounter}: plain data, copied as they are to a worker thread. */
export interface NipCounterState {
  readonly hi: Uint32Array<ArrayBuffer>;
  readonly lo: Uint32Array<ArrayBuffer>;
  readonly first: Uint32Array<ArrayBuffer>;
  readonly count: Uint8Array<ArrayBuffer>;
  readonly size: number;
}

/**
 * How often each NIP occurs, with the row of its first occurrence: an 18-digit NIP is
 * two 9-digit numbers in an open-addressing table of typed arrays, 13 bytes a slot and two
 * to four slots a NIP (27 MB for a million; a `Set` of a million strings takes about
 * 100 MB). Other strings are not NIPs (validation rejects them) and are not counted.
 */
export class NipCounter {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private first = new Uint32Array(1024);
  private count = new Uint8Array(1024);
  private size = 0;

  private static split(nip: string): [number, number] | undefined {
    // The usual case, 18 digits as written, without building the key.
    if (nip.length === 18) {
      let hi = 0;
      let lo = 0;
      let i = 0;
      for (; i < 18; i++) {
        const digit = nip.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        if (i < 9) hi = hi * 10 + digit;
        else lo = lo * 10 + digit;
      }
      if (i === 18) return [hi + 1, lo];
    }
    const key = nipKey(nip);
    if (key.length !== 18 || !/^\d{18}$/.test(key)) return undefined;
    return [Number(key.slice(0, 9)) + 1, Number(key.slice(9))];
  }

  private slot(hi: number, lo: number, table: Uint32Array): number {
    const mask = table.length - 1;
    let i = (Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    while (table[i] !== EMPTY && (table[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, first, count } = this;
    const n = hi.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.count = new Uint8Array(n);
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === EMPTY) continue;
      const j = this.slot(hi[i]!, lo[i]!, this.hi);
      this.hi[j] = hi[i]!;
      this.lo[j] = lo[i]!;
      this.first[j] = first[i]!;
      this.count[j] = count[i]!;
    }
  }

  /** The table's arrays, to give the counts to a worker thread ({@link NipCounter.fromState}). */
  state(): NipCounterState {
    return { hi: this.hi, lo: this.lo, first: this.first, count: this.count, size: this.size };
  }

  /** A counter with the counts of {@link NipCounter.state} (copied to a worker thread). */
  static fromState(state: NipCounterState): NipCounter {
    const counter = new NipCounter();
    counter.hi = state.hi;
    counter.lo = state.lo;
    counter.first = state.first;
    counter.count = state.count;
    counter.size = state.size;
    return counter;
  }

  /** Counts one occurrence of a NIP in a row. */
  add(nip: string, row: number): void {
    const parts = NipCounter.split(nip);
    if (parts === undefined) return;
    if ((this.size + 1) * 2 > this.hi.length) this.grow();
    const [hi, lo] = parts;
    const i = this.slot(hi, lo, this.hi);
    if (this.hi[i] === EMPTY) {
      this.hi[i] = hi;
      this.lo[i] = lo;
      this.first[i] = row;
      this.size++;
    }
    if (this.count[i]! < 255) this.count[i]!++;
  }

  /** How often a NIP occurred and where first; `undefined` if never (or not a NIP). */
  get(nip: string): { count: number; firstRow: number } | undefined {
    const parts = NipCounter.split(nip);
    if (parts === undefined) return undefined;
    const i = this.slot(parts[0], parts[1], this.hi);
    return this.hi[i] === EMPTY ? undefined : { count: this.count[i]!, firstRow: this.first[i]! };
  }
}

/** A row read as its text (a source opened with `keepLines`) cut into its cells; any other row as it is. */
export function withCells(source: Pick<Source, 'delimiter'>, raw: RawRow): RawRow {
  return raw.line === undefined ? raw : { row: raw.row, cells: raw.line.split(source.delimiter!) };
}

/** The cell of a template column in a row of cells or a row kept as its text; `undefined` without one. */
function cellOf(source: Pick<Source, 'header' | 'delimiter'>, raw: RawRow, name: string): Cell | undefined {
  const column = source.header?.columns.findIndex((c) => c?.name === name) ?? -1;
  if (column === -1) return undefined;
  return raw.line !== undefined ? cellAt(raw.line, source.delimiter!, column) : raw.cells?.[column];
}

/** The NIP a raw row names as written (a sheet's number cell is no NIP), for counting repeats. */
export function rawNip(source: Pick<Source, 'header' | 'delimiter'>, raw: RawRow): string | undefined {
  if (raw.cells === undefined && raw.line === undefined) return nipOf(raw.value);
  const cell = cellOf(source, raw, 'nip');
  return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : undefined;
}

/**
 * The unit id a row's record will name, read from its `unit` cell alone as {@link toRecord}
 * reads it (so that rows can be grouped by unit before their other cells are read);
 * `undefined` when the cell is empty or cannot be read. A JSON record's `unitId` as it is.
 */
export function rawUnitId(source: Pick<Source, 'header' | 'delimiter'>, raw: RawRow): unknown {
  if (raw.cells === undefined && raw.line === undefined) return isObject(raw.value) ? raw.value['unitId'] : undefined;
  const cell = cellOf(source, raw, 'unit');
  const column = EMPLOYEE_TEMPLATE.columns.find((c) => c.name === 'unit')!;
  if (isBlankCell(cell)) return undefined;
  const read = readCell(column, cell!);
  return read.ok ? read.value : undefined;
}

/** The problem of a repeated NIP. */
export function duplicateProblem(source: Pick<Source, 'display' | 'kind'>, row: number, nip: string, firstRow: number): RowProblem[] {
  return own(source, row, nip, 'duplicate_nip', textOf('id').duplicateNip(nip, firstRow), textOf('en').duplicateNip(nip, firstRow), ['nip']);
}
