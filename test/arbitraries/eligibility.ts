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
