import { describe, expect, it } from 'vitest';
import { placesOf, issuesOf } from '../_helpers/input-error';
import { POLICY_SETTINGS, describePolicy, jabarMkd2025, jabarMkd2026, jabarWfhHalf2025, nationalFwa2025, parsePolicyFile, type Policy } from '../../src/policy/index';

const rowOf = (rows: ReturnType<typeof describePolicy>, path: string) => rows.find((r) => r.path === path)!;

describe('describePolicy', () => {
  it('gives one row per setting, in the order of POLICY_SETTINGS', () => {
    expect(describePolicy(jabarMkd2026).map((r) => r.path)).toEqual(POLICY_SETTINGS.map((s) => s.path));
  });

  it('writes values, meanings and units in Bahasa Indonesia by default and in English on request', () => {
    const id = describePolicy(jabarMkd2026);
    const en = describePolicy(jabarMkd2026, { lang: 'en' });
    expect(rowOf(id, 'schedule.weeklyMinutes')).toEqual({
      path: 'schedule.weeklyMinutes',
      value: '2.250',
      meaning: 'Menit kerja seminggu di luar Ramadan (37 jam 30 menit)',
      unit: 'menit per minggu',
      source: 'Perpres 21/2023 Pasal 4 ayat (1)',
    });
    expect(rowOf(en, 'schedule.weeklyMinutes').value).toBe('2,250');
    expect(rowOf(en, 'schedule.weeklyMinutes').unit).toBe('minutes a week');
    expect(rowOf(id, 'talentBox.gate').value).toBe('ya');
    expect(rowOf(en, 'talentBox.gate').value).toBe('yes');
    expect(rowOf(id, 'name').value).toBe(jabarMkd2026.name.id);
    expect(rowOf(en, 'name').value).toBe(jabarMkd2026.name.en);
  });

  it('shows lists, hours, boxes and absent settings readably', () => {
    const rows = describePolicy(jabarMkd2026, { lang: 'en' });
    expect(rowOf(rows, 'talentBox.eligibleBoxes').value).toBe('4, 5, 7, 8, 9');
    expect(rowOf(rows, 'workPattern.collectiveFlexibleWeekdays').value).toBe('KAMIS');
    expect(rowOf(rows, 'schedule.regular.JUMAT').value).toBe('07:30–16:30, break 90 min');
    expect(rowOf(rows, 'schedule.ramadanByYear').value).toBe('1446 AH: 1,950 min a week; 1447 AH: 2,070 min a week');
    expect(rowOf(rows, 'eligibility.flexibleDaysByBox').value).toBe('box 4: 1, box 5: 1, box 7: 3, box 8: 3, box 9: 4');
    expect(rowOf(rows, 'extends').value).toBe('—');
    expect(rowOf(rows, 'calendar.added').value).toBe('—');
    expect(rowOf(rows, 'remoteness.catalogChanges.add').value).toBe('—');
    expect(rowOf(describePolicy(jabarMkd2025), 'effectiveUntil').value).toBe('—');
    expect(rowOf(describePolicy(nationalFwa2025), 'readiness.kmob.required').value).toBe('tidak');
  });

  it('shows the local settings of a file: holidays, services and anchor weekdays', () => {
    const p = parsePolicyFile({
      extends: 'jabar-mkd-2026',
      id: 'tasik',
      calendar: { added: [{ date: '2025-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Tasikmalaya', en: 'Tasikmalaya City Anniversary' } }] },
      remoteness: { catalogChanges: { add: [{ id: 'loket-mpp', name: { id: 'Loket MPP', en: 'MPP counter' }, category: 'LOKET', mode: 'TATAP_MUKA', reason: { id: 'Tatap muka', en: 'Face to face' } }], remove: ['dokter-gigi'] } },
      workPattern: { anchorWeekdays: ['SENIN'] },
      readiness: { bandwidth: { minDownloadMbps: 12.5 } },
    });
    const id = describePolicy(p);
    expect(rowOf(id, 'calendar.added').value).toBe('2025-10-17 Hari Jadi Kota Tasikmalaya (LIBUR_DAERAH)');
    expect(rowOf(id, 'remoteness.catalogChanges.add').value).toBe('loket-mpp (TATAP_MUKA)');
    expect(rowOf(id, 'remoteness.catalogChanges.remove').value).toBe('dokter-gigi');
    expect(rowOf(id, 'workPattern.anchorWeekdays').value).toBe('SENIN');
    expect(rowOf(id, 'readiness.bandwidth.minDownloadMbps').value).toBe('12,5');
    expect(rowOf(describePolicy(p, { lang: 'en' }), 'calendar.added').value).toBe('2025-10-17 Tasikmalaya City Anniversary (LIBUR_DAERAH)');
  });

  it('marks the settings that differ from a base, and only with a base', () => {
    const p = parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'tasik', talentBox: { eligibleBoxes: [5, 7, 8, 9] }, calendar: { added: [] }, remoteness: { catalogChanges: { add: [], replace: [], remove: [] } } });
    const rows = describePolicy(p, { base: jabarMkd2026 });
    expect(rows.filter((r) => r.changed).map((r) => r.path)).toEqual(['id', 'extends', 'talentBox.eligibleBoxes']);
    expect(rows.every((r) => typeof r.changed === 'boolean')).toBe(true);
    expect(describePolicy(p).some((r) => 'changed' in r)).toBe(false);
  });

  it('compares hours and names whatever the order of their keys', () => {
    const base = JSON.parse(JSON.stringify(jabarMkd2026)) as Policy;
    const reordered = { ...base, id: 'x', name: { en: base.name.en, id: base.name.id } };
    expect(describePolicy(reordered, { base }).filter((r) => r.changed).map((r) => r.path)).toEqual(['id']);
    expect(describePolicy(jabarWfhHalf2025, { base: jabarMkd2025 }).filter((r) => r.changed).map((r) => r.path)).toContain('workPattern.anchorWeekdays');
  });

  it('refuses an invalid policy, base, language or option', () => {
    expect(placesOf(issuesOf(() => describePolicy({ ...jabarMkd2026, version: 1 } as unknown as Policy)))).toEqual(['policy.version:invalid_type']);
    expect(placesOf(issuesOf(() => describePolicy(jabarMkd2026, { base: { id: 'x' } as unknown as Policy }))).every((p) => p.startsWith('options.base.'))).toBe(true);
    expect(placesOf(issuesOf(() => describePolicy(jabarMkd2026, { lang: 'fr' as 'id' })))).toEqual(['options.lang:invalid_lang']);
    expect(placesOf(issuesOf(() => describePolicy(jabarMkd2026, { locale: 'en' } as never)))).toEqual(['options.locale:unrecognized_keys']);
  });
});
