import { describe, expect, it } from 'vitest';
import { assessEligibility, assessUnit, planMonth, type EmployeeRecord } from '../../src/eligibility/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { explain } from '../../src/locales/index';
import { AS_OF, goodRecord } from './fixtures';

/** The three columns the command line requires: nothing else is known of this employee. */
const minimal: EmployeeRecord = { nip: '199001012015031001', name: 'Asep Saepudin', unitId: 'bidang-perencanaan' };

const unknownGates = (d: { readonly gates: readonly { readonly gate: string; readonly outcome: string }[] }): string[] => d.gates.filter((g) => g.outcome === 'unknown').map((g) => g.gate);

describe('a record with only nip, name and unitId', () => {
  it('is decided INDETERMINATE, every gate unknown, not thrown', () => {
    const d = assessEligibility(minimal, jabarMkd2025, { asOf: AS_OF });
    expect([d.status, d.maxFlexibleDaysPerWeek]).toEqual(['INDETERMINATE', 0]);
    expect(unknownGates(d)).toEqual(['employee_criteria', 'talent_box', 'remoteness', 'readiness', 'early_warning']);
  });

  it('names the missing position in its findings: no services or tasks, and no date placed in it', () => {
    const codes = assessEligibility(minimal, jabarMkd2025, { asOf: AS_OF }).findings.map((f) => f.code);
    expect(codes).toContain('remoteness_position_empty');
    expect(codes).toContain('employee_position_since_unknown');
  });

  it('decides the same as a record with an empty position', () => {
    const empty = assessEligibility({ ...minimal, position: {} }, jabarMkd2025, { asOf: AS_OF });
    expect(assessEligibility(minimal, jabarMkd2025, { asOf: AS_OF })).toEqual(empty);
  });

  it('explains itself in both languages', () => {
    const d = assessEligibility(minimal, jabarMkd2025, { asOf: AS_OF });
    expect(explain(d, { locale: 'en' })).toContain('The position lists no services or tasks; its mode cannot be decided.');
    expect(explain(d)).toContain('Jabatan belum mencantumkan layanan atau tugas; modenya belum dapat ditentukan.');
  });

  it('is decided, not rejected, in a unit and in a month plan', () => {
    const unit = assessUnit([minimal, goodRecord()], jabarMkd2025, { asOf: AS_OF });
    expect(unit.rejected).toEqual([]);
    expect(unit.summary.byStatus).toEqual({ ELIGIBLE: 1, NOT_ELIGIBLE: 0, INDETERMINATE: 1 });
    const plan = planMonth([minimal, goodRecord()], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' });
    expect(plan.decisions.rejected).toEqual([]);
    expect(plan.allocation.patterns.map((p) => [p.employeeId, p.weeklyCap])).toEqual([
      ['198503152010012003', 2],
      ['199001012015031001', 0],
    ]);
  });
});

describe('batch functions typed over the record type', () => {
  it('check records written in code at compile time, and still reject them at run time', () => {
    // @ts-expect-error -- a NIP is text: the compiler refuses the record.
    const r = assessUnit([{ nip: 199001012015031001, name: 'Asep Saepudin', unitId: 'bidang-perencanaan' }], jabarMkd2025, { asOf: AS_OF });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.path.join('.'))])).toEqual([[0, ['nip']]]);
    // @ts-expect-error -- an unknown field of a record written in code.
    const p = planMonth([{ ...minimal, jabatan: 'Analis' }], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' });
    expect(p.decisions.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([['unrecognized_keys']]);
  });

  it('accept records read from JSON (unknown[]) and validate each one', () => {
    const fromJson: unknown[] = JSON.parse(JSON.stringify([minimal, 42]));
    const r = assessUnit(fromJson, jabarMkd2025, { asOf: AS_OF });
    expect([r.results.length, r.rejected.map((x) => x.index)]).toEqual([1, [1]]);
    const p = planMonth(fromJson, jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' });
    expect([p.decisions.results.length, p.decisions.rejected.map((x) => x.index)]).toEqual([1, [1]]);
  });
});
