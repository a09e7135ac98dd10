/**
 * Exact findings of the readiness gate and the employee criteria: rule, outcome, code and
 * every parameter, compared strictly (a parameter present as `undefined` differs from one
 * absent). The other tests check statuses and codes; mutation testing showed that a
 * finding's rule, its outcome or a parameter could change unnoticed (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2025, nationalFwa2025 } from '../../src/policy/presets';
import type { Policy } from '../../src/policy/schema';
import { _checkReadiness, checkReadiness, type ReadinessEvidence } from '../../src/readiness/check';
import type { _FindingCache } from '../../src/_lib/finding';
import { _parseIsoDate } from '../../src/_lib/dates';
import { checkEmployeeCriteria, type EmployeeCriteriaInput } from '../../src/readiness/employee-criteria';

const AS_OF = '2026-01-15';
const ready = (outcome: string, code: string, params: object) => ({ rule: 'readiness', outcome, code, params });
const criteria = (outcome: string, code: string, params: object) => ({ rule: 'employee_criteria', outcome, code, params });
const findingsOf = (e: ReadinessEvidence, p: Policy = jabarMkd2025) => checkReadiness(e, p, { asOf: AS_OF }).findings;
/** Laptops of office ownership only; workspaces at the registered domicile only. */
const narrow = definePolicy(jabarMkd2025, { id: 'sempit', readiness: { laptop: { allowedOwnerships: ['DINAS'] }, workspace: { allowedWorkplaces: ['DOMISILI'] } } });
const EVERY_PLACE = ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'];

