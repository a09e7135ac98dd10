import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { _deepFreeze } from '../../src/_lib/freeze';
import { assessEligibility, assessUnit, type EligibilityDecision, type EmployeeRecord } from '../../src/eligibility/index';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025, type Policy } from '../../src/policy/index';
import { AS_OF, recordArb } from '../arbitraries/eligibility';

const policyArb = fc.constantFrom<Policy>(jabarMkd2023, jabarMkd2025, nationalFwa2025);
const STATUS_RANK = { NOT_ELIGIBLE: 0, INDETERMINATE: 1, ELIGIBLE: 2 } as const;
const clone = <T>(x: T): T => structuredClone(x);

/** One piece of evidence made better, each in its own way. */
const improvements: [string, (r: EmployeeRecord) => EmployeeRecord][] = [
  ['the disciplinary record is clean', (r) => ({ ...clone(r), disciplinary: { status: 'NONE' } })],
  ['the position was taken long ago', (r) => ({ ...clone(r), position: { ...clone(r.position), since: '2019-01-07' } })],
  [
    'kinerja is one level higher',
    (r) => {
      const t = r.talent;
      if (t?.kinerja === undefined) return r;
      const up = { DI_BAWAH_EKSPEKTASI: 'SESUAI_EKSPEKTASI', SESUAI_EKSPEKTASI: 'DI_ATAS_EKSPEKTASI', DI_ATAS_EKSPEKTASI: 'DI_ATAS_EKSPEKTASI' } as const;
      return { ...clone(r), talent: { ...t, kinerja: up[t.kinerja] } };
    },
  ],
  [
    'potensial is one level higher',
    (r) => {
      const t = r.talent;
      if (t?.potensial === undefined) return r;
      const up = { RENDAH: 'MENENGAH', MENENGAH: 'TINGGI', TINGGI: 'TINGGI' } as const;
      return { ...clone(r), talent: { ...t, potensial: up[t.potensial] } };
    },
  ],
  // Not in this list: making a stale assessment current. That is new evidence rather than
  // better evidence — it may reveal a box that fails, turning INDETERMINATE into
  // NOT_ELIGIBLE, which is the three-valued rule working (tested as examples).
  ['a laptop is available', (r) => ({ ...clone(r), readiness: { ...r.readiness, laptop: { available: true, ownership: 'DINAS' } } })],
  [
    'the bandwidth is higher and measured recently',
    (r) => {
      const b = r.readiness?.bandwidth;
      const bandwidth = { downloadMbps: Math.max(b?.downloadMbps ?? 0, 100), uploadMbps: Math.max(b?.uploadMbps ?? 0, 50), measuredOn: '2026-02-25' };
      return { ...clone(r), readiness: { ...r.readiness, bandwidth } };
    },
  ],
  ['K-Mob is active', (r) => ({ ...clone(r), readiness: { ...r.readiness, kmobActive: true } })],
  ['the electronic signature is active', (r) => ({ ...clone(r), readiness: { ...r.readiness, tte: { active: true } } })],
  ['a workspace is declared', (r) => ({ ...clone(r), readiness: { ...r.readiness, workspaceDeclared: true } })],
  ['the workplace is one the regulation allows', (r) => ({ ...clone(r), readiness: { ...r.readiness, workplace: 'DOMISILI' } })],
  [
    'the early-warning level is one step lower and current',
    (r) => {
      const s = r.performance?.state;
      const down = { DICABUT: 'PERINGATAN', PERINGATAN: 'WASPADA', WASPADA: 'NORMAL', NORMAL: 'NORMAL' } as const;
      const level = s === undefined ? 'NORMAL' : down[s.level];
      const state = level === 'NORMAL' ? { level, flaggedStreak: 0, cleanStreak: 1, lastMonth: '2026-02' } : { level, flaggedStreak: 1, cleanStreak: 0, lastMonth: '2026-02' };
      return { ...clone(r), performance: { state } };
    },
  ],
  ['an in-person or unknown service is replaced by a remote one', (r) => ({ ...clone(r), position: { ...clone(r.position), serviceIds: (r.position?.serviceIds ?? []).map((id) => (['perawat', 'loket-samsat', 'tidak-ada-di-katalog'].includes(id) ? 'perencana' : id)) } })],
];

