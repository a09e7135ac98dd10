import { fc, it } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect } from 'vitest';
import { CsvTokenizer, type CsvRecord } from '../src/csv-read';
import { quotesAreWellFormed } from '../src/input';
import { csvLine } from '../src/output';

// The command's CSV tokenizer took the place of csv-parse: on any text, fed in pieces of
// any size, it reads the same records as csv-parse with the options the command used.
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ';', '\n', '\r\n', 'é'), maxLength: 60 });

function tokenize(input: string, cuts: readonly number[], keepLines = false): { records: CsvRecord[]; unclosed: boolean } {
  const tokenizer = new CsvTokenizer(';', undefined, keepLines);
  const records: CsvRecord[] = [];
  const at = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of at) {
    tokenizer.push(input.slice(from, cut), false, records);
    from = cut;
  }
  tokenizer.push(input.slice(from), true, records);
  return { records, unclosed: tokenizer.unclosedQuote };
}

function csvParse(input: string): { records: { record: string[]; raw: string }[]; skipped: string[] } {
  const skipped: string[] = [];
  const records = parse(input, { delimiter: ';', relax_column_count: true, relax_quotes: true, raw: true, skip_records_with_error: true, on_skip: (e) => void skipped.push(String((e as { code?: string } | undefined)?.code)) }) as unknown as {
    record: string[];
    raw: string;
  }[];
  return { records, skipped };
}

describe('CsvTokenizer', () => {
  it.prop([text, fc.array(fc.nat(), { maxLength: 4 })])('invariant: where quotes are well formed, the records are csv-parse\'s, however the text is cut', (input, cuts) => {
    const expected = csvParse(input);
    const actual = tokenize(input, cuts);
    // Only texts whose every record is well formed: a row with a stray quote is rejected whatever its cells.
    fc.pre(expected.skipped.length === 0 && !actual.unclosed && expected.records.every((r) => !r.raw.includes('"') || quotesAreWellFormed(r.raw, ';')));
    expect(actual.records.map((r) => r.cells)).toEqual(expected.records.map((r) => r.record));
  });

  it.prop([text, fc.array(fc.nat(), { maxLength: 4 })])('invariant: the cut of the text into pieces does not change the records', (input, cuts) => {
    expect(tokenize(input, cuts)).toEqual(tokenize(input, []));
  });

  it.prop([text, fc.array(fc.nat(), { maxLength: 4 })])('invariant: keeping lines (for worker threads), a record without a quote is its line, which cut at the delimiter gives the same cells; the others are unchanged', (input, cuts) => {
    const cut = tokenize(input, cuts);
    const kept = tokenize(input, cuts, true);
    expect(kept.unclosed).toBe(cut.unclosed);
    expect(kept.records.map((r) => (r.line === undefined ? r : { cells: r.line.split(';') }))).toEqual(cut.records);
    for (const r of kept.records) if (r.line !== undefined) expect(r.line.includes('"')).toBe(false);
  });

  it.prop([text])('invariant: a record csv-parse skips for an open quote is a quote the tokenizer finds open', (input) => {
    const expected = csvParse(input);
    expect(tokenize(input, []).unclosed).toBe(expected.skipped.includes('CSV_QUOTE_NOT_CLOSED'));
  });

  it('reads a quoted cell over two lines, doubled quotes, a blank line and a last line without a line break', () => {
    const { records } = tokenize('a;"b\n""c""";d\n\ne;f', [3, 9]);
    expect(records.map((r) => r.cells)).toEqual([['a', 'b\n"c"', 'd'], [''], ['e', 'f']]);
  });
});

describe('csvLine', () => {
  const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', ' ', '"', ';', ',', '\n', '\r', '=', '-', 'é'), maxLength: 8 }), fc.integer());
  it.prop([fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom(';', ',')])('invariant: the line is csv-stringify\'s, byte for byte', (values, delimiter) => {
    const safe = values.map((v) => (typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v));
    expect(csvLine(values, delimiter)).toBe(stringify([safe], { delimiter }));
  });
});
