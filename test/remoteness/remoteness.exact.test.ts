/**
 * Exact findings of the service-remoteness gate: rule, outcome, code and every parameter,
 * compared strictly. The other tests check modes and codes; mutation testing showed
 * that a finding's rule or outcome, the "policy default" flag of a hybrid service, the
 * services that decide the on-site days, or the field-day finding could change
 * unnoticed (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { jabarMkd2025 } from '../../src/policy/presets';
import { assessRemoteness, type RemotenessPosition } from '../../src/remoteness/assess';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { defineCatalog } from '../../src/remoteness/define';

const remote = (outcome: string, code: string, params: object) => ({ rule: 'remoteness', outcome, code, params });
const ALL_MET = { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true };
/** The built-in catalogue and one hybrid service that leaves its on-site days to the policy. */
const catalog = defineCatalog(serviceCatalog, {
  add: [{ id: 'campuran-bawaan', name: { id: 'Campuran bawaan', en: 'Default hybrid' }, category: 'PERKANTORAN', mode: 'CAMPURAN', reason: { id: 'Alasan', en: 'Reason' } }],
});
const assess = (position: RemotenessPosition) => assessRemoteness(position, jabarMkd2025, { catalog });
const entry = (id: string) => {
  const e = serviceCatalog.find((s) => s.id === id)!;
  return { name: e.name, reason: e.reason };
};
const fromCatalog = (id: string) => ({ serviceId: id, source: 'catalog', derivedFromCriteria: false, unmetCriteria: [], ...entry(id) });

describe('assessRemoteness: every finding exactly', () => {
  it('takes the most on-site days of the hybrid services, names the services that set them, and flags the policy default', () => {
    const r = assess({
      serviceIds: ['campuran-bawaan', 'perekam-medis', 'epidemiolog-kesehatan', 'pengawas-sekolah'],
      tasks: [
        { id: 't-remote', criteria: ALL_MET },
        { id: 't-hybrid', criteria: { ...ALL_MET, noSpecialSpaceOrEquipment: false } },
      ],
    });
    expect(r.mode).toBe('CAMPURAN');
    expect(r.onsiteDaysRequired).toBe(3);
    expect(r.fieldDays).toStrictEqual({ count: 3 });
    expect(r.findings).toStrictEqual([
      remote('pass', 'remoteness_service_hybrid', {
        serviceId: 'campuran-bawaan',
        source: 'catalog',
        derivedFromCriteria: false,
        unmetCriteria: [],
        name: { id: 'Campuran bawaan', en: 'Default hybrid' },
        reason: { id: 'Alasan', en: 'Reason' },
        onsiteDaysPerWeek: 2,
        policyDefault: true,
      }),
      remote('pass', 'remoteness_service_hybrid', { ...fromCatalog('perekam-medis'), onsiteDaysPerWeek: 3, policyDefault: false }),
      remote('pass', 'remoteness_service_hybrid', { ...fromCatalog('epidemiolog-kesehatan'), onsiteDaysPerWeek: 2, policyDefault: false }),
      remote('pass', 'remoteness_service_field', { ...fromCatalog('pengawas-sekolah'), fieldDaysPerWeek: 3 }),
      remote('pass', 'remoteness_service_remote', { serviceId: 't-remote', source: 'task', derivedFromCriteria: true, unmetCriteria: [] }),
      remote('pass', 'remoteness_service_hybrid', {
        serviceId: 't-hybrid',
        source: 'task',
        derivedFromCriteria: true,
        unmetCriteria: ['noSpecialSpaceOrEquipment'],
        onsiteDaysPerWeek: 2,
        policyDefault: true,
      }),
      remote('pass', 'remoteness_field_days', { count: 3, serviceIds: ['pengawas-sekolah'] }),
      remote('pass', 'remoteness_position_hybrid', { onsiteDaysRequired: 3, serviceIds: ['perekam-medis'] }),
    ]);
  });

  it('cannot decide a position of field duty alone; stated field weekdays set the count, in weekday order', () => {
    const r = assess({ serviceIds: ['pengawas-sekolah', 'satpol-pp'], fieldWeekdays: ['RABU', 'SENIN'] });
    expect(r.mode).toBe('indeterminate');
    expect('onsiteDaysRequired' in r).toBe(false);
    expect(r.fieldDays).toStrictEqual({ count: 2, weekdays: ['SENIN', 'RABU'] });
    expect(r.findings.slice(2)).toStrictEqual([
      remote('pass', 'remoteness_field_days', { count: 2, weekdays: ['SENIN', 'RABU'], serviceIds: ['pengawas-sekolah', 'satpol-pp'] }),
      remote('unknown', 'remoteness_position_field_only', { serviceIds: ['pengawas-sekolah', 'satpol-pp'] }),
    ]);
  });

  it('reports stated field weekdays without field services, and none when the list is empty', () => {
    const withDay = assess({ serviceIds: ['analis-kebijakan'], fieldWeekdays: ['KAMIS'] });
    expect(withDay.findings).toStrictEqual([
      remote('pass', 'remoteness_service_remote', fromCatalog('analis-kebijakan')),
      remote('pass', 'remoteness_field_days', { count: 1, weekdays: ['KAMIS'], serviceIds: [] }),
      remote('pass', 'remoteness_position_remote', { serviceIds: ['analis-kebijakan'] }),
    ]);
    const none = assess({ serviceIds: ['analis-kebijakan'], fieldWeekdays: [] });
    expect(none.fieldDays).toStrictEqual({ count: 0, weekdays: [] });
    expect(none.findings.map((f) => f.code)).toEqual(['remoteness_service_remote', 'remoteness_position_remote']);
    expect(none.onsiteDaysRequired).toBe(0);
  });

  it('says why a position cannot be decided, or why it is in person', () => {
    expect(assess({ serviceIds: [] }).findings).toStrictEqual([remote('unknown', 'remoteness_position_empty', {})]);
    expect(assess({ serviceIds: ['analis-kebijakan', 'tidak-ada'] }).findings.slice(1)).toStrictEqual([
      remote('unknown', 'remoteness_service_unknown', { serviceId: 'tidak-ada', suggestions: [] }),
      remote('unknown', 'remoteness_position_indeterminate', { unknownServiceIds: ['tidak-ada'] }),
    ]);
    const inPerson = assess({ serviceIds: ['analis-kebijakan', 'perawat'] });
    expect(inPerson.onsiteDaysRequired).toBe(5);
    expect(inPerson.findings.slice(1)).toStrictEqual([
      remote('fail', 'remoteness_service_in_person', fromCatalog('perawat')),
      remote('fail', 'remoteness_position_in_person', { serviceIds: ['perawat'] }),
    ]);
  });
});

