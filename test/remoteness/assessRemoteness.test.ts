import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { formatFinding } from '../../src/locales/format';
import { localeEn } from '../../src/locales/en';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/presets';
import type { ServiceWithMode, TaskCriteria } from '../../src/policy/sections/remoteness';
import { assessRemoteness, type RemotenessPosition } from '../../src/remoteness/assess';
import { serviceCatalog } from '../../src/remoteness/catalog';
import { defineCatalog } from '../../src/remoteness/define';
import type { RemotenessFinding } from '../../src/remoteness/findings';

const assess = (position: RemotenessPosition, policy = jabarMkd2025) => assessRemoteness(position, policy);

const allMet: TaskCriteria = { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true };

describe('assessRemoteness: the position mode', () => {
  it('makes a position of desk work remote with no on-site days', () => {
    expect(assess({ serviceIds: ['analis-kebijakan', 'perencana'] })).toMatchObject({ mode: 'JARAK_JAUH', onsiteDaysRequired: 0, fieldDays: { count: 0 } });
  });

  it('makes a position in-person when any service is TATAP_MUKA', () => {
    expect(assess({ serviceIds: ['analis-kebijakan', 'arsiparis', 'perawat'] })).toMatchObject({ mode: 'TATAP_MUKA', onsiteDaysRequired: 5 });
  });

  it('gives a CAMPURAN position the largest on-site days of its services', () => {
    // auditor-inspektorat needs 2 days, arsiparis 3
    expect(assess({ serviceIds: ['auditor-inspektorat', 'arsiparis', 'perencana'] })).toMatchObject({ mode: 'CAMPURAN', onsiteDaysRequired: 3 });
  });

  it('uses the policy default for a CAMPURAN service described by criteria', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'empat-hari', remoteness: { defaultCampuranOnsiteDays: 4 } });
    expect(assess({ serviceIds: ['pustakawan'] }, policy)).toMatchObject({ mode: 'CAMPURAN', onsiteDaysRequired: 4 });
    expect(assess({ serviceIds: ['pustakawan'] })).toMatchObject({ mode: 'CAMPURAN', onsiteDaysRequired: 2 });
  });

  it('is indeterminate, never remote, when a service is not in the catalogue', () => {
    const r = assess({ serviceIds: ['analis-kebijakan', 'layanan-rahasia'] });
    expect(r.mode).toBe('indeterminate');
    expect(r).not.toHaveProperty('onsiteDaysRequired');
  });

  it('names the closest catalogue ids of an unknown service id, in both languages', () => {
    const r = assess({ serviceIds: ['pranata-komputer'] });
    const unknown = r.findings.find((f) => f.code === 'remoteness_service_unknown');
    expect(unknown?.params).toEqual({ serviceId: 'pranata-komputer', suggestions: ['pranata-komputer-dukungan', 'pranata-komputer-pengembang'] });
    expect(formatFinding(unknown!, { locale: 'en' })).toBe(
      'Service "pranata-komputer" is not in the catalogue, so it is never taken as work that can be done outside the office; did you mean "pranata-komputer-dukungan" or "pranata-komputer-pengembang"?',
    );
    expect(formatFinding(unknown!, { locale: 'id' })).toBe(
      'Layanan "pranata-komputer" tidak ada dalam katalog, sehingga tidak pernah dianggap dapat dikerjakan dari luar kantor; maksud Anda "pranata-komputer-dukungan" atau "pranata-komputer-pengembang"?',
    );
  });

  it('suggests nothing for an unknown service id that is close to no catalogue id', () => {
    const unknown = assess({ serviceIds: ['zzz-qqq-xxx'] }).findings.find((f) => f.code === 'remoteness_service_unknown');
    expect(unknown?.params).toEqual({ serviceId: 'zzz-qqq-xxx', suggestions: [] });
    expect(formatFinding(unknown!, { locale: 'en' })).toBe('Service "zzz-qqq-xxx" is not in the catalogue, so it is never taken as work that can be done outside the office.');
  });

  it('stays in-person when an unknown service sits beside a TATAP_MUKA one', () => {
    expect(assess({ serviceIds: ['layanan-rahasia', 'bidan'] }).mode).toBe('TATAP_MUKA');
  });

  it('is indeterminate for an empty position', () => {
    expect(assess({})).toMatchObject({ mode: 'indeterminate', fieldDays: { count: 0 } });
    expect(assess({ serviceIds: [], tasks: [] }).mode).toBe('indeterminate');
  });

  it('is indeterminate for a position with nothing but field duty, and keeps its field days', () => {
    expect(assess({ serviceIds: ['satpol-pp'] })).toMatchObject({ mode: 'indeterminate', fieldDays: { count: 4 } });
  });

  it('leaves the mode to the other services when field duty is one of them', () => {
    expect(assess({ serviceIds: ['penyuluh-pertanian', 'perencana'] })).toMatchObject({ mode: 'JARAK_JAUH', onsiteDaysRequired: 0, fieldDays: { count: 3 } });
  });

  it('takes field days from the largest field service when no weekdays are given', () => {
    expect(assess({ serviceIds: ['pengendali-dampak-lingkungan', 'satpol-pp', 'perencana'] }).fieldDays).toEqual({ count: 4 });
  });

  it('counts the field weekdays given, once each, Monday first', () => {
    expect(assess({ serviceIds: ['satpol-pp', 'perencana'], fieldWeekdays: ['RABU', 'SENIN', 'RABU'] }).fieldDays).toEqual({
      count: 2,
      weekdays: ['SENIN', 'RABU'],
    });
  });

  it('derives the mode of a task from the five criteria', () => {
    expect(assess({ tasks: [{ id: 'telaah', criteria: allMet }] }).mode).toBe('JARAK_JAUH');
    expect(assess({ tasks: [{ id: 'verifikasi', criteria: { ...allMet, noContinuousSupervision: false }, onsiteDaysPerWeek: 3 }] })).toMatchObject({
      mode: 'CAMPURAN',
      onsiteDaysRequired: 3,
    });
    expect(assess({ serviceIds: ['perencana'], tasks: [{ id: 'rapat', criteria: { ...allMet, minimalFaceToFace: false } }] }).mode).toBe('TATAP_MUKA');
  });

  it('counts a repeated service once', () => {
    const r = assess({ serviceIds: ['perencana', 'perencana'] });
    expect(r.findings.filter((f) => f.code === 'remoteness_service_remote')).toHaveLength(1);
  });

  it('names each service and its mode in the findings, in input order', () => {
    const r = assess({ serviceIds: ['arsiparis', 'perawat', 'satpol-pp'] });
    expect(r.findings.map((f) => [f.code, 'serviceId' in f.params ? f.params.serviceId : null])).toEqual([
      ['remoteness_service_hybrid', 'arsiparis'],
      ['remoteness_service_in_person', 'perawat'],
      ['remoteness_service_field', 'satpol-pp'],
      ['remoteness_field_days', null],
      ['remoteness_position_in_person', null],
    ]);
  });

  it('sees the policy catalogue changes', () => {
    const policy = definePolicy(jabarMkd2025, {
      id: 'kota-x',
      remoteness: { catalogChanges: { replace: [{ ...(serviceCatalog.find((s) => s.id === 'perawat') as ServiceWithMode), mode: 'CAMPURAN', onsiteDaysPerWeek: 4 }] } },
    });
    expect(assess({ serviceIds: ['perawat'] }, policy)).toMatchObject({ mode: 'CAMPURAN', onsiteDaysRequired: 4 });
  });

  it('works with a kabupaten/kota catalogue', () => {
    const own = defineCatalog([], {
      add: [{ id: 'loket-adminduk', name: { id: 'Loket adminduk', en: 'Civil registry counter' }, category: 'LOKET', mode: 'TATAP_MUKA', reason: { id: 'Warga datang', en: 'Citizens come' } }],
    });
    expect(assessRemoteness({ serviceIds: ['loket-adminduk', 'perencana'] }, jabarMkd2025, { catalog: own }).mode).toBe('TATAP_MUKA');
    expect(assessRemoteness({ serviceIds: ['perencana'] }, jabarMkd2025, { catalog: own }).mode).toBe('indeterminate');
  });

  it('carries the policy reference of every preset', () => {
    for (const p of [jabarMkd2023, jabarMkd2025, nationalFwa2025]) {
      expect(assess({ serviceIds: ['perencana'] }, p).policy).toEqual({ id: p.id, version: p.version, effectiveFrom: p.effectiveFrom });
    }
  });

  it('rejects malformed positions with every issue', () => {
    let caught: unknown;
    try {
      assess({ serviceIds: ['ok', 3], fieldWeekdays: ['MONDAY'], tasks: [{ id: 'a', criteria: allMet }, { id: 'a', criteria: allMet }], extra: 1 } as never);
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    const found = isInputError(caught) ? caught.issues.map((i) => [i.path.join('.'), i.code]) : [];
    expect(found).toEqual(
      expect.arrayContaining([
        ['serviceIds.1', 'invalid_type'],
        ['fieldWeekdays.0', 'invalid_value'],
        ['', 'unrecognized_keys'],
      ]),
    );
  });

  it('reports repeated task ids', () => {
    let caught: unknown;
    try {
      assess({ tasks: [{ id: 'a', criteria: allMet }, { id: 'a', criteria: allMet }] });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught) && caught.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['tasks.1.id', 'duplicate_task_id']]);
  });
});

