import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { assessUnit, type EmployeeRecord } from '../../src/eligibility/index';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025, type Policy } from '../../src/policy/index';
import { checkEmployeeCriteria, checkReadiness, type EmployeeCriteriaInput, type ReadinessEvidence } from '../../src/readiness/index';
import { classifyTalentBox } from '../../src/talent-box/index';
import { assessRemoteness } from '../../src/remoteness/index';
import { AS_OF, fullRecordArb, recordArb } from '../arbitraries/eligibility';

const policyArb = fc.constantFrom<Policy>(jabarMkd2023, jabarMkd2025, nationalFwa2025);

/** What each gate's public function, with no findings shared, says of a record. */
function gateFindings(r: EmployeeRecord, policy: Policy): string {
  const criteria: Record<string, unknown> = {};
  if (r.disciplinary !== undefined) criteria['disciplinary'] = r.disciplinary;
  if (r.position?.since !== undefined) criteria['positionSince'] = r.position?.since;
  const evidence: Record<string, unknown> = { ...r.readiness };
  if (evidence['signsLetters'] === undefined && r.position?.signsLetters !== undefined) evidence['signsLetters'] = r.position?.signsLetters;
  const position: Record<string, unknown> = {};
  for (const k of ['serviceIds', 'tasks', 'fieldWeekdays'] as const) if (r.position?.[k] !== undefined) position[k] = r.position?.[k];
  return JSON.stringify([
    ...checkEmployeeCriteria(criteria as EmployeeCriteriaInput, policy, { asOf: AS_OF }).findings,
    ...classifyTalentBox(r.talent ?? {}, policy, { asOf: AS_OF }).findings,
    ...assessRemoteness(position, policy).findings,
    ...checkReadiness(evidence as ReadinessEvidence, policy, { asOf: AS_OF }).findings,
  ]);
}

describe('assessUnit with shared findings', () => {
  it.prop([fc.uniqueArray(fc.oneof(recordArb, fullRecordArb), { minLength: 1, maxLength: 8, selector: (r) => r.nip }), policyArb])(
    'invariant: sharing findings changes no JSON — each decision’s gate findings are what the gate alone gives',
    (records, policy) => {
      const { results } = assessUnit(records, policy, { asOf: AS_OF });
      for (const d of results) {
        const record = records.find((r) => r.nip === d.employeeId)!;
        const gates = d.findings.filter((f) => ['employee_criteria', 'talent_box', 'remoteness', 'readiness'].includes(f.rule));
        expect(JSON.stringify(gates)).toBe(gateFindings(record, policy));
      }
    },
  );
});
