import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { codesOf, issuesOf } from '../_helpers/input-error';
import {
  coversJurisdiction,
  definePolicy,
  jabarMkd2023,
  jabarMkd2025,
  jabarMkd2026,
  nationalFwa2025,
  presets,
  selectPolicy,
} from '../../src/policy/index';

const codeOf = (fn: () => unknown): string | undefined => issuesOf(fn)[0]?.code;
const idOn = (date: string, jurisdiction?: string): string =>
  (jurisdiction === undefined ? selectPolicy(presets, { asOf: date }) : selectPolicy(presets, { asOf: date, jurisdiction })).id;

// Every boundary of every preset: the day before it takes effect, its first day, its last
// day and the day after. `none` = no policy in force.
const BOUNDARIES: readonly (readonly [date: string, jabar: string, national: string])[] = [
  ['2023-06-18', 'none', 'none'],
  ['2023-06-19', 'jabar-mkd-2023', 'none'],
  ['2025-04-20', 'jabar-mkd-2023', 'none'],
  ['2025-04-21', 'jabar-mkd-2025', 'national-fwa-2025'],
  ['2025-10-31', 'jabar-mkd-2025', 'national-fwa-2025'],
  ['2025-11-01', 'jabar-wfh-kamis-2025-11', 'national-fwa-2025'],
  ['2025-11-30', 'jabar-wfh-kamis-2025-11', 'national-fwa-2025'],
  ['2025-12-01', 'jabar-wfh-50-50-2025-12', 'national-fwa-2025'],
  ['2025-12-31', 'jabar-wfh-50-50-2025-12', 'national-fwa-2025'],
  ['2026-01-01', 'jabar-mkd-2026', 'national-fwa-2025'],
  ['2026-12-31', 'jabar-mkd-2026', 'national-fwa-2025'],
  ['2027-01-01', 'jabar-mkd-2025', 'national-fwa-2025'],
];

describe('selectPolicy over every preset, on every boundary date', () => {
  it.each(BOUNDARIES)('on %s picks %s for Jawa Barat and %s nationally', (date, jabar, national) => {
    const pick = (jurisdiction?: string): string => {
      try {
        return idOn(date, jurisdiction);
      } catch (error) {
        expect(isInputError(error) && error.issues[0]?.code).toBe('no_policy_in_force');
        return 'none';
      }
    };
    const mostSpecific = jabar === 'none' ? national : jabar;
    expect(pick()).toBe(mostSpecific);
    expect(pick('ID-JB')).toBe(mostSpecific);
    expect(pick('ID-JB-3278')).toBe(mostSpecific); // Kota Tasikmalaya: no policy of its own, Jabar's applies
    expect(pick('ID')).toBe(national);
    expect(pick('ID-JT')).toBe(national); // Jawa Tengah: only the national rule covers it
  });

  it('no longer throws on 2025-04-21, where the Jabar and national rules start on the same day', () => {
    expect(selectPolicy([jabarMkd2023, jabarMkd2025, nationalFwa2025], { asOf: '2025-04-21' }).id).toBe('jabar-mkd-2025');
  });

  it('picks the latest policy in force on the date within one jurisdiction, whatever the order', () => {
    expect(selectPolicy([jabarMkd2025, jabarMkd2023], { asOf: '2025-04-21' }).id).toBe('jabar-mkd-2025');
    expect(selectPolicy([jabarMkd2026, jabarMkd2025, jabarMkd2023], { asOf: '2026-11-27' }).id).toBe('jabar-mkd-2026');
    expect(selectPolicy([...presets].reverse(), { asOf: '2025-12-15' }).id).toBe('jabar-wfh-50-50-2025-12');
  });

  it('falls back to the open-ended policy when one of a set period ends', () => {
    expect(selectPolicy([jabarMkd2025, jabarMkd2026], { asOf: '2027-01-04' }).id).toBe('jabar-mkd-2025');
  });

  it('prefers a kabupaten/kota policy in force over the province and the nation, only where it applies', () => {
    const tasik = definePolicy(jabarMkd2025, { id: 'tasikmalaya-mkd', jurisdiction: 'ID-JB-3278', effectiveFrom: '2026-03-01' });
    const all = [...presets, tasik];
    expect(selectPolicy(all, { asOf: '2026-03-02', jurisdiction: 'ID-JB-3278' }).id).toBe('tasikmalaya-mkd');
    expect(selectPolicy(all, { asOf: '2026-02-27', jurisdiction: 'ID-JB-3278' }).id).toBe('jabar-mkd-2026');
    expect(selectPolicy(all, { asOf: '2026-03-02', jurisdiction: 'ID-JB-3273' }).id).toBe('jabar-mkd-2026');
    expect(selectPolicy(all, { asOf: '2026-03-02', jurisdiction: 'ID-JB' }).id).toBe('jabar-mkd-2026');
    expect(selectPolicy(all, { asOf: '2026-03-02' }).id).toBe('tasikmalaya-mkd');
  });
});