describe('checkReadiness: every finding exactly', () => {
  it('says what is unknown when nothing is known', () => {
    expect(findingsOf({})).toStrictEqual([
      ready('unknown', 'readiness_laptop_unknown', { required: true }),
      ready('unknown', 'readiness_bandwidth_unknown', { required: true }),
      ready('unknown', 'readiness_kmob_unknown', { required: true }),
      ready('unknown', 'readiness_signs_letters_unknown', { required: true }),
      ready('unknown', 'readiness_workspace_unknown', { required: true }),
    ]);
    expect(checkReadiness({}, jabarMkd2025, { asOf: AS_OF }).checks.workspace).toStrictEqual({ required: true, outcome: 'unknown' });
  });

  it('names each failed check, and only the failed speed', () => {
    const evidence: ReadinessEvidence = {
      laptop: { available: false },
      bandwidth: { downloadMbps: 5, uploadMbps: 8, measuredOn: '2026-01-05' },
      kmobActive: false,
      signsLetters: true,
      tte: { active: false },
      workspaceDeclared: false,
    };
    expect(findingsOf(evidence)).toStrictEqual([
      ready('fail', 'readiness_laptop_missing', { required: true }),
      ready('fail', 'readiness_download_too_low', { required: true, downloadMbps: 5, minDownloadMbps: 10, measuredOn: '2026-01-05' }),
      ready('fail', 'readiness_kmob_inactive', { required: true }),
      ready('fail', 'readiness_tte_inactive', { required: true }),
      ready('fail', 'readiness_workspace_not_declared', { required: true }),
    ]);
    expect(findingsOf({ bandwidth: { downloadMbps: 25, uploadMbps: 1, measuredOn: '2026-01-05' } })[1]).toStrictEqual(
      ready('fail', 'readiness_upload_too_low', { required: true, uploadMbps: 1, minUploadMbps: 5, measuredOn: '2026-01-05' }),
    );
    expect(findingsOf({ bandwidth: { downloadMbps: 1, uploadMbps: 1, measuredOn: '2026-01-05' } }).map((f) => f.code)).toEqual([
      'readiness_laptop_unknown',
      'readiness_download_too_low',
      'readiness_upload_too_low',
      'readiness_kmob_unknown',
      'readiness_signs_letters_unknown',
      'readiness_workspace_unknown',
    ]);
  });

  it('lists only the ownerships and places the policy allows, and dates evidence against asOf', () => {
    const evidence: ReadinessEvidence = { laptop: { available: true }, bandwidth: { downloadMbps: 25, uploadMbps: 1, measuredOn: '2026-01-16' }, signsLetters: true, workspaceDeclared: true };
    expect(findingsOf(evidence, narrow)).toStrictEqual([
      ready('unknown', 'readiness_laptop_ownership_unknown', { required: true, allowedOwnerships: ['DINAS'] }),
      ready('unknown', 'readiness_bandwidth_in_future', { required: true, measuredOn: '2026-01-16', asOf: AS_OF }),
      ready('unknown', 'readiness_kmob_unknown', { required: true }),
      ready('unknown', 'readiness_tte_unknown', { required: true }),
      ready('unknown', 'readiness_workplace_unknown', { required: true, allowedWorkplaces: ['DOMISILI'] }),
    ]);
  });

  it('fails an ownership or a place outside the policy, and calls old evidence stale', () => {
    const evidence: ReadinessEvidence = { laptop: { available: true, ownership: 'PRIBADI' }, bandwidth: { downloadMbps: 25, uploadMbps: 1, measuredOn: '2025-01-16' }, workplace: 'KANTOR_LAIN' };
    expect(findingsOf(evidence, narrow)).toStrictEqual([
      ready('fail', 'readiness_laptop_ownership_not_allowed', { required: true, ownership: 'PRIBADI', allowedOwnerships: ['DINAS'] }),
      ready('unknown', 'readiness_bandwidth_stale', { required: true, measuredOn: '2025-01-16', ageDays: 364, maxAgeDays: 90, asOf: AS_OF }),
      ready('unknown', 'readiness_kmob_unknown', { required: true }),
      ready('unknown', 'readiness_signs_letters_unknown', { required: true }),
      ready('fail', 'readiness_workplace_not_allowed', { required: true, workplace: 'KANTOR_LAIN', allowedWorkplaces: ['DOMISILI'] }),
    ]);
  });

  it('passes a laptop of unstated ownership when every ownership counts, with no ownership parameter', () => {
    const evidence: ReadinessEvidence = { laptop: { available: true }, workplace: 'DOMISILI', workspaceDeclared: false };
    const findings = findingsOf(evidence);
    expect(findings[0]).toStrictEqual(ready('pass', 'readiness_laptop_ok', { required: true, allowedOwnerships: ['DINAS', 'PRIBADI'] }));
    expect(findings[4]).toStrictEqual(ready('unknown', 'readiness_workplace_conflict', { required: true, workplace: 'DOMISILI', allowedWorkplaces: EVERY_PLACE }));
    expect(findingsOf({ laptop: { available: true, ownership: 'DINAS' } }, narrow)[0]).toStrictEqual(
      ready('pass', 'readiness_laptop_ok', { required: true, ownership: 'DINAS', allowedOwnerships: ['DINAS'] }),
    );
  });

  it('passes an active TTE and fresh speeds with every parameter', () => {
    const evidence: ReadinessEvidence = { bandwidth: { downloadMbps: 25, uploadMbps: 8, measuredOn: '2026-01-05' }, kmobActive: true, tte: { active: true }, workplace: 'DOMISILI' };
    expect(findingsOf(evidence).slice(1)).toStrictEqual([
      ready('pass', 'readiness_bandwidth_ok', { required: true, downloadMbps: 25, uploadMbps: 8, minDownloadMbps: 10, minUploadMbps: 5, measuredOn: '2026-01-05' }),
      ready('pass', 'readiness_kmob_active', { required: true }),
      ready('pass', 'readiness_tte_active', { required: true }),
      ready('pass', 'readiness_workplace_allowed', { required: true, workplace: 'DOMISILI', allowedWorkplaces: EVERY_PLACE }),
    ]);
    expect(findingsOf({ signsLetters: false, workspaceDeclared: true })[3]).toStrictEqual(ready('pass', 'readiness_tte_not_applicable', { required: true }));
    expect(findingsOf({ signsLetters: false, workspaceDeclared: true })[4]).toStrictEqual(ready('pass', 'readiness_workspace_declared', { required: true }));
  });

  it('shares findings across a batch (one cache, as assessUnit passes) without changing them', () => {
    const evidence: ReadinessEvidence[] = [
      {},
      { laptop: { available: false } },
      { laptop: { available: true, ownership: 'PRIBADI' } },
      { laptop: { available: true, ownership: 'DINAS' } },
      { laptop: { available: true } },
      { workplace: 'KANTOR_LAIN' },
      { workplace: 'DITETAPKAN_PPK' },
      { workplace: 'DOMISILI' },
      { workspaceDeclared: true },
      { signsLetters: false, kmobActive: false },
    ];
    const asOfDay = _parseIsoDate(AS_OF) as number;
    for (const policy of [jabarMkd2025, narrow]) {
      const cache: _FindingCache = new Map();
      // twice round, so that the second pass reads every finding from the cache
      for (const e of [...evidence, ...evidence]) {
        expect(_checkReadiness(e, policy, AS_OF, asOfDay, cache).findings).toStrictEqual(findingsOf(e, policy));
      }
      expect(cache.size).toBeGreaterThan(0);
    }
  });
});

