import fc from 'fast-check';
import type { EmployeeRecord } from '../../src/eligibility/index';
import { WARNING_LEVELS } from '../../src/policy/index';
import { validNipArb } from './nip';
import { kinerjaArb, potensialArb } from './talent-box';

/** Decision date of the generated records. */
export const AS_OF = '2026-03-02';

const services = ['perencana', 'analis-kebijakan', 'arsiparis', 'bendahara', 'perawat', 'loket-samsat', 'penyuluh-pertanian', 'tidak-ada-di-katalog'];

/** A valid employee record, each piece of evidence present or missing, values across their range. */
export const recordArb: fc.Arbitrary<EmployeeRecord> = fc
  .record(
    {
      nip: validNipArb.map((x) => x.nip),
      unitId: fc.constantFrom('bidang-a', 'bidang-b', 'upt-c'),
      serviceIds: fc.uniqueArray(fc.constantFrom(...services), { maxLength: 2 }),
      since: fc.constantFrom('2020-01-06', '2025-12-15', '2026-02-02', '2026-04-01'),
      signsLetters: fc.option(fc.boolean(), { nil: undefined }),
      talent: fc.option(
        fc.record({ kinerja: kinerjaArb, potensial: potensialArb, assessedOn: fc.constantFrom('2023-01-10', '2025-06-30', '2026-03-10') }, { requiredKeys: ['kinerja', 'potensial'] }),
        { nil: undefined },
      ),
      readiness: fc.option(
        fc.record(
          {
            laptop: fc.record({ available: fc.boolean(), ownership: fc.constantFrom('DINAS' as const, 'PRIBADI' as const) }),
            bandwidth: fc.record({ downloadMbps: fc.integer({ min: 0, max: 50 }), uploadMbps: fc.integer({ min: 0, max: 20 }), measuredOn: fc.constantFrom('2025-10-01', '2026-02-20', '2026-03-05') }),
            kmobActive: fc.boolean(),
            tte: fc.record({ active: fc.boolean() }),
            workspaceDeclared: fc.boolean(),
            workplace: fc.constantFrom('KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK', 'DOMISILI', 'KAFE'),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      disciplinary: fc.option(
        fc.oneof(
          fc.constant({ status: 'NONE' as const }),
          fc.constant({ status: 'IN_PROCESS' as const }),
          fc.constant({ status: 'SERVING' as const, penalty: 'RINGAN' as const, until: '2026-12-31' }),
        ),
        { nil: undefined },
      ),
      capException: fc.option(fc.constantFrom('TUGAS_LUAR' as const, 'KEADAAN_KHUSUS' as const), { nil: undefined, freq: 4 }),
      warning: fc.option(fc.record({ level: fc.constantFrom(...WARNING_LEVELS), lastMonth: fc.constantFrom('2025-10', '2026-01', '2026-02') }), { nil: undefined }),
    },
    { requiredKeys: ['nip', 'unitId', 'serviceIds', 'since'] },
  )
  .map((g) => {
    const record: Record<string, unknown> = {
      nip: g.nip,
      name: `Pegawai ${g.nip.slice(-4)}`,
      unitId: g.unitId,
      position: { serviceIds: g.serviceIds, since: g.since, ...(g.signsLetters === undefined ? {} : { signsLetters: g.signsLetters }) },
    };
    if (g.talent !== undefined) record['talent'] = g.talent;
    if (g.readiness !== undefined) record['readiness'] = g.readiness;
    if (g.disciplinary !== undefined) record['disciplinary'] = g.disciplinary;
    if (g.capException !== undefined) record['capException'] = g.capException;
    if (g.warning !== undefined) {
      const clean = g.warning.level === 'NORMAL';
      record['performance'] = { state: { level: g.warning.level, flaggedStreak: clean ? 0 : 1, cleanStreak: clean ? 1 : 0, lastMonth: g.warning.lastMonth } };
    }
    return record as unknown as EmployeeRecord;
  });

const weekdayArb = fc.constantFrom('SENIN' as const, 'SELASA' as const, 'RABU' as const, 'KAMIS' as const, 'JUMAT' as const);
const levelArb = fc.constantFrom('DI_BAWAH_EKSPEKTASI' as const, 'SESUAI_EKSPEKTASI' as const, 'DI_ATAS_EKSPEKTASI' as const);
const isoDateArb = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoMonthArb = isoDateArb.map((d) => d.slice(0, 7));
const minutesArb = fc.integer({ min: 0, max: 31 * 24 * 60 });
const daysArb = fc.integer({ min: 0, max: 31 });

/** An optional part: absent (never set to undefined) or generated. */
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops the keys whose value is undefined: records are exact. */
function exact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

const taskArb = fc
  .record({
    criteria: fc.record({
      doableOutsideOffice: fc.boolean(),
      noSpecialSpaceOrEquipment: fc.boolean(),
      doableWithIct: fc.boolean(),
      minimalFaceToFace: fc.boolean(),
      noContinuousSupervision: fc.boolean(),
    }),
    onsiteDaysPerWeek: opt(fc.integer({ min: 1, max: 5 })),
  })
  .map(exact);

/** Weekday lists of a position: on-site and field weekdays apart, as the schema requires. */
const positionWeekdaysArb = fc.array(fc.constantFrom(0, 1, 2), { minLength: 5, maxLength: 5 }).map((where) => {
  const days = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const;
  return { onsite: days.filter((_, i) => where[i] === 1), field: days.filter((_, i) => where[i] === 2) };
});

/**
 * A valid employee record using every part of `EmployeeRecordSchema` — title, tasks,
 * weekday lists, scores, every disciplinary status, months of performance in both SKP
 * forms, a saved state with or without its last month, roster wishes — each part
 * present or absent, keys in any order. Valid by construction (for the guard's
 * differential test; `recordArb` is the realistic one for the rules).
 */
export const fullRecordArb: fc.Arbitrary<EmployeeRecord> = fc
  .record({
    nip: validNipArb.map((x) => x.nip),
    name: fc.string({ minLength: 1, maxLength: 40 }),
    // Any entity id: 1–100 characters but the reserved object keys.
    unitId: fc.string({ minLength: 1, maxLength: 20 }).filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id)),
    position: fc
      .record({
        title: opt(fc.string({ maxLength: 30 })),
        serviceIds: opt(fc.array(fc.oneof(fc.constantFrom(...services), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 3 })),
        tasks: opt(fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), taskArb), { maxLength: 3, selector: ([id]) => id }).map((ts) => ts.map(([id, t]) => ({ id, ...t })))),
        since: opt(isoDateArb),
        signsLetters: opt(fc.boolean()),
        weekdays: opt(positionWeekdaysArb),
        onsiteGiven: fc.boolean(),
        fieldGiven: fc.boolean(),
      })
      .map(({ weekdays, onsiteGiven, fieldGiven, ...rest }) =>
        exact({ ...rest, onsiteWeekdays: onsiteGiven ? weekdays?.onsite : undefined, fieldWeekdays: fieldGiven ? weekdays?.field : undefined }),
      ),
    talent: opt(
      fc
        .record({
          kinerja: opt(kinerjaArb),
          potensial: opt(potensialArb),
          kinerjaScore: opt(fc.double({ min: 0, max: 100, noNaN: true })),
          potensialScore: opt(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }))),
          assessedOn: opt(isoDateArb),
        })
        .map(exact),
    ),
    readiness: opt(
      fc
        .record({
          laptop: opt(fc.record({ available: fc.boolean(), ownership: opt(fc.constantFrom('DINAS' as const, 'PRIBADI' as const)) }).map(exact)),
          bandwidth: opt(fc.record({ downloadMbps: fc.double({ min: 0, max: 100_000, noNaN: true }), uploadMbps: fc.integer({ min: 0, max: 100 }), measuredOn: isoDateArb })),
          kmobActive: opt(fc.boolean()),
          tte: opt(fc.record({ active: fc.boolean() })),
          signsLetters: opt(fc.boolean()),
          workspaceDeclared: opt(fc.boolean()),
          // The workplaces of the regulation, and any other text the schema takes (a domain outcome).
          workplace: opt(fc.oneof(fc.constantFrom('KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'), fc.string({ minLength: 1, maxLength: 100 }))),
        })
        .map(exact),
    ),
    disciplinary: opt(
      fc.oneof(
        fc.constant({ status: 'NONE' as const }),
        fc.record({ status: fc.constantFrom('IN_PROCESS' as const, 'SERVING' as const), penalty: opt(fc.constantFrom('RINGAN' as const, 'SEDANG' as const, 'BERAT' as const)), until: opt(isoDateArb) }).map(exact),
        fc.record({ status: fc.constant('SERVED' as const), penalty: opt(fc.constantFrom('RINGAN' as const, 'SEDANG' as const, 'BERAT' as const)), until: isoDateArb }).map(exact),
      ),
    ),
    capException: opt(fc.constantFrom('TUGAS_LUAR' as const, 'KEADAAN_KHUSUS' as const)),
    performance: opt(
      fc
        .record({
          state: opt(
            fc
              .record({ level: fc.constantFrom(...WARNING_LEVELS), streak: fc.integer({ min: 0, max: 1_000_000 }), flagged: fc.boolean(), lastMonth: opt(isoMonthArb) })
              .map(({ level, streak, flagged, lastMonth }) => exact({ level, flaggedStreak: flagged ? streak : 0, cleanStreak: flagged ? 0 : streak, lastMonth })),
          ),
          months: opt(
            fc.array(
              fc
                .record({
                  month: isoMonthArb,
                  trk: opt(fc.record({ effectiveMinutes: minutesArb })),
                  attendance: opt(
                    fc.record({
                      daysPresent: daysArb,
                      daysAbsentWithoutReason: daysArb,
                      minutesLate: minutesArb,
                      minutesEarlyLeave: minutesArb,
                      flexibleDaysWithoutCheckIn: daysArb,
                      leaveDays: daysArb,
                    }),
                  ),
                  skp: opt(
                    fc.oneof(
                      fc.record({ hasilKerja: levelArb, perilakuKerja: levelArb }),
                      fc.record({ targetRealisationPercent: fc.integer({ min: 0, max: 100_000 }).map((h) => h / 100) }),
                    ),
                  ),
                  disciplinaryPenalty: opt(fc.constantFrom('RINGAN' as const, 'SEDANG' as const, 'BERAT' as const)),
                })
                .map(exact),
              { maxLength: 3 },
            ),
          ),
        })
        .map(exact),
    ),
    roster: opt(
      fc
        .record({
          preferredWeekdays: opt(fc.uniqueArray(weekdayArb, { maxLength: 5 })),
          leaveDates: opt(fc.array(isoDateArb, { maxLength: 4 })),
          backupPartnerNip: opt(fc.string({ minLength: 1, maxLength: 30 })),
        })
        .map(exact),
    ),
    order: fc.integer(),
  })
  .map(({ order, ...parts }) => {
    // Keys in a generated order: the schema's copy has its own order, which must not matter.
    const entries = Object.entries(exact(parts));
    entries.sort((a, b) => ((a[0].charCodeAt(0) * 31 + order) % 17) - ((b[0].charCodeAt(0) * 31 + order) % 17));
    return Object.fromEntries(entries) as unknown as EmployeeRecord;
  });