describe('the remoteness inputs refused, exactly', () => {
  it('names a repeated task id at its second place, in both languages', () => {
    const tasks = [{ id: 'a', criteria: ALL_MET }, { id: 'b', criteria: ALL_MET }, { id: 'a', criteria: ALL_MET }];
    expect(exactIssuesOf(() => assess({ tasks }))).toStrictEqual([
      { path: 'tasks.2.id', code: 'duplicate_task_id', message: { id: 'Id tugas "a" berulang', en: 'Task id "a" is repeated' } },
    ]);
  });

  it('names a change that adds a listed service, or replaces or removes an unlisted one', () => {
    const listed = serviceCatalog[0]!;
    expect(exactIssuesOf(() => defineCatalog(serviceCatalog, { add: [listed], replace: [{ ...listed, id: 'tidak-ada' }], remove: ['juga-tidak-ada'] }))).toStrictEqual([
      {
        path: 'changes.add.0.id',
        code: 'service_already_in_catalog',
        message: { id: `Layanan "${listed.id}" sudah ada di katalog; gunakan "replace" untuk menggantinya`, en: `Service "${listed.id}" is already in the catalogue; use "replace" to change it` },
      },
      { path: 'changes.replace.0.id', code: 'service_not_in_catalog', message: { id: 'Layanan "tidak-ada" tidak ada di katalog', en: 'Service "tidak-ada" is not in the catalogue' } },
      { path: 'changes.remove.0', code: 'service_not_in_catalog', message: { id: 'Layanan "juga-tidak-ada" tidak ada di katalog', en: 'Service "juga-tidak-ada" is not in the catalogue' } },
    ]);
  });

  it('names the base catalogue when it is not a catalogue', () => {
    expect(exactIssuesOf(() => defineCatalog([{ id: 1 }] as never, {})).every((p) => p.path.startsWith('base'))).toBe(true);
    expect(exactIssuesOf(() => defineCatalog([{ id: 1 }] as never, {}))).not.toEqual([]);
  });
});