describe('checkEmployeeCriteria: every finding exactly', () => {
  const check = (e: EmployeeCriteriaInput, p: Policy = nationalFwa2025) => checkEmployeeCriteria(e, p, { asOf: AS_OF });
  const lookback6 = definePolicy(nationalFwa2025, { id: 'enam-bulan', employeeCriteria: { servedPenaltyLookbackMonths: 6 } });

  it('says what is unknown', () => {
    expect(check({}).findings).toStrictEqual([criteria('unknown', 'employee_disciplinary_unknown', {}), criteria('unknown', 'employee_position_since_unknown', {})]);
  });

  it('fails a penalty being served, with its last day only when one is known', () => {
    expect(check({ disciplinary: { status: 'SERVING' } }).findings[0]).toStrictEqual(criteria('fail', 'employee_disciplinary_serving', {}));
    expect(check({ disciplinary: { status: 'SERVING', penalty: 'BERAT', until: AS_OF } }).findings[0]).toStrictEqual(
      criteria('fail', 'employee_disciplinary_serving', { penalty: 'BERAT', until: AS_OF }),
    );
  });

  it('counts a served penalty for the lookback months after its last day, then passes it', () => {
    const served = { disciplinary: { status: 'SERVED', penalty: 'RINGAN', until: '2025-12-31' } } as const;
    expect(check(served, lookback6).findings[0]).toStrictEqual(
      criteria('fail', 'employee_disciplinary_recently_served', { penalty: 'RINGAN', until: '2025-12-31', lookbackMonths: 6, countsUntil: '2026-06-30' }),
    );
    expect(check(served).findings[0]).toStrictEqual(criteria('pass', 'employee_disciplinary_served', { penalty: 'RINGAN', until: '2025-12-31', lookbackMonths: 0 }));
    // the day after the last day, with no lookback: served out
    expect(checkEmployeeCriteria({ disciplinary: { status: 'SERVED', until: '2026-01-14' } }, nationalFwa2025, { asOf: AS_OF }).findings[0]?.code).toBe('employee_disciplinary_served');
  });

  it('passes no penalty and enough months, and fails too few', () => {
    expect(check({ disciplinary: { status: 'NONE' }, positionSince: '2025-01-15' }).findings).toStrictEqual([
      criteria('pass', 'employee_disciplinary_none', {}),
      criteria('pass', 'employee_tenure_met', { positionSince: '2025-01-15', monthsInPosition: 12, minMonths: 3 }),
    ]);
    expect(check({ positionSince: '2025-11-20' }).findings[1]).toStrictEqual(
      criteria('fail', 'employee_newly_placed', { positionSince: '2025-11-20', monthsInPosition: 1, minMonths: 3, eligibleFrom: '2026-02-20' }),
    );
    expect(check({ positionSince: '2026-01-16' }).findings[1]).toStrictEqual(criteria('unknown', 'employee_position_since_in_future', { positionSince: '2026-01-16', asOf: AS_OF }));
  });

  it('refuses a record that contradicts itself, in both languages, at its path', () => {
    const problems = (e: unknown, asOf = AS_OF) => exactIssuesOf(() => checkEmployeeCriteria(e as EmployeeCriteriaInput, nationalFwa2025, { asOf }));
    const none = {
      path: 'disciplinary',
      code: 'disciplinary_inconsistent',
      message: { id: 'Status NONE (tanpa hukuman) tidak boleh disertai "penalty" atau "until"', en: 'Status NONE (no penalty) cannot carry "penalty" or "until"' },
    };
    expect(problems({ disciplinary: { status: 'NONE', until: '2025-01-01' } })).toStrictEqual([none]);
    expect(problems({ disciplinary: { status: 'NONE', penalty: 'RINGAN' } })).toStrictEqual([none]);
    expect(problems({ disciplinary: { status: 'SERVED' } })).toStrictEqual([
      {
        path: 'disciplinary.until',
        code: 'disciplinary_until_required',
        message: { id: 'Status SERVED memerlukan tanggal berakhirnya hukuman ("until")', en: 'Status SERVED needs the last day of the penalty ("until")' },
      },
    ]);
    expect(problems({}, '2026-13-01').map((p) => p.path)).toEqual(['options.asOf']);
  });
});
