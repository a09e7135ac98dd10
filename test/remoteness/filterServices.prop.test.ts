import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { filterServices } from '../../src/remoteness/filter';
import { serviceIdsArb } from '../arbitraries/remoteness';

const lists = (r: ReturnType<typeof filterServices>) => [r.remote, r.hybrid, r.inPerson, r.field, r.unknown];

describe('filterServices properties', () => {
  it.prop([serviceIdsArb])('the lists hold every distinct input id exactly once', (ids) => {
    const all = lists(filterServices(ids)).flat();
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(new Set(ids));
  });

  it.prop([serviceIdsArb])('each list keeps the order of first appearance', (ids) => {
    const firstIndex = (id: string) => ids.indexOf(id);
    for (const list of lists(filterServices(ids))) {
      const positions = list.map(firstIndex);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it.prop([serviceIdsArb])('filtering the result again gives the same lists', (ids) => {
    const once = filterServices(ids);
    for (const [key, list] of Object.entries(once)) {
      const again = filterServices(list as string[]);
      expect(again[key as keyof typeof again]).toEqual(list);
    }
    expect(filterServices(lists(once).flat())).toEqual(once);
  });

  it.prop([serviceIdsArb])('an id is unknown exactly when the catalogue lacks it', (ids) => {
    const known = new Set(serviceCatalog.map((s) => s.id));
    expect(filterServices(ids).unknown).toEqual([...new Set(ids)].filter((id) => !known.has(id)));
  });

  it.prop([fc.array(fc.oneof(fc.string(), fc.constantFrom('perawat', 'perencana')), { maxLength: 10 }).filter((a) => a.every((s) => s.length > 0 && s.length <= 100))])(
    'any strings are filtered without throwing and the input is not mutated',
    (ids) => {
      const frozen = Object.freeze([...ids]);
      const r = filterServices(frozen);
      expect(lists(r).flat().length).toBe(new Set(ids).size);
      expect(frozen).toEqual(ids);
    },
  );
});
