import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holidaysInYear } from '../../src/calendar/index';
import { SETTLED_YEARS } from './_domain';

// docs/calendar.md lists every date of the settled years; its tables must be the data.
const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'calendar.md'), 'utf8');
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function tableOf(year: number): string[][] {
  const start = doc.indexOf(`\n### ${year}\n`);
  expect(start, `docs/calendar.md has a section ### ${year}`).toBeGreaterThan(0);
  const section = doc.slice(start + 1).split('\n### ')[0]!;
  return section
    .split('\n')
    .filter((line) => /^\| \d{4}-\d\d-\d\d /.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('docs/calendar.md', () => {
  it.each(SETTLED_YEARS)('lists every holiday of %i as the built-in data has it', (year) => {
    const expected = holidaysInYear(year).map((h) => {
      const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
      const day = DAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
      return [h.date, day, h.kind === 'LIBUR_NASIONAL' ? 'LN' : 'CB', h.name.id, h.name.en];
    });
    expect(tableOf(year)).toEqual(expected);
  });
});
