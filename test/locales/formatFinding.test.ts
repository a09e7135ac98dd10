import { describe, expect, it } from 'vitest';
import { localeEn, formatFinding, localeId, type LocaleCatalog, type Locale } from '../../src/locales/index';
import type { Finding } from '../../src/_lib/finding';
import { codesOf, issuesOf, placesOf } from '../_helpers/input-error';

const notEligible: Finding = { rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } };

describe('formatFinding', () => {
  it('speaks Bahasa Indonesia by default', () => {
    expect(formatFinding(notEligible)).toBe('Kotak 2 tidak termasuk kotak yang dapat mengikuti MKD (4, 5, 7, 8 dan 9).');
  });

  it('speaks English when asked', () => {
    expect(formatFinding(notEligible, { locale: 'en' })).toBe('Box 2 is not one of the boxes that may use MKD (4, 5, 7, 8 and 9).');
  });

  it('accepts a catalogue object of the caller', () => {
    const loud: LocaleCatalog = { locale: 'id-x-loud', messages: { ...localeId.messages, talent_box_not_eligible: (p) => `KOTAK ${p.box}!` }, decision: localeId.decision };
    expect(formatFinding(notEligible, { locale: loud })).toBe('KOTAK 2!');
  });

  it('renders a code it does not know as the code and its params, never dropping it', () => {
    expect(formatFinding({ rule: 'future', outcome: 'pass', code: 'from_a_newer_version', params: { n: 1 } }, { locale: 'en' })).toBe('from_a_newer_version {"n":1}');
    expect(formatFinding({ rule: 'x', outcome: 'pass', code: 'toString', params: {} }, { locale: 'id' })).toBe('toString {}');
  });

  it('throws an InputError for a locale it cannot use', () => {
    expect(placesOf(issuesOf(() => formatFinding(notEligible, { locale: 'fr' as Locale })))).toEqual(['options.locale:invalid_value']);
    expect(issuesOf(() => formatFinding(notEligible, { locale: 10n as unknown as Locale }))[0]!.message.en).toBe("The locale must be 'id', 'en' or a message catalogue, not 10n");
    // A catalogue without its decision wording is not a catalogue.
    expect(codesOf(issuesOf(() => formatFinding(notEligible, { locale: { locale: 'xx', messages: {} } as unknown as Locale })))).toEqual(['invalid_value']);
  });

  it('throws an InputError for a finding that is not one, naming every problem', () => {
    const garbage = [null, undefined, 'talent_box_not_eligible', 1n, Symbol('f'), []];
    for (const finding of garbage) expect(placesOf(issuesOf(() => formatFinding(finding as unknown as Finding)))).toEqual(['finding:invalid_type']);
    expect(placesOf(issuesOf(() => formatFinding(Object.create(null) as Finding)))).toEqual(['finding.code:invalid_type', 'finding.params:invalid_params']);
    expect(placesOf(issuesOf(() => formatFinding({ code: 7, params: { n: 1n } } as unknown as Finding, { locale: 'de' as Locale })))).toEqual([
      'finding.code:invalid_type',
      'finding.params:invalid_params',
      'options.locale:invalid_value',
    ]);
  });

  it('takes as params JSON data only: no bigint, no holes, nothing nested 100,000 deep', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const params of [{ n: 1n }, { list: [1, , 3] }, { x: Number.NaN }, { d: new Date(0) }, { f: () => 1 }, deep, cyclic, []]) {
      // An unknown code would print the params with JSON.stringify, which throws or overflows on these.
      expect(placesOf(issuesOf(() => formatFinding({ rule: 'x', outcome: 'pass', code: 'from_a_newer_version', params } as unknown as Finding)))).toEqual(['finding.params:invalid_params']);
    }
  });

  it('throws an InputError, not a TypeError, for params that do not fit the code', () => {
    const finding = { ...notEligible, params: { box: Object.create(null) as object } } as unknown as Finding;
    expect(placesOf(issuesOf(() => formatFinding(finding)))).toEqual(['finding.params:invalid_params']);
    expect(placesOf(issuesOf(() => formatFinding({ ...notEligible, params: { box: 2, eligibleBoxes: 7 } } as unknown as Finding)))).toEqual(['finding.params:invalid_params']);
  });

  it("passes on what a catalogue of the caller's own throws", () => {
    const oops = new Error('the caller’s own');
    const own: LocaleCatalog = { ...localeEn, messages: { ...localeEn.messages, talent_box_not_eligible: () => { throw oops; } } };
    expect(() => formatFinding(notEligible, { locale: own })).toThrow(oops);
  });

  it('has the same codes in both catalogues', () => {
    expect(Object.keys(localeEn.messages).sort()).toEqual(Object.keys(localeId.messages).sort());
    expect(localeId.locale).toBe('id');
    expect(localeEn.locale).toBe('en');
  });
});

// A catalogue that misses a code does not compile (checked by `npm run typecheck`).
// @ts-expect-error — talent_box_gate_off and the other codes are missing
const incomplete: LocaleCatalog = { locale: 'xx', messages: { talent_box_not_eligible: () => 'x' }, decision: localeEn.decision };
void incomplete;
