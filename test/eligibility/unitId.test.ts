import { describe, expect, it } from 'vitest';
import { EmployeeRecordSchema, assessUnit, jabarMkd2025, validate } from '../../src/index';

describe('unitId is an entity id, as the work-pattern unit requires', () => {
  for (const unitId of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses the reserved id ${unitId} with forbidden_id at unitId, in the schema and in assessUnit`, () => {
      const record = { nip: '198205142006042001', name: 'Siti', unitId, position: { serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false } };
      const checked = validate(EmployeeRecordSchema, record);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['unitId', 'forbidden_id']]);
      const batch = assessUnit([record], jabarMkd2025, { asOf: '2026-02-02' });
      expect(batch.rejected.map((r) => r.issues.map((i) => i.code))).toEqual([['forbidden_id']]);
    });
  }
});
