/**
 * The calling convention of docs/api.md: subject, policy, one options object. What a
 * decision needs in its options (the date, the unit and month, the policy of the hours)
 * is required, and a bad or missing options object is an InputError at `options…`, in
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import * as kd from '../src/index';
import { issuesOf, placesOf } from './_helpers/input-error';
import { AS_OF, goodRecord } from './eligibility/fixtures';

type Anything = never;
const rina = goodRecord();
const unit = { id: 'bidang-perencanaan' };

/** Every export whose decision depends on the date, called with the given options. */
const DATED: readonly [string, (options: unknown) => unknown][] = [
  ['assessEligibility', (o) => kd.assessEligibility(rina, kd.jabarMkd2025, o as Anything)],
  ['assessUnit', (o) => kd.assessUnit([rina], kd.jabarMkd2025, o as Anything)],
  ['classifyTalentBox', (o) => kd.classifyTalentBox(rina.talent!, kd.jabarMkd2025, o as Anything)],
  ['checkReadiness', (o) => kd.checkReadiness(rina.readiness!, kd.jabarMkd2025, o as Anything)],
  ['checkEmployeeCriteria', (o) => kd.checkEmployeeCriteria({ disciplinary: { status: 'NONE' } }, kd.jabarMkd2025, o as Anything)],
  ['selectPolicy', (o) => kd.selectPolicy(kd.presets, o as Anything)],
];

describe('options.asOf, required where a decision depends on the date', () => {
  it.each(DATED)('%s decides with { asOf }', (_name, call) => {
    expect(() => call({ asOf: AS_OF })).not.toThrow();
  });

  it.each(DATED)('%s without options asks for them, naming asOf, in both languages', (_name, call) => {
    const issues = issuesOf(() => call(undefined));
    expect(placesOf(issues)).toEqual(['options:invalid_type']);
    expect(issues[0]!.message).toEqual({
      id: "Opsi wajib diisi, setidaknya dengan tanggal keputusan: { asOf: 'YYYY-MM-DD' }",
      en: "Options are required, with at least the decision date: { asOf: 'YYYY-MM-DD' }",
    });
  });

  it.each(DATED)('%s without asOf names options.asOf', (_name, call) => {
    const issues = issuesOf(() => call({}));
    expect(placesOf(issues)).toEqual(['options.asOf:invalid_type']);
    expect(issues[0]!.message.en).toBe('The decision date options.asOf is required (YYYY-MM-DD)');
  });

  it.each(DATED)('%s refuses a date that does not exist at options.asOf', (_name, call) => {
    expect(placesOf(issuesOf(() => call({ asOf: '2026-02-30' })))).toEqual(['options.asOf:invalid_date']);
  });

  it.each(DATED)('%s refuses an option it does not know (a typo is never ignored)', (_name, call) => {
    expect(placesOf(issuesOf(() => call({ asOf: AS_OF, asof: AS_OF })))).toEqual(['options.asof:unrecognized_keys']);
  });

  it.each(DATED)('%s refuses options that are not an object', (_name, call) => {
    expect(placesOf(issuesOf(() => call(AS_OF)))).toEqual(['options:invalid_type']);
  });
});

