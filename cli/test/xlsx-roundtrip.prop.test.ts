import { join } from 'node:path';
import { it } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { spreadsheetSafe } from '../src/output';
import { textOf } from '../src/text';
import { excelSerialToIsoDate, type Cell } from '../src/values';
import { SheetParser, type ParsedRow } from '../src/xlsx-parse';
import { openSheet, type SheetRow } from '../src/xlsx-read';
import { WorkbookWriter, type FilledCell, type SheetCellValue, type SheetColumn, type SheetColumnKind } from '../src/xlsx-write';
import { tempDir } from './_run';

// The writer (xlsx-write.ts, zip-write.ts) and the reader (xlsx-read.ts, xlsx-parse.ts)
// against each other, on cells of every kind the commands write.

const dir = tempDir();
const io = { stdout: { write: (): void => {} }, stderr: { write: (): void => {} }, stderrIsTTY: false, cwd: dir, now: () => new Date('2026-02-02T03:00:00Z') };

/** Text with XML's specials, characters XML cannot hold, formula starts, line ends and non-ASCII. */
const textArb = fc.string({ unit: fc.constantFrom(...Array.from('ab Z&<>"\'=+-@\t\r\n\u0001\u001f\u007fÉ漢😀')), maxLength: 12 });
const dateArb = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const numberArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const valueArb: fc.Arbitrary<SheetCellValue> = fc.oneof(
  textArb,
  numberArb,
  fc.boolean(),
  dateArb,
  fc.constant(undefined),
  fc.record({ formula: fc.constant('A1&"x"'), result: fc.oneof(textArb, numberArb) }),
);
const cellArb: fc.Arbitrary<SheetCellValue | FilledCell> = fc.oneof({ weight: 4, arbitrary: valueArb }, { weight: 1, arbitrary: fc.record({ value: valueArb, fill: fc.constantFrom('#dbeafe', '#fca5a5'), bold: fc.boolean() }) });
const kindArb = fc.constantFrom<SheetColumnKind>('text', 'number', 'date', 'boolean', 'general');

/** What the reader gives for a value written in a column of `kind`. */
function expected(value: SheetCellValue, kind: SheetColumnKind): Cell {
  if (value === undefined) return '';
  if (typeof value === 'object') {
    if (typeof value.result !== 'number') return dropped(value.result);
    // A number in a date column is shown, and read, as a date.
    if (kind !== 'date') return { type: 'number', value: value.result };
    const date = excelSerialToIsoDate(value.result);
    return date === undefined ? { type: 'unreadable' } : { type: 'date', date };
  }
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { type: 'date', date: value };
  if (kind === 'text' || typeof value === 'string') return dropped(spreadsheetSafe(String(value)));
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (kind !== 'date') return { type: 'number', value };
  const date = new Date(Math.round((value - 25_569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? { type: 'unreadable' } : { type: 'date', date: date.toISOString().slice(0, 10) };
}

/** Text without the characters XML cannot hold. */
const dropped = (text: string): string => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '');

/** The cells of a row as the reader gives them: gaps `''`, nothing after the last value. */
function trimmed(cells: Cell[]): Cell[] {
  const out = [...cells];
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
}

it.prop([fc.array(kindArb, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 20 })])(
  'a sheet written by WorkbookWriter reads back as the cells it was given',
  async (kinds, rows) => {
    const columns: SheetColumn[] = kinds.map((kind, i) => ({ header: `kolom_${i + 1}`, kind }));
    const file = join(dir, 'roundtrip.xlsx');
    const book = await WorkbookWriter.open(io, textOf('en'), file);
    const sheet = await book.addSheet('Data & <hasil>', columns, { frozenColumns: 1 });
    for (const row of rows) await sheet.addRow(row);
    sheet.commit();
    await book.close();

    const opened = await openSheet(file, 'roundtrip.xlsx', undefined);
    expect(opened.name).toBe('Data & <hasil>');
    expect(opened.header).toEqual(columns.map((c) => c.header));
    expect(opened.headerRow).toBe(1);
    const read: SheetRow[] = [];
    for await (const r of opened.rows) read.push(r);
    // Rows are numbered from 2 (after the header); a row with no value is not written.
    const want = rows.map((row, i) => ({ row: i + 2, cells: trimmed(row.map((v, c) => expected(typeof v === 'object' && v !== null && 'value' in v ? v.value : v, kinds[c] ?? 'general'))) }));
    expect(read.filter((r) => r.cells.length > 0)).toEqual(want.filter((r) => r.cells.length > 0));
  },
);

/** A sheet part as the writer makes it, rows of typed cells. */
const partArb = fc.array(fc.array(fc.oneof(textArb, numberArb, fc.boolean()), { maxLength: 5 }), { maxLength: 8 }).map((rows) => {
  const cell = (v: string | number | boolean, ref: string): string =>
    typeof v === 'string'
      ? `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')}</t></is></c>`
      : typeof v === 'boolean'
        ? `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`
        : `<c r="${ref}"><v>${v}</v></c>`;
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, `${String.fromCharCode(65 + c)}${r + 1}`)).join('')}</row>`).join('\n');
  return `<?xml version="1.0"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- x --><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
});

/** The rows of a part fed in the given pieces. */
function parse(pieces: readonly string[]): ParsedRow[] {
  const parser = new SheetParser({ strings: [], dateStyles: [], date1904: false });
  const rows: ParsedRow[] = [];
  for (const piece of pieces) rows.push(...parser.push(piece));
  return [...rows, ...parser.end()];
}

it.prop([partArb, fc.array(fc.nat(), { maxLength: 12 })])('cutting a sheet part into chunks anywhere does not change its rows', (xml, cuts) => {
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at].map((from, i) => xml.slice(from, at[i] ?? xml.length));
  expect(parse(pieces)).toEqual(parse([xml]));
});