/** One position per finding code, and what each rendering must mention. */
const byCode: Record<RemotenessFinding['code'], { position: RemotenessPosition; id: string[]; en: string[] }> = {
  remoteness_service_remote: { position: { serviceIds: ['perencana'] }, id: ['Perencana', 'JARAK_JAUH', 'SIPD'], en: ['Planner', 'JARAK_JAUH', 'SIPD'] },
  remoteness_service_hybrid: {
    position: { serviceIds: ['arsiparis'] },
    id: ['Arsiparis', '3 hari', 'CAMPURAN', 'SRIKANDI'],
    en: ['Archivist', '3 days', 'CAMPURAN', 'SRIKANDI'],
  },
  remoteness_service_in_person: { position: { serviceIds: ['bidan'] }, id: ['Bidan', 'TATAP_MUKA', 'persalinan'], en: ['Midwife', 'TATAP_MUKA', 'deliveries'] },
  remoteness_service_field: {
    position: { serviceIds: ['penyuluh-pertanian', 'perencana'] },
    id: ['Penyuluh pertanian', 'LAPANGAN', '3 hari'],
    en: ['Agricultural extension worker', 'LAPANGAN', '3 days'],
  },
  remoteness_service_unknown: { position: { serviceIds: ['layanan-rahasia'] }, id: ['layanan-rahasia', 'tidak ada dalam katalog'], en: ['layanan-rahasia', 'not in the catalogue'] },
  remoteness_field_days: {
    position: { serviceIds: ['satpol-pp', 'perencana'], fieldWeekdays: ['SELASA', 'KAMIS'] },
    id: ['2 hari', 'Selasa dan Kamis', '2 hari fleksibel'],
    en: ['2 days', 'Tuesday and Thursday', '2-day'],
  },
  remoteness_position_empty: { position: {}, id: ['belum mencantumkan'], en: ['no services'] },
  remoteness_position_field_only: { position: { serviceIds: ['pemadam-kebakaran'] }, id: ['pemadam-kebakaran', 'hanya'], en: ['pemadam-kebakaran', 'only field duty'] },
  remoteness_position_indeterminate: {
    position: { serviceIds: ['perencana', 'layanan-rahasia'] },
    id: ['layanan-rahasia', 'belum dapat ditentukan'],
    en: ['layanan-rahasia', 'cannot be decided'],
  },
  remoteness_position_in_person: { position: { serviceIds: ['perencana', 'guru-smk'] }, id: ['guru-smk', 'TATAP_MUKA'], en: ['guru-smk', 'TATAP_MUKA'] },
  remoteness_position_hybrid: {
    position: { serviceIds: ['perekam-medis', 'perencana'] },
    id: ['3 hari', 'perekam-medis', 'CAMPURAN'],
    en: ['3 days', 'perekam-medis', 'CAMPURAN'],
  },
  remoteness_position_remote: { position: { serviceIds: ['pranata-humas'] }, id: ['JARAK_JAUH', 'pranata-humas'], en: ['JARAK_JAUH', 'pranata-humas'] },
};

