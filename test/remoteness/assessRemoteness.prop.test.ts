import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { _deepFreeze } from '../../src/_lib/freeze';
import { jabarMkd2025 } from '../../src/policy/presets';
import { assessRemoteness, type RemotenessAssessment, type RemotenessPosition } from '../../src/remoteness/assess';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { deriveServiceMode } from '../../src/remoteness/derive';
import { filterServices } from '../../src/remoteness/filter';
import { idsOfMode, knownIdArb, positionArb, unknownIdArb } from '../arbitraries/remoteness';

const assess = (p: RemotenessPosition) => assessRemoteness(p, jabarMkd2025);

/** Remoteness order: lower is more remote; JARAK_JAUH 0, CAMPURAN n → n, TATAP_MUKA 6. */
const rank = (r: RemotenessAssessment): number =>
  r.mode === 'JARAK_JAUH' ? 0 : r.mode === 'CAMPURAN' ? (r.onsiteDaysRequired as number) : r.mode === 'TATAP_MUKA' ? 6 : Number.NaN;

const inPersonIdArb = fc.constantFrom(...idsOfMode('TATAP_MUKA'));

describe('assessRemoteness properties', () => {
  it.prop([positionArb, inPersonIdArb])('adding a TATAP_MUKA service never makes a position more remote', (position, extra) => {
    const before = assess(position);
    const after = assess({ ...position, serviceIds: [...(position.serviceIds ?? []), extra] });
    expect(after.mode).toBe('TATAP_MUKA');
    if (before.mode !== 'indeterminate') expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
  });

  it.prop([positionArb, knownIdArb])('adding any catalogue service to a decided position never makes it more remote', (position, extra) => {
    const before = assess(position);
    fc.pre(before.mode !== 'indeterminate');
    const after = assess({ ...position, serviceIds: [...(position.serviceIds ?? []), extra] });
    expect(after.mode).not.toBe('indeterminate');
    expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
  });

  it.prop([positionArb, unknownIdArb])('a position with an unknown service is never remote or hybrid', (position, unknown) => {
    const r = assess({ ...position, serviceIds: [unknown, ...(position.serviceIds ?? [])] });
    expect(['TATAP_MUKA', 'indeterminate']).toContain(r.mode);
  });

  it.prop([positionArb])('the mode agrees with the filtered services and the derived task modes', (position) => {
    const r = assess(position);
    const f = filterServices(position.serviceIds ?? []);
    const tasks = (position.tasks ?? []).map((t) => ({ ...deriveServiceMode(t.criteria, jabarMkd2025), own: t.onsiteDaysPerWeek }));
    const anyInPerson = f.inPerson.length > 0 || tasks.some((t) => t.mode === 'TATAP_MUKA');
    const officeCount = f.remote.length + f.hybrid.length + tasks.length;
    if (anyInPerson) expect(r).toMatchObject({ mode: 'TATAP_MUKA', onsiteDaysRequired: 5 });
    else if (f.unknown.length > 0 || officeCount === 0) expect(r.mode).toBe('indeterminate');
    else {
      const days = [
        ...f.hybrid.map((id) => {
          const s = serviceCatalog.find((e) => e.id === id);
          return s !== undefined && 'mode' in s ? (s.onsiteDaysPerWeek ?? 2) : 2;
        }),
        ...tasks.filter((t) => t.mode === 'CAMPURAN').map((t) => t.own ?? t.onsiteDaysPerWeek),
      ];
      expect(r).toMatchObject(days.length > 0 ? { mode: 'CAMPURAN', onsiteDaysRequired: Math.max(...days) } : { mode: 'JARAK_JAUH', onsiteDaysRequired: 0 });
    }
  });

  it.prop([positionArb])('field days are the distinct field weekdays when given, else the largest field service', (position) => {
    const r = assess(position);
    if (position.fieldWeekdays !== undefined) {
      expect(r.fieldDays.count).toBe(new Set(position.fieldWeekdays).size);
    } else {
      const field = filterServices(position.serviceIds ?? []).field;
      const counts = field.map((id) => {
        const s = serviceCatalog.find((e) => e.id === id);
        return s !== undefined && 'fieldDaysPerWeek' in s ? (s.fieldDaysPerWeek ?? 0) : 0;
      });
      expect(r.fieldDays).toEqual({ count: Math.max(0, ...counts) });
    }
  });

  it.prop([positionArb, fc.integer()])('the order of services does not change the decision', (position, seed) => {
    const ids = [...(position.serviceIds ?? [])];
    const shuffled = ids.map((id, i) => ({ id, key: (i * 7919 + seed) % 101 })).sort((a, b) => a.key - b.key).map((x) => x.id);
    const a = assess(position);
    const b = assess({ ...position, serviceIds: shuffled });
    expect([b.mode, b.onsiteDaysRequired, b.fieldDays]).toEqual([a.mode, a.onsiteDaysRequired, a.fieldDays]);
  });

  it.prop([positionArb])('no input is mutated and the same input gives the same JSON', (position) => {
    const copy = structuredClone(position);
    const frozen = _deepFreeze(structuredClone(position));
    const first = JSON.stringify(assess(frozen));
    expect(JSON.stringify(assess(copy))).toBe(first);
    expect(copy).toEqual(position);
  });

  it.prop([positionArb])('indeterminate exactly when the decision omits the on-site days', (position) => {
    const r = assess(position);
    expect(r.mode === 'indeterminate').toBe(r.onsiteDaysRequired === undefined);
    expect(r.findings.at(-1)?.code.startsWith('remoteness_position_')).toBe(true);
  });
});
