import { describe, expect, it } from 'vitest';
import { EmployeeRecordSchema, GATES, assessUnit, evaluateEarlyWarning, explain, jabarMkd2025, parseNip, planMonth, validate } from 'kerja-dinamis';
import { verdictOf } from '../src/decisions-view';
import { DEMO_AS_OF, DEMO_MONTH, DEMO_UNITS, demoRecords } from '../src/demo-data';

// The demo's built-in data must be valid and must show every case it claims to.
const records = demoRecords();

describe('the demo data', () => {
  it('has about 60 ASN in three units', () => {
    expect(records).toHaveLength(60);
    expect(new Set(records.map((r) => r.unitId))).toEqual(new Set(DEMO_UNITS.map((u) => u.id)));
    expect(DEMO_UNITS).toHaveLength(3);
  });

  it('is valid under EmployeeRecordSchema, record by record', () => {
    for (const record of records) expect(validate(EmployeeRecordSchema, record).ok, record.name).toBe(true);
  });

  it('has valid, distinct NIPs', () => {
    for (const record of records) expect(parseNip(record.nip, { asOf: DEMO_AS_OF }).ok, `${record.name} ${record.nip}`).toBe(true);
    expect(new Set(records.map((r) => r.nip)).size).toBe(records.length);
  });

  it('has distinct names', () => {
    expect(new Set(records.map((r) => r.name)).size).toBe(records.length);
  });

  it('meets every outcome of every gate', () => {
    const { results, rejected } = assessUnit(records, jabarMkd2025, { asOf: DEMO_AS_OF });
    expect(rejected).toEqual([]);
    for (const gate of GATES) {
      const outcomes = new Set(results.map((d) => d.gates.find((g) => g.gate === gate)!.outcome));
      expect([...outcomes].sort(), gate).toEqual(['fail', 'pass', 'unknown']);
    }
    expect(new Set(results.map((d) => d.status))).toEqual(new Set(['ELIGIBLE', 'NOT_ELIGIBLE', 'INDETERMINATE']));
  });

  it('reaches the early-warning levels WASPADA, PERINGATAN and DICABUT, and a return to NORMAL', () => {
    const paths = records
      .filter((r) => r.performance?.months !== undefined)
      .map((r) => evaluateEarlyWarning(r.performance!.months!.map((m) => ({ ...m, employeeId: r.nip })), jabarMkd2025).months.map((m) => m.level));
    const finals = new Set(paths.map((p) => p.at(-1)));
    for (const level of ['NORMAL', 'WASPADA', 'PERINGATAN', 'DICABUT']) expect(finals.has(level as never), level).toBe(true);
    expect(paths.some((p) => p[0] !== 'NORMAL' && p.at(-1) === 'NORMAL')).toBe(true);
  });

  it('has hybrid positions, field duty, cap exceptions of both kinds, backup pairs and leave', () => {
    const decisions = assessUnit(records, jabarMkd2025, { asOf: DEMO_AS_OF }).results;
    expect(decisions.some((d) => d.positionMode === 'CAMPURAN' && d.status === 'ELIGIBLE')).toBe(true);
    expect(records.some((r) => (r.position?.fieldWeekdays ?? []).length > 0)).toBe(true);
    expect(new Set(records.map((r) => r.capException).filter((x) => x !== undefined))).toEqual(new Set(['TUGAS_LUAR', 'KEADAAN_KHUSUS']));
    const partners = records.filter((r) => r.roster?.backupPartnerNip !== undefined);
    expect(partners.length).toBeGreaterThanOrEqual(4);
    for (const r of partners) expect(records.find((o) => o.nip === r.roster!.backupPartnerNip)!.roster!.backupPartnerNip).toBe(r.nip);
    expect(records.filter((r) => (r.roster?.leaveDates ?? []).length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('plans every unit without rejecting a record, with one day below the required head count', () => {
    let unmet = 0;
    for (const unit of DEMO_UNITS) {
      const plan = planMonth(records.filter((r) => r.unitId === unit.id), jabarMkd2025, { unit, month: DEMO_MONTH });
      expect(plan.decisions.rejected).toEqual([]);
      unmet += plan.allocation.coverage.filter((c) => c.enforced && !c.met).length;
      expect(plan.allocation.roster.some((row) => row.days.includes('CUTI')) || unit.id !== 'sekretariat').toBe(true);
    }
    expect(unmet).toBe(1);
  });
});

describe('the verdict of the CSV reasons column', () => {
  it('is the first line of explain() for every decision of the demo, in both languages', () => {
    for (const decision of assessUnit(records, jabarMkd2025, { asOf: DEMO_AS_OF }).results) {
      for (const lang of ['id', 'en'] as const) expect(verdictOf(decision, lang)).toBe(explain(decision, { locale: lang })[0]);
    }
  });
});