describe('remoteness findings in both languages', () => {
  it('covers every remoteness code of the catalogues', () => {
    const all = Object.keys(localeEn.messages).filter((c) => c.startsWith('remoteness_'));
    expect(Object.keys(byCode).sort()).toEqual(all.sort());
  });

  for (const [code, { position, id, en: english }] of Object.entries(byCode)) {
    it(`renders ${code} in Bahasa Indonesia and English with its evidence`, () => {
      const finding = assess(position).findings.find((f) => f.code === code);
      expect(finding).toBeDefined();
      const textId = formatFinding(finding as RemotenessFinding, { locale: 'id' });
      const textEn = formatFinding(finding as RemotenessFinding, { locale: 'en' });
      for (const s of id) expect(textId).toContain(s);
      for (const s of english) expect(textEn).toContain(s);
      expect(textId).not.toBe(textEn);
    });
  }

  it('gives in-person findings the outcome fail and unknown ones unknown', () => {
    const r = assess({ serviceIds: ['bidan', 'layanan-rahasia'] });
    expect(r.findings.map((f) => [f.code, f.outcome])).toEqual([
      ['remoteness_service_in_person', 'fail'],
      ['remoteness_service_unknown', 'unknown'],
      ['remoteness_position_in_person', 'fail'],
    ]);
  });

  it('explains a mode derived from the criteria by the unmet criteria', () => {
    const r = assess({ tasks: [{ id: 'layanan-konsultasi', criteria: { ...allMet, minimalFaceToFace: false, doableWithIct: false } }] });
    const f = r.findings[0] as RemotenessFinding;
    expect(f.code).toBe('remoteness_service_in_person');
    expect(formatFinding(f, { locale: 'en' })).toContain('“doable with ICT” and “minimal face-to-face contact”');
    expect(formatFinding(f, { locale: 'id' })).toContain('“dapat dilakukan dengan TIK” dan “interaksi tatap muka minimal”');
    expect(formatFinding(f, { locale: 'en' })).toContain('Task "layanan-konsultasi"');
  });

  it('says when the on-site days are the policy default', () => {
    const f = assess({ serviceIds: ['pustakawan'] }).findings[0] as RemotenessFinding;
    expect(formatFinding(f, { locale: 'en' })).toContain('the policy default');
    expect(formatFinding(f, { locale: 'id' })).toContain('bawaan kebijakan');
  });

  it('has JSON-safe params: a JSON round trip changes nothing', () => {
    const r = assess({ serviceIds: ['arsiparis', 'satpol-pp', 'x'], fieldWeekdays: ['SENIN'], tasks: [{ id: 't', criteria: allMet }] });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