describe('selectPolicy: what it refuses', () => {
  it('throws when no policy is in force yet, naming the jurisdiction asked for', () => {
    expect(codeOf(() => selectPolicy([jabarMkd2023, jabarMkd2025], { asOf: '2023-06-18' }))).toBe('no_policy_in_force');
    expect(codeOf(() => selectPolicy([], { asOf: '2026-01-01' }))).toBe('no_policy_in_force');
    const issues = issuesOf(() => selectPolicy([jabarMkd2025], { asOf: '2026-01-01', jurisdiction: 'ID-JT' }));
    expect(issues[0]?.message.en).toBe('No policy is in force on 2026-01-01 for jurisdiction ID-JT');
  });

  it('throws when two policies of one jurisdiction take effect on the same day, naming both', () => {
    const twin = definePolicy(jabarMkd2025, { id: 'twin' });
    const issues = issuesOf(() => selectPolicy([jabarMkd2023, jabarMkd2025, twin], { asOf: '2026-01-01' }));
    expect(codesOf(issues)).toEqual(['ambiguous_policy']);
    expect(issues[0]?.message.en).toContain('"jabar-mkd-2025", "twin"');
    expect(issues[0]?.message.id).toContain('ID-JB');
  });

  it('is not troubled by a tie among policies no longer in force', () => {
    const oldTwin = definePolicy(jabarMkd2023, { id: 'old-twin' });
    expect(selectPolicy([jabarMkd2023, oldTwin, jabarMkd2025], { asOf: '2026-01-01' }).id).toBe('jabar-mkd-2025');
  });

  it('throws when a policy takes effect inside the stated period of another of its jurisdiction', () => {
    const midYear = definePolicy(jabarMkd2025, { id: 'jabar-mid-2026', effectiveFrom: '2026-07-01' });
    const issues = issuesOf(() => selectPolicy([jabarMkd2026, midYear], { asOf: '2026-08-03' }));
    expect(codesOf(issues)).toEqual(['overlapping_policies']);
    expect(issues[0]?.message.en).toContain('"jabar-mid-2026" takes effect on 2026-07-01, inside the period of "jabar-mkd-2026" (2026-01-01–2026-12-31)');
    // Before the newcomer starts, and after the period ends, there is no overlap.
    expect(selectPolicy([jabarMkd2026, midYear], { asOf: '2026-06-30' }).id).toBe('jabar-mkd-2026');
    expect(selectPolicy([jabarMkd2026, midYear], { asOf: '2027-01-01' }).id).toBe('jabar-mid-2026');
  });

  it('throws when the most specific policies in force belong to unrelated jurisdictions, and names them', () => {
    const tasik = definePolicy(jabarMkd2025, { id: 'tasik', jurisdiction: 'ID-JB-3278' });
    const bandung = definePolicy(jabarMkd2025, { id: 'bandung', jurisdiction: 'ID-JB-3273' });
    const issues = issuesOf(() => selectPolicy([tasik, bandung, jabarMkd2025], { asOf: '2026-01-05' }));
    expect(codesOf(issues)).toEqual(['ambiguous_jurisdiction']);
    expect(issues[0]?.message.en).toContain('"bandung" (ID-JB-3273), "tasik" (ID-JB-3278)');
    expect(selectPolicy([tasik, bandung, jabarMkd2025], { asOf: '2026-01-05', jurisdiction: 'ID-JB-3273' }).id).toBe('bandung');
  });

  it('counts a policy given twice once', () => {
    expect(selectPolicy([jabarMkd2025, jabarMkd2025], { asOf: '2026-01-01' }).id).toBe('jabar-mkd-2025');
  });

  it('rejects an impossible date, a malformed jurisdiction and an invalid policy with its index', () => {
    expect(codeOf(() => selectPolicy([jabarMkd2025], { asOf: '2026-02-30' }))).toBe('invalid_date');
    const bad = issuesOf(() => selectPolicy([jabarMkd2025], { asOf: '2026-01-01', jurisdiction: 'JB' }));
    expect(bad.map((i) => [i.path.join('.'), i.code])).toEqual([['options.jurisdiction', 'invalid_jurisdiction']]);
    expect(codeOf(() => selectPolicy([jabarMkd2025], { asOf: '2026-01-01', region: 'ID' } as never))).toBe('unrecognized_keys');
    try {
      selectPolicy([jabarMkd2025, { id: 'broken' } as never], { asOf: '2026-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.issues[0]?.path.slice(0, 2)).toEqual(['policies', 1]);
    }
  });
});

describe('jurisdictions', () => {
  it('are covered by themselves and by every jurisdiction above them', () => {
    expect(coversJurisdiction('ID', 'ID')).toBe(true);
    expect(coversJurisdiction('ID', 'ID-JB-3278')).toBe(true);
    expect(coversJurisdiction('ID-JB', 'ID-JB-3278')).toBe(true);
    expect(coversJurisdiction('ID-JB-3278', 'ID-JB')).toBe(false);
    expect(coversJurisdiction('ID-JB', 'ID-JT')).toBe(false);
    expect(coversJurisdiction('ID-J', 'ID-JB')).toBe(false);
  });

  it('are carried by every preset: ID for the national rule, ID-JB for Jawa Barat', () => {
    expect(presets.map((p) => [p.id, p.jurisdiction])).toEqual([
      ['national-fwa-2025', 'ID'],
      ['jabar-mkd-2023', 'ID-JB'],
      ['jabar-mkd-2025', 'ID-JB'],
      ['jabar-wfh-kamis-2025-11', 'ID-JB'],
      ['jabar-wfh-50-50-2025-12', 'ID-JB'],
      ['jabar-mkd-2026', 'ID-JB'],
    ]);
  });

  it('are inherited by definePolicy unless one is given', () => {
    expect(definePolicy(jabarMkd2025, { id: 'derived' }).jurisdiction).toBe('ID-JB');
    expect(definePolicy(jabarMkd2025, { id: 'tasik', jurisdiction: 'ID-JB-3278' }).jurisdiction).toBe('ID-JB-3278');
  });

  it.each(['id', 'ID-', 'ID-JBR', 'ID-JB-327', 'ID-JB-32780', 'IDN', 'ID-jb'])('refuse %j', (jurisdiction) => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'bad', jurisdiction }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['policy.jurisdiction', 'invalid_jurisdiction']]);
  });

  it('refuses a period that ends before it starts', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'backwards', effectiveFrom: '2026-05-01', effectiveUntil: '2026-04-30' }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['policy.effectiveUntil', 'effective_until_before_from']]);
  });
});
