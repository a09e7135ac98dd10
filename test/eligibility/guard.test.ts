import { describe, expect, it } from 'vitest';
import { EmployeeRecordSchema, type EmployeeRecord } from '../../src/eligibility/index';
import { _isEmployeeRecord } from '../../src/eligibility/schema';
import { goodMonth, goodRecord } from './fixtures';

/** A record using every part of the schema, valid. */
const full = (): Record<string, unknown> =>
  structuredClone({
    ...goodRecord(),
    position: {
      title: 'Analis',
      serviceIds: ['perencana'],
      tasks: [{ id: 'verifikasi', criteria: { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: false }, onsiteDaysPerWeek: 2 }],
      since: '2024-01-02',
      signsLetters: true,
      onsiteWeekdays: ['SENIN'],
      fieldWeekdays: ['KAMIS'],
    },
    talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', kinerjaScore: 92.5, potensialScore: 91, assessedOn: '2025-09-30' },
    readiness: { laptop: { available: true }, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2026-02-10' }, kmobActive: true, tte: { active: true }, signsLetters: true, workspaceDeclared: true, workplace: 'DOMISILI' },
    disciplinary: { status: 'SERVED', penalty: 'RINGAN', until: '2025-06-30' },
    capException: 'TUGAS_LUAR',
    performance: {
      state: { level: 'WASPADA', flaggedStreak: 1, cleanStreak: 0, lastMonth: '2025-12' },
      months: [goodMonth('2026-01'), { month: '2026-02', skp: { targetRealisationPercent: 97.25 }, disciplinaryPenalty: 'RINGAN' }],
    },
    roster: { preferredWeekdays: ['JUMAT'], leaveDates: ['2026-03-10'], backupPartnerNip: '198503152010012004' },
  });

/** `full()` changed by `edit`. */
const edited = (edit: (r: Record<string, any>) => void): Record<string, unknown> => {
  const r = full();
  edit(r);
  return r;
};

describe('_isEmployeeRecord', () => {
  it('accepts a record using every part of the schema, which zod returns unchanged', () => {
    const r = full();
    expect(_isEmployeeRecord(r)).toBe(true);
    expect(EmployeeRecordSchema.parse(r)).toEqual(r);
    expect(_isEmployeeRecord(goodRecord())).toBe(true);
  });

  it('accepts a record of its three required fields alone, every part left out', () => {
    const r = { nip: '198503152010012003', name: 'Siti Aminah', unitId: 'bkd-umum' };
    expect(_isEmployeeRecord(r)).toBe(true);
    expect(EmployeeRecordSchema.parse(r)).toEqual(r);
  });

  it('accepts objects without a prototype (zod copies them to the same JSON)', () => {
    const r = Object.assign(Object.create(null) as Record<string, unknown>, full());
    expect(_isEmployeeRecord(r)).toBe(true);
    expect(EmployeeRecordSchema.parse(r)).toEqual(r);
  });

  it('lets symbol keys and properties of arrays besides their items through: zod drops them, and neither JSON nor a rule reads them', () => {
    const r = full() as Record<string | symbol, unknown>;
    r[Symbol('note')] = 'x';
    const ids = Object.assign(['perencana'], { note: 'x' });
    (r['position'] as Record<string, unknown>)['serviceIds'] = ids;
    expect(_isEmployeeRecord(r)).toBe(true);
    expect(JSON.stringify(EmployeeRecordSchema.parse(r))).toBe(JSON.stringify(EmployeeRecordSchema.parse(full())));
  });

  const refused: [string, unknown][] = [
    ['not an object', 'record'],
    ['an array', [full()]],
    ['a class instance', Object.assign(new (class Employee {})(), full())],
    ['a Date in place of a part', edited((r) => (r['talent'] = new Date()))],
    ['a Map in place of a part', edited((r) => (r['readiness'] = new Map()))],
    // null where a nested object goes: refused, never read (destructuring null throws).
    ['null in place of the laptop', edited((r) => (r['readiness']['laptop'] = null))],
    ['null in place of the bandwidth measurement', edited((r) => (r['readiness']['bandwidth'] = null))],
    ['null in place of the disciplinary record', edited((r) => (r['disciplinary'] = null))],
    ['null in place of the saved early-warning state', edited((r) => (r['performance']['state'] = null))],
    ['null in place of a month’s attendance', edited((r) => (r['performance']['months'][0]['attendance'] = null))],
    ['null in place of a month’s SKP', edited((r) => (r['performance']['months'][0]['skp'] = null))],
    ['an unknown key', edited((r) => (r['grade'] = 'III/c'))],
    ['an unknown key deep inside', edited((r) => (r['readiness']['bandwidth']['latencyMs'] = 20))],
    ['an optional key set to undefined', edited((r) => (r['capException'] = undefined))],
    ['an optional key deep inside set to undefined', edited((r) => (r['readiness']['laptop']['ownership'] = undefined))],
    ['a required key missing', edited((r) => delete r['name'])],
    ['a required key deep inside missing', edited((r) => delete r['readiness']['bandwidth']['measuredOn'])],
    ['a key zod reads but for…in does not see (non-enumerable)', edited((r) => Object.defineProperty(r, 'capException', { value: 'TUGAS_LUAR', enumerable: false }))],
    ['a non-enumerable key holding undefined', edited((r) => Object.defineProperty(r, 'roster', { value: undefined, enumerable: false }))],
    ['a NIP in its printed groups (zod would return the 18 digits)', edited((r) => (r['nip'] = '19850315 201001 2 003'))],
    ['a NIP with an impossible birth date', edited((r) => (r['nip'] = '198502302010012003'))],
    ['a NIP appointed before the 18th birthday', edited((r) => (r['nip'] = '198503152002012003'))],
    ['a NIP with sex digit 3', edited((r) => (r['nip'] = '198503152010013003'))],
    ['a NIP of 17 digits', edited((r) => (r['nip'] = '19850315201001200'))],
    ['an empty name', edited((r) => (r['name'] = ''))],
    ['a name of 201 characters', edited((r) => (r['name'] = 'x'.repeat(201)))],
    ['a unit id of 101 characters', edited((r) => (r['unitId'] = 'x'.repeat(101)))],
    ['a position title of 201 characters', edited((r) => (r['position']['title'] = 'x'.repeat(201)))],
    ['an empty service id', edited((r) => (r['position']['serviceIds'] = ['']))],
    ['51 service ids', edited((r) => (r['position']['serviceIds'] = Array.from({ length: 51 }, (_, i) => `s${i}`)))],
    ['a list with a hole', edited((r) => (r['position']['serviceIds'] = [, 'perencana']))],
    ['a task missing one of its five criteria', edited((r) => delete r['position']['tasks'][0]['criteria']['doableWithIct'])],
    ['a task whose on-site days are 6', edited((r) => (r['position']['tasks'][0]['onsiteDaysPerWeek'] = 6))],
    ['two tasks with the same id', edited((r) => r['position']['tasks'].push(structuredClone(r['position']['tasks'][0])))],
    ['a weekday both on-site and field duty', edited((r) => (r['position']['fieldWeekdays'] = ['SENIN']))],
    ['a Saturday among on-site weekdays', edited((r) => (r['position']['onsiteWeekdays'] = ['SABTU']))],
    ['six on-site weekdays', edited((r) => (r['position']['onsiteWeekdays'] = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SENIN']))],
    ['a date that does not exist', edited((r) => (r['position']['since'] = '2025-02-29'))],
    ['a date with a time', edited((r) => (r['talent']['assessedOn'] = '2025-09-30T00:00:00Z'))],
    ['a level that is not one of the three', edited((r) => (r['talent']['kinerja'] = 'ISTIMEWA'))],
    ['a score above 100', edited((r) => (r['talent']['kinerjaScore'] = 100.5))],
    ['a score that is not a number', edited((r) => (r['talent']['potensialScore'] = Number.NaN))],
    ['a speed that is infinite', edited((r) => (r['readiness']['bandwidth']['downloadMbps'] = Number.POSITIVE_INFINITY))],
    ['a speed given as text', edited((r) => (r['readiness']['bandwidth']['uploadMbps'] = '12'))],
    ['a boolean given as a number', edited((r) => (r['readiness']['kmobActive'] = 1))],
    ['a laptop ownership not in the list', edited((r) => (r['readiness']['laptop']['ownership'] = 'SEWA'))],
    ['an empty workplace', edited((r) => (r['readiness']['workplace'] = ''))],
    ['a workplace of 101 characters', edited((r) => (r['readiness']['workplace'] = 'x'.repeat(101)))],
    ['a workplace given as a number', edited((r) => (r['readiness']['workplace'] = 2))],
    ['a workplace given as a list', edited((r) => (r['readiness']['workplace'] = ['DOMISILI']))],
    ['a disciplinary status NONE with a penalty', edited((r) => (r['disciplinary'] = { status: 'NONE', penalty: 'RINGAN' }))],
    ['a penalty SERVED without its last day', edited((r) => (r['disciplinary'] = { status: 'SERVED', penalty: 'RINGAN' }))],
    ['a cap exception not in the list', edited((r) => (r['capException'] = 'DINAS_LUAR'))],
    ['a saved state with two streaks running', edited((r) => (r['performance']['state']['cleanStreak'] = 2))],
    ['a saved state with a fractional streak', edited((r) => (r['performance']['state']['flaggedStreak'] = 1.5))],
    ['a saved state with month 13', edited((r) => (r['performance']['state']['lastMonth'] = '2025-13'))],
    ['a month of TRK minutes above a month’s worth', edited((r) => (r['performance']['months'][0]['trk']['effectiveMinutes'] = 31 * 24 * 60 + 1))],
    ['a month of attendance with 32 days', edited((r) => (r['performance']['months'][0]['attendance']['daysPresent'] = 32))],
    ['an SKP realisation with three decimals', edited((r) => (r['performance']['months'][1]['skp']['targetRealisationPercent'] = 97.125))],
    ['an SKP with both ratings and a realisation', edited((r) => (r['performance']['months'][0]['skp']['targetRealisationPercent'] = 100))],
    ['61 months of performance', edited((r) => (r['performance']['months'] = Array.from({ length: 61 }, () => ({ month: '2025-01' }))))],
    ['a backup partner NIP of 31 characters', edited((r) => (r['roster']['backupPartnerNip'] = '1'.repeat(31)))],
    ['367 leave dates', edited((r) => (r['roster']['leaveDates'] = Array.from({ length: 367 }, () => '2026-03-10')))],
  ];

  for (const [defect, input] of refused) {
    it(`says false for ${defect}`, () => {
      expect(_isEmployeeRecord(input)).toBe(false);
    });
  }

  it('accepts a workplace outside the regulation’s list, and one of 100 characters: the rule decides them, as zod would', () => {
    for (const workplace of ['KAFE', 'x'.repeat(100)]) {
      const r = edited((x) => (x['readiness']['workplace'] = workplace));
      expect(_isEmployeeRecord(r)).toBe(true);
      expect(EmployeeRecordSchema.parse(r)).toEqual(r);
    }
  });

  it('says false for some valid input too, which zod then decides (a NIP in groups is accepted and rewritten)', () => {
    const grouped = edited((r) => (r['nip'] = '19850315 201001 2 003'));
    expect(_isEmployeeRecord(grouped)).toBe(false);
    expect((EmployeeRecordSchema.parse(grouped) as EmployeeRecord).nip).toBe('198503152010012003');
  });
});
