import { join } from 'node:path';
import { it } from '@fast-check/vitest';
import { expect } from 'vitest';
import { assessUnit } from 'kerja-dinamis';
import { jabarMkd2025 } from 'kerja-dinamis';
import { CLI_AS_OF, csvRecordsArb, csvStyleArb } from './arbitraries';
import { toCsv } from './_records';
import { runCli, tempDir, writeFile } from './_run';

const byUnitThenNip = (a: { unitId: string; employeeId: string }, b: { unitId: string; employeeId: string }): number =>
  a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;

const dir = tempDir();

it.prop([csvRecordsArb, csvStyleArb])('records written as CSV give the decisions assessUnit gives for the records', async (records, style) => {
  const file = writeFile(join(dir, 'pegawai.csv'), toCsv(records, style));
  const r = await runCli(['eligibility', file, '--as-of', CLI_AS_OF, '--policy', 'jabar-mkd-2025', '--format', 'json']);
  const direct = assessUnit(records, jabarMkd2025, { asOf: CLI_AS_OF });
  expect(direct.rejected).toEqual([]);
  expect(r.stderr.split('\n').filter((l) => l !== '' && !l.includes('baris dibaca'))).toEqual([]);
  expect(r.code).toBe(0);
  const viaCli = (JSON.parse(r.stdout) as { unitId: string; employeeId: string }[]).sort(byUnitThenNip);
  expect(viaCli).toEqual(JSON.parse(JSON.stringify(direct.results)));
});
