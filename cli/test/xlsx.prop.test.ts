import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { CLI_AS_OF, csvRecordsArb, csvStyleArb } from './arbitraries';
import { toCsv, toXlsx, type SheetStyle } from './_records';
import { runCli, tempDir, writeFile } from './_run';

const sheetStyleArb: fc.Arbitrary<SheetStyle> = fc.record({ typedNumbers: fc.boolean(), typedDates: fc.boolean(), typedBooleans: fc.boolean() });

const dir = tempDir();

it.prop([csvRecordsArb, csvStyleArb, sheetStyleArb])('a workbook gives the decisions of the CSV holding the same records, typed cells or text', async (records, style, sheetStyle) => {
  const csv = writeFile(join(dir, 'pegawai.csv'), toCsv(records, style));
  const book = join(dir, 'pegawai.xlsx');
  writeFileSync(book, await toXlsx(records, style, sheetStyle));
  const args = ['--as-of', CLI_AS_OF, '--policy', 'jabar-mkd-2025', '--format', 'json'];
  const fromCsv = await runCli(['eligibility', csv, ...args]);
  const fromBook = await runCli(['eligibility', book, ...args]);
  expect(fromCsv.code, fromCsv.stderr).toBe(0);
  expect(fromBook.code, fromBook.stderr).toBe(0);
  expect(fromBook.stdout).toBe(fromCsv.stdout);
});
