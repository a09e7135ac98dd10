import { describe, expect, it } from 'vitest';
import { issuesOf } from '../_helpers/input-error';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2025 } from '../../src/policy/presets';
import type { ServiceEntry } from '../../src/policy/sections/remoteness';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { defineCatalog, parseCatalog, resolveCatalog } from '../../src/remoteness/define';
import { assessRemoteness } from '../../src/remoteness/assess';

const adminduk: ServiceEntry = {
  id: 'loket-adminduk',
  name: { id: 'Loket administrasi kependudukan', en: 'Civil registry counter' },
  category: 'LOKET',
  mode: 'TATAP_MUKA',
  reason: { id: 'Warga datang langsung', en: 'Citizens come in person' },
};

const arsiparis = serviceCatalog.find((s) => s.id === 'arsiparis') as ServiceEntry;


describe('defineCatalog', () => {
  it('appends added services at the end, in order', () => {
    const c = defineCatalog(serviceCatalog, { add: [adminduk] });
    expect(c.length).toBe(serviceCatalog.length + 1);
    expect(c[c.length - 1]?.id).toBe('loket-adminduk');
  });

  it('replaces a service in its place', () => {
    const c = defineCatalog(serviceCatalog, { replace: [{ ...arsiparis, onsiteDaysPerWeek: 1 }] });
    const index = serviceCatalog.findIndex((s) => s.id === 'arsiparis');
    expect(c[index]).toMatchObject({ id: 'arsiparis', onsiteDaysPerWeek: 1 });
    expect(c.length).toBe(serviceCatalog.length);
  });

  it('removes services and keeps the others in order', () => {
    const c = defineCatalog(serviceCatalog, { remove: ['guru-sma', 'guru-smk'] });
    expect(c.map((s) => s.id)).toEqual(serviceCatalog.map((s) => s.id).filter((id) => id !== 'guru-sma' && id !== 'guru-smk'));
  });

  it('returns a frozen catalogue and leaves the base untouched', () => {
    const before = JSON.stringify(serviceCatalog);
    const c = defineCatalog(serviceCatalog, { add: [adminduk], remove: ['bidan'] });
    expect(Object.isFrozen(c)).toBe(true);
    expect(JSON.stringify(serviceCatalog)).toBe(before);
  });

  it('neither freezes nor changes the entries it is given', () => {
    const entry = structuredClone(adminduk) as ServiceEntry;
    const changes = { add: [entry] };
    const c = defineCatalog(serviceCatalog, changes);
    expect(Object.isFrozen(entry)).toBe(false);
    expect(changes.add[0]).toEqual(adminduk);
    expect(c.at(-1)).not.toBe(entry);
  });

  it('derives from a derived catalogue', () => {
    const a = defineCatalog(serviceCatalog, { add: [adminduk] });
    const b = defineCatalog(a, { remove: ['loket-adminduk'] });
    expect(b.map((s) => s.id)).toEqual(serviceCatalog.map((s) => s.id));
  });

  it('rejects adding an id that is already in the catalogue', () => {
    const issues = issuesOf(() => defineCatalog(serviceCatalog, { add: [{ ...adminduk, id: 'perawat' }] }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['changes.add.0.id', 'service_already_in_catalog']]);
    expect(issues[0]?.message.id).toContain('perawat');
  });

  it('rejects replacing or removing an id that is not in the catalogue, reporting both', () => {
    const issues = issuesOf(() => defineCatalog(serviceCatalog, { replace: [adminduk], remove: ['tidak-ada'] }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['changes.replace.0.id', 'service_not_in_catalog'],
      ['changes.remove.0', 'service_not_in_catalog'],
    ]);
  });

  it('rejects an id in two lists or twice in one list', () => {
    const issues = issuesOf(() => defineCatalog(serviceCatalog, { add: [adminduk, adminduk], remove: ['loket-adminduk'] }));
    expect(issues.map((i) => i.code)).toEqual(['duplicate_service_id', 'service_changed_twice']);
  });

  it('rejects malformed entries with every issue and bilingual messages', () => {
    const bad = { id: 'Bad Id', name: { id: 'x', en: 'x' }, category: 'KESEHATAN', mode: 'LAPANGAN', onsiteDaysPerWeek: 2 };
    const issues = issuesOf(() => defineCatalog(serviceCatalog, { add: [bad as never] }));
    const codes = issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['invalid_format', 'service_reason_required', 'onsite_days_only_for_campuran', 'field_days_required']));
    for (const issue of issues) expect(issue.message.id).not.toBe(issue.message.en);
  });

  it('rejects an entry with both a mode and criteria, or neither', () => {
    const both = { ...adminduk, criteria: { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true } };
    const { mode: _mode, ...neither } = adminduk as ServiceEntry & { mode: string };
    expect(issuesOf(() => defineCatalog(serviceCatalog, { add: [both as never] })).map((i) => i.code)).toContain('service_mode_or_criteria');
    expect(issuesOf(() => defineCatalog(serviceCatalog, { add: [neither as never] })).map((i) => i.code)).toContain('service_mode_or_criteria');
  });

  it('rejects field days on a service that is not LAPANGAN', () => {
    const issues = issuesOf(() => defineCatalog(serviceCatalog, { add: [{ ...adminduk, fieldDaysPerWeek: 2 }] }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['changes.add.0.fieldDaysPerWeek', 'field_days_only_for_lapangan']]);
  });

  it('rejects unknown keys in the changes', () => {
    expect(issuesOf(() => defineCatalog(serviceCatalog, { ad: [adminduk] } as never)).map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});

describe('parseCatalog', () => {
  it('validates a catalogue kept as JSON and returns it frozen', () => {
    const c = parseCatalog(JSON.parse(JSON.stringify(serviceCatalog)));
    expect(c).toEqual(serviceCatalog);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('rejects repeated ids', () => {
    const issues = issuesOf(() => parseCatalog([adminduk, adminduk]));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['catalog.1.id', 'duplicate_service_id']]);
  });

  it('rejects something that is not an array', () => {
    expect(issuesOf(() => parseCatalog({ perawat: adminduk })).map((i) => i.code)).toEqual(['invalid_type']);
  });
});

describe('resolveCatalog', () => {
  it('is the default catalogue itself under a preset', () => {
    expect(resolveCatalog(jabarMkd2025)).toBe(serviceCatalog);
  });

  it('applies the policy catalogue changes', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'kota-x', remoteness: { catalogChanges: { add: [adminduk], remove: ['guru-slb'] } } });
    const ids = resolveCatalog(policy).map((s) => s.id);
    expect(ids).toContain('loket-adminduk');
    expect(ids).not.toContain('guru-slb');
  });

  it('returns a catalogue that already includes the changes unchanged', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'kota-x', remoteness: { catalogChanges: { add: [adminduk] } } });
    const once = resolveCatalog(policy);
    expect(resolveCatalog(policy, { catalog: once })).toBe(once);
    expect(assessRemoteness({ serviceIds: ['loket-adminduk'] }, policy, { catalog: once }).mode).toBe('TATAP_MUKA');
  });

  it('reports changes that do not fit the catalogue under the policy path', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'kota-x', remoteness: { catalogChanges: { remove: ['loket-adminduk'] } } });
    expect(issuesOf(() => resolveCatalog(policy)).map((i) => [i.path.join('.'), i.code])).toEqual([
      ['policy.remoteness.catalogChanges.remove.0', 'service_not_in_catalog'],
    ]);
  });

  it('applies the policy changes to a catalogue of its own', () => {
    const own = defineCatalog([], { add: [adminduk] });
    const policy = definePolicy(jabarMkd2025, { id: 'kota-x', remoteness: { catalogChanges: { replace: [{ ...adminduk, mode: 'JARAK_JAUH' }] } } });
    expect(resolveCatalog(policy, { catalog: own })).toEqual([{ ...adminduk, mode: 'JARAK_JAUH' }]);
  });
});
