/**
 * `roster --format json` is written unit by unit (`rosterJsonPieces`): the pieces joined
 * are exactly `JSON.stringify({ month, policy, units }, null, 2)` and a line break, for
 * no unit, one, and several — including text with line breaks, quotes and non-ASCII in
 * names, which JSON escapes, so that indenting after each line break stays exact.
 */
import { jabarMkd2025, planMonth, policyRefOf } from 'kerja-dinamis';
import { describe, expect, it } from 'vitest';
import { rosterJsonPieces, type UnitPlan } from '../src/roster-view';

const record = (nip: string, name: string, unitId: string) => ({ nip, name, unitId, position: { serviceIds: ['perencana'] } });

function whole(plans: readonly UnitPlan[]): string {
  const json = { month: '2026-02', policy: policyRefOf(jabarMkd2025), units: plans.map(({ unit, plan }) => ({ unit, decisions: plan.decisions, allocation: plan.allocation, findings: plan.findings })) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

describe('roster JSON written unit by unit', () => {
  it('gives the bytes of the whole document for none, one and three units', () => {
    const units = [
      { id: 'bidang-a', minOnsitePercent: 50 },
      { id: 'bidang-b' },
      { id: 'bidang-"c"\n' },
    ];
    const names = ['Siti "Ani"\nAminah', 'Dédé Ružička', 'Budi\u202eSantoso'];
    const plans: UnitPlan[] = units.map((unit, i) => ({
      unit: unit as UnitPlan['unit'],
      plan: planMonth([record('198503152010012003', names[i]!, unit.id), record('199001012015031001', 'Rina', unit.id)], jabarMkd2025, { unit: { id: unit.id }, month: '2026-02' }),
    }));
    for (const n of [0, 1, 3]) {
      const some = plans.slice(0, n);
      expect([...rosterJsonPieces('2026-02', jabarMkd2025, some)].join('')).toBe(whole(some));
    }
  });

  it('yields one piece per unit besides its head and end, so no piece holds more than one unit', () => {
    const plan = planMonth([record('198503152010012003', 'Siti', 'u')], jabarMkd2025, { unit: { id: 'u' }, month: '2026-02' });
    const pieces = [...rosterJsonPieces('2026-02', jabarMkd2025, [{ unit: { id: 'u' }, plan }, { unit: { id: 'u' }, plan }])];
    expect(pieces).toHaveLength(4);
    expect(pieces[0]).toMatch(/"units": \[$/);
    expect(pieces[3]).toBe('\n  ]\n}\n');
  });
});
