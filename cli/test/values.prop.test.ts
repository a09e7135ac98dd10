import { it, fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readBoolean, readDate, readNumber } from '../src/values';

const hundredthsArb = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100);

it.prop([hundredthsArb, fc.boolean()])('a number written with a decimal comma or point reads back as itself', (n, comma) => {
  const text = comma ? String(n).replace('.', ',') : String(n);
  const r = readNumber(text);
  expect(r.ok && r.value).toBe(n);
});

it.prop([fc.boolean(), fc.constantFrom(['ya', 'tidak'], ['true', 'false'], ['1', '0'], ['YA', 'TIDAK'])])('a yes/no written in any accepted spelling reads back as itself', (b, words) => {
  const r = readBoolean(b ? words[0]! : words[1]!);
  expect(r.ok && r.value).toBe(b);
});

it.prop([fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })])('a date written day first reads as the same YYYY-MM-DD', (d) => {
  const iso = d.toISOString().slice(0, 10);
  const r = readDate(`${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
  expect(r.ok && r.value).toBe(iso);
});