function statusFromGates(d: EligibilityDecision): EligibilityDecision['status'] {
  if (d.gates.some((g) => g.outcome === 'fail')) return 'NOT_ELIGIBLE';
  if (d.gates.some((g) => g.outcome === 'unknown')) return 'INDETERMINATE';
  return 'ELIGIBLE';
}

describe('assessEligibility', () => {
  it.prop([recordArb, policyArb])('status is NOT_ELIGIBLE exactly when some gate fails, INDETERMINATE exactly when none fails and one is unknown', (record, policy) => {
    const d = assessEligibility(record, policy, { asOf: AS_OF });
    expect(d.gates.map((g) => g.gate)).toEqual(['employee_criteria', 'talent_box', 'remoteness', 'readiness', 'early_warning']);
    expect(d.status).toBe(statusFromGates(d));
    expect(d.maxFlexibleDaysPerWeek > 0 ? d.status : 'ELIGIBLE').toBe('ELIGIBLE');
    expect(d.maxFlexibleDaysPerWeek).toBeLessThanOrEqual(record.capException === undefined ? policy.workPattern.maxFlexibleDaysPerWeek : 5);
  });

  it.prop([recordArb, policyArb, fc.constantFrom(...improvements)])(
    'making one piece of evidence better never makes the status worse nor lowers the days',
    (record, policy, [, improve]) => {
      const before = assessEligibility(record, policy, { asOf: AS_OF });
      const after = assessEligibility(improve(record), policy, { asOf: AS_OF });
      expect(STATUS_RANK[after.status]).toBeGreaterThanOrEqual(STATUS_RANK[before.status]);
      expect(after.maxFlexibleDaysPerWeek).toBeGreaterThanOrEqual(before.maxFlexibleDaysPerWeek);
    },
  );

  it.prop([recordArb, policyArb, fc.constantFrom('KAFE', 'RUMAH', 'domisili', 'Kantor Lain')])(
    'a workplace outside the policy’s list never makes an employee eligible',
    (record, policy, workplace) => {
      const d = assessEligibility({ ...clone(record), readiness: { ...record.readiness, workplace } }, policy, { asOf: AS_OF });
      expect(d.status).toBe('NOT_ELIGIBLE');
      expect(d.maxFlexibleDaysPerWeek).toBe(0);
      expect(d.findings.filter((f) => f.code === 'readiness_workplace_not_allowed')).toHaveLength(1);
    },
  );

  it.prop([recordArb, policyArb])('no input is mutated, and the same input gives the same JSON', (record, policy) => {
    const frozen = _deepFreeze(clone(record));
    const first = JSON.stringify(assessEligibility(frozen, policy, { asOf: AS_OF }));
    expect(frozen).toEqual(record);
    expect(JSON.stringify(assessEligibility(clone(record), policy, { asOf: AS_OF }))).toBe(first);
  });
});

describe('assessUnit', () => {
  const recordsArb = fc.uniqueArray(recordArb, { maxLength: 8, selector: (r) => r.nip });

  it.prop([recordsArb, policyArb, fc.integer()])('gives the same output for any order of the records', (records, policy, seed) => {
    const shuffled = [...records].sort((a, b) => ((a.nip.charCodeAt(17) * 7 + seed) % 11) - ((b.nip.charCodeAt(17) * 7 + seed) % 11));
    const strip = (u: ReturnType<typeof assessUnit>) => ({ ...u, rejected: u.rejected.map((x) => ({ nip: x.nip, issues: x.issues })) });
    expect(JSON.stringify(strip(assessUnit(shuffled, policy, { asOf: AS_OF })))).toBe(JSON.stringify(strip(assessUnit(records, policy, { asOf: AS_OF }))));
  });

  it.prop([recordsArb, fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 5 }), fc.integer({ min: 0, max: 100 })])(
    'keeps every valid record when invalid ones are mixed in',
    (records, junk, at) => {
      const mixed: unknown[] = [...records];
      junk.forEach((j, k) => mixed.splice((at + k * 3) % (mixed.length + 1), 0, j));
      const alone = assessUnit(records, jabarMkd2025, { asOf: AS_OF });
      const together = assessUnit(mixed, jabarMkd2025, { asOf: AS_OF });
      expect(JSON.stringify(together.results)).toBe(JSON.stringify(alone.results));
      expect(together.rejected).toHaveLength(junk.length);
      expect(together.summary.total + together.summary.rejected).toBe(mixed.length);
    },
  );
});
