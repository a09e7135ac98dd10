/**
 * Every finding code of the catalogues rendered with representative params, in both
 * languages, against a snapshot a person has read (`__snapshots__/findings.*.txt`, one
 * sentence a line), and against rules any sentence must keep. The codes come from the
 * catalogues themselves, so a new code without params in test/_helpers/finding-params.ts
 * (the table the finding-code reference of the docs also reads) fails the test (and the
 * table's type) until it has some.
 */
import { describe, expect, it } from 'vitest';
import type { GateName } from '../../src/eligibility/findings';
import { localeEn } from '../../src/locales/en';
import { localeId } from '../../src/locales/id';
import { formatFinding } from '../../src/locales/format';
import type { LocaleCatalog, FindingCode } from '../../src/locales/types';
import { PARAMS } from '../_helpers/finding-params';

/** The headlines of `explain`, with gate lists of one and of several. */
function headlines(c: LocaleCatalog): string[] {
  const one: GateName[] = ['talent_box'];
  const several: GateName[] = ['employee_criteria', 'readiness', 'early_warning'];
  return [
    `decision.eligible(1): ${c.decision.eligible(1)}`,
    `decision.eligible(2): ${c.decision.eligible(2)}`,
    `decision.notEligible(1, 0): ${c.decision.notEligible(one, [])}`,
    `decision.notEligible(1, 3): ${c.decision.notEligible(one, several)}`,
    `decision.notEligible(3, 1): ${c.decision.notEligible(several, ['remoteness'])}`,
    `decision.indeterminate(1): ${c.decision.indeterminate(['remoteness'])}`,
    `decision.indeterminate(3): ${c.decision.indeterminate(several)}`,
  ];
}

const CODES = Object.keys(localeEn.messages).sort() as FindingCode[];

/** Every sentence of a catalogue, `code: sentence`, one a line, in code order. */
function rendered(c: LocaleCatalog): string[] {
  const lines: string[] = [];
  for (const code of CODES) {
    for (const params of PARAMS[code] ?? []) lines.push(`${code}: ${formatFinding({ rule: 'x', outcome: 'pass', code, params } as never, { locale: c })}`);
  }
  return [...lines, ...headlines(c)];
}

/** Words an official value or a name stands as; any other UPPER_SNAKE word in a sentence is a code that leaked. */
const OFFICIAL = new Set(['TATAP_MUKA', 'JARAK_JAUH']);

/** The rules a sentence breaks, by name; `[]` when it keeps them all. */
function broken(sentence: string): string[] {
  const rules: [string, boolean][] = [
    ['a finding code', CODES.some((code) => sentence.includes(code))],
    ['an UPPER_SNAKE code', (sentence.match(/\b[A-Z]+(?:_[A-Z]+)+\b/g) ?? []).some((word) => !OFFICIAL.has(word))],
    ['a doubled space', sentence.includes('  ')],
    ['a space before punctuation', /\s[,.;:!?)]/.test(sentence)],
    ['no full stop, question or exclamation mark at the end', !/[.?!]$/.test(sentence)],
    ['undefined, NaN, null or [object', /undefined|NaN|\bnull\b|\[object/.test(sentence)],
    ['brackets inside brackets', /\([^)]*\(/.test(sentence)],
    ['text after the full stop', /\.\s*\(/.test(sentence)],
  ];
  return rules.filter(([, bad]) => bad).map(([name]) => name);
}

describe('every finding code rendered in both languages', () => {
  it('has representative params for every code of both catalogues, and for no other code', () => {
    expect(Object.keys(PARAMS).sort()).toEqual(CODES);
    expect(Object.keys(localeId.messages).sort()).toEqual(CODES);
    for (const code of CODES) expect(PARAMS[code].length, code).toBeGreaterThan(0);
  });

  for (const [name, catalog] of [['id', localeId], ['en', localeEn]] as const) {
    it(`reads as the reviewed snapshot (${name})`, async () => {
      await expect(`${rendered(catalog).join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/findings.${name}.txt`);
    });

    it(`keeps the sentence rules in every sentence (${name})`, () => {
      const failures = rendered(catalog)
        .map((line) => {
          const sentence = line.slice(line.indexOf(': ') + 2);
          const rules = broken(sentence);
          return rules.length === 0 ? undefined : `${line}  ← ${rules.join(', ')}`;
        })
        .filter((x) => x !== undefined);
      expect(failures).toEqual([]);
    });
  }

  it('the rules catch what they are for', () => {
    expect(broken('The rule  holds.')).toEqual(['a doubled space']);
    expect(broken('The rule holds .')).toEqual(['a space before punctuation']);
    expect(broken('The rule holds')).toEqual(['no full stop, question or exclamation mark at the end']);
    expect(broken('Box undefined holds.')).toEqual(['undefined, NaN, null or [object']);
    expect(broken('Level NOT_IN_UNIT holds.')).toEqual(['an UPPER_SNAKE code']);
    expect(broken('The code talent_box_eligible holds.')).toEqual(['a finding code']);
    expect(broken('MKD is allowed (level WASPADA (watch)).')).toEqual(['brackets inside brackets']);
    expect(broken('It holds. (optional check)')).toEqual(['no full stop, question or exclamation mark at the end', 'text after the full stop']);
    expect(broken('It is JARAK_JAUH (remote).')).toEqual([]);
  });
});
