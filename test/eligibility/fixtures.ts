import type { EmployeeRecord } from '../../src/eligibility/index';

/** Decision date of the fixtures: a Monday, the first working day of March 2026. */
export const AS_OF = '2026-03-02';

/** A month of good performance (TRK above the minimum, full attendance, SKP as expected). */
export const goodMonth = (month: string, workingDays = 20) => ({
  month,
  trk: { effectiveMinutes: 7200 },
  attendance: { daysPresent: workingDays, daysAbsentWithoutReason: 0, minutesLate: 0, minutesEarlyLeave: 0, flexibleDaysWithoutCheckIn: 0, leaveDays: 0 },
  skp: { hasilKerja: 'SESUAI_EKSPEKTASI' as const, perilakuKerja: 'SESUAI_EKSPEKTASI' as const },
});

/**
 * A record that passes every gate on {@link AS_OF} under jabarMkd2025: box 9, a remote
 * desk position for two years, ready, no penalty, clean early-warning state after
 * February 2026.
 */
/** Parts to change; `undefined` removes a part. */
export type RecordOverrides = { [K in keyof EmployeeRecord]?: EmployeeRecord[K] | undefined };

export function goodRecord(overrides: RecordOverrides = {}): EmployeeRecord {
  // An override of `undefined` removes the part (records are exact: no key set to undefined).
  const record: Record<string, unknown> = {
    nip: '198503152010012003',
    name: 'Rina Marlina',
    unitId: 'bidang-perencanaan',
    position: { title: 'Perencana Ahli Muda', serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false },
    talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-09-30' },
    readiness: {
      laptop: { available: true, ownership: 'DINAS' },
      bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2026-02-10' },
      kmobActive: true,
      workspaceDeclared: true,
    },
    disciplinary: { status: 'NONE' },
    performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth: '2026-02' } },
    ...overrides,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as unknown as EmployeeRecord;
}
