import { beforeEach, describe, expect, it } from 'vitest';
import { assessEligibility, assessUnit, type EligibilityDecision, type EmployeeRecord } from '../../src/eligibility/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { checkReadiness } from '../../src/readiness/index';
import { AS_OF, goodRecord } from './fixtures';

// Findings most records have alike are built once per call and shared, frozen.
const a = goodRecord();
const b: EmployeeRecord = { ...goodRecord(), nip: '198503152010012004', name: 'Dedi Supriadi' };
// The same evidence but its own speeds: the bandwidth finding carries them, so it is not shared.
const c: EmployeeRecord = { ...goodRecord(), nip: '198503152010012005', readiness: { ...goodRecord().readiness, bandwidth: { downloadMbps: 55.5, uploadMbps: 9, measuredOn: '2026-02-10' } } };
// Decided before each test, not when the file is collected: mutation testing runs for a
// mutant only the tests that executed its code (docs/testing.md).
let da: EligibilityDecision | undefined;
let db: EligibilityDecision | undefined;
let dc: EligibilityDecision | undefined;
beforeEach(() => {
  [da, db, dc] = assessUnit([a, b, c], jabarMkd2025, { asOf: AS_OF }).results;
});

describe('assessUnit: findings shared across decisions', () => {
  it('gives two records with the same evidence the same finding objects, but for the speeds measured, which are each record’s own', () => {
    expect(JSON.stringify(db!.findings)).toBe(JSON.stringify(da!.findings));
    da!.findings.forEach((f, i) => {
      if (f.code === 'readiness_bandwidth_ok') expect(db!.findings[i]).not.toBe(f);
      else expect(db!.findings[i]).toBe(f);
    });
    expect(db!.gates).toBe(da!.gates);
    expect(db!.fieldDays).toBe(da!.fieldDays);
  });

  it('shares every finding but the one that carries the record’s own speeds', () => {
    const notShared = dc!.findings.filter((f, i) => f !== da!.findings[i]).map((f) => f.code);
    expect(notShared).toEqual(['readiness_bandwidth_ok']);
  });

  it('freezes shared findings, their evidence and the gate lists: changing one throws instead of changing every decision', () => {
    const shared = da!.findings.find((f) => f.code === 'readiness_kmob_active')!;
    expect(Object.isFrozen(shared)).toBe(true);
    expect(Object.isFrozen(shared.params)).toBe(true);
    expect(() => {
      (shared as { outcome: string }).outcome = 'fail';
    }).toThrow(TypeError);
    expect(() => {
      (shared.params as { required: boolean }).required = false;
    }).toThrow(TypeError);
    const boxes = da!.findings.find((f) => f.code === 'talent_box_eligible')!.params as { eligibleBoxes: number[] };
    expect(() => boxes.eligibleBoxes.push(1)).toThrow(TypeError);
    expect(() => (da!.gates as unknown[]).pop()).toThrow(TypeError);
    expect(db!.findings.find((f) => f.code === 'readiness_kmob_active')!.outcome).toBe('pass');
  });

  it('leaves each decision’s own list of findings its own', () => {
    expect(db!.findings).not.toBe(da!.findings);
    expect(Object.isFrozen(da!.findings)).toBe(false);
  });

  it('writes the same JSON as deciding each record alone, and as the gate alone', () => {
    expect(JSON.stringify([da, db, dc])).toBe(JSON.stringify([a, b, c].map((r) => assessEligibility(r, jabarMkd2025, { asOf: AS_OF }))));
    const readiness = checkReadiness({ ...a.readiness, signsLetters: false }, jabarMkd2025, { asOf: AS_OF });
    expect(JSON.stringify(da!.findings.filter((f) => f.rule === 'readiness'))).toBe(JSON.stringify(readiness.findings));
    expect(Object.isFrozen(readiness.findings[0])).toBe(false);
  });
});