describe('other required options', () => {
  it('planMonth needs the unit and the month in its options', () => {
    expect(placesOf(issuesOf(() => kd.planMonth([rina], kd.jabarMkd2025, undefined as Anything)))).toEqual(['options:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([rina], kd.jabarMkd2025, { month: '2026-03' } as Anything)))).toEqual(['options.unit:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([rina], kd.jabarMkd2025, { unit } as Anything)))).toEqual(['options.month:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([rina], kd.jabarMkd2025, { unit, month: '2026-03', asOf: AS_OF } as Anything)))).toEqual(['options.asOf:unrecognized_keys']);
  });

  it('planMonth reports a month no policy is in force on at options.month', () => {
    expect(placesOf(issuesOf(() => kd.planMonth([rina], [kd.jabarMkd2025], { unit, month: '2025-01' })))).toEqual(['options.month:no_policy_in_force']);
  });

  it('dailySchedule needs the policy in its options, as every calendar function takes it', () => {
    expect(kd.dailySchedule('2026-01-09', { policy: kd.jabarMkd2025 }).workMinutes).toBe(450);
    const issues = issuesOf(() => kd.dailySchedule('2026-01-09', undefined as Anything));
    expect(placesOf(issues)).toEqual(['options:invalid_type']);
    expect(issues[0]!.message.id).toBe('Kebijakan wajib diisi di opsi: { policy }; jam kerja berasal dari kebijakan');
  });

  it('checkPredikatDistribution needs the capaian organisasi in its options', () => {
    expect(kd.checkPredikatDistribution(['BAIK'], { capaianOrganisasi: 'ISTIMEWA' }).n).toBe(1);
    expect(placesOf(issuesOf(() => kd.checkPredikatDistribution(['BAIK'], undefined as Anything)))).toEqual(['options:invalid_type']);
    expect(placesOf(issuesOf(() => kd.checkPredikatDistribution(['BAIK'], 'BAIK' as Anything)))).toEqual(['options:invalid_type']);
  });
});

describe('optional options', () => {
  it('evaluateEarlyWarning continues from options.initialState', () => {
    const saved = { level: 'DICABUT', flaggedStreak: 0, cleanStreak: 0, lastMonth: '2026-01' } as const;
    expect(kd.evaluateEarlyWarning([], kd.jabarMkd2025, { initialState: saved }).finalState).toEqual(saved);
    expect(placesOf(issuesOf(() => kd.evaluateEarlyWarning([], kd.jabarMkd2025, saved as Anything)))).toEqual(['options.level:unrecognized_keys', 'options.flaggedStreak:unrecognized_keys', 'options.cleanStreak:unrecognized_keys', 'options.lastMonth:unrecognized_keys']);
  });

  it('the remoteness functions read options.catalog, default serviceCatalog', () => {
    const catalog = kd.defineCatalog(kd.serviceCatalog, { remove: ['perencana'] });
    expect(kd.filterServices(['perencana']).remote).toEqual(['perencana']);
    expect(kd.filterServices(['perencana'], { catalog }).unknown).toEqual(['perencana']);
    expect(kd.assessRemoteness({ serviceIds: ['perencana'] }, kd.jabarMkd2025, { catalog }).mode).toBe('indeterminate');
    expect(kd.resolveCatalog(kd.jabarMkd2025, { catalog }).some((s) => s.id === 'perencana')).toBe(false);
    expect(placesOf(issuesOf(() => kd.filterServices(['perencana'], { catalog: 5 } as Anything))).every((p) => p.startsWith('options.catalog'))).toBe(true);
  });

  it('formatFinding and explain read options.locale, default Bahasa Indonesia', () => {
    const d = kd.assessEligibility(rina, kd.jabarMkd2025, { asOf: AS_OF });
    expect(kd.explain(d)[0]).toBe(kd.explain(d, { locale: 'id' })[0]);
    expect(kd.explain(d, { locale: kd.localeEn })).toEqual(kd.explain(d, { locale: 'en' }));
    expect(kd.formatFinding(d.findings[0]!, { locale: kd.localeId })).toBe(kd.formatFinding(d.findings[0]!));
    expect(placesOf(issuesOf(() => kd.formatFinding(d.findings[0]!, 'en' as Anything)))).toEqual(['options:invalid_type']);
  });
});

describe('one spelling per name', () => {
  it('exports no bare id or en at the root, and no Catalogue spelling', () => {
    const names = Object.keys(kd);
    expect(names).not.toContain('id');
    expect(names).not.toContain('en');
    expect(names.filter((n) => /catalogue/i.test(n))).toEqual([]);
    expect([kd.localeId.locale, kd.localeEn.locale]).toEqual(['id', 'en']);
  });
});
