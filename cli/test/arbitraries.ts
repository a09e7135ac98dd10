import fc from 'fast-check';
import { WARNING_LEVELS, WORKING_WEEKDAYS, type EmployeeRecord } from 'kerja-dinamis';
import { validNipArb } from '../../test/arbitraries/nip';
import { kinerjaArb, potensialArb } from '../../test/arbitraries/talent-box';

/** Decision date of the generated records. */
export const CLI_AS_OF = '2026-02-02';

const services = ['perencana', 'analis-kebijakan', 'arsiparis', 'bendahara', 'layanan-informasi-ppid', 'perawat', 'pengawas-konstruksi', 'tidak-ada-di-katalog'];
const dateArb = fc.constantFrom('2023-01-10', '2025-06-30', '2025-10-15', '2025-12-20', '2026-01-31', '2026-02-02', '2026-03-10');
const weekdaysArb = fc.uniqueArray(fc.constantFrom(...WORKING_WEEKDAYS), { minLength: 1, maxLength: 3 });
/** A 0–100 score with at most two decimals (what a spreadsheet holds). */
const scoreArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
const mbpsArb = fc.integer({ min: 0, max: 6000 }).map((n) => n / 100);
/** Text with the characters CSV has to quote, never blank at either end. */
const textArb = fc
  .string({ unit: fc.constantFrom(...'abcdeAÉ ;,"\'\n|-'.split('')), minLength: 1, maxLength: 24 })
  .map((s) => `${s.trim()}x`);

/**
 * A valid employee record that the CSV template can hold: every field the template has a
 * column for, each present or missing, lists non-empty (an empty cell means "missing").
 */
export const csvRecordArb: fc.Arbitrary<EmployeeRecord> = fc
  .record(
    {
      nip: validNipArb.map((x) => x.nip),
      name: textArb,
      unitId: fc.constantFrom('bidang-a', 'upt;b', 'Bidang "C"'),
      title: textArb,
      serviceIds: fc.uniqueArray(fc.constantFrom(...services), { minLength: 1, maxLength: 3 }),
      since: dateArb,
      signsLetters: fc.boolean(),
      days: fc.tuple(weekdaysArb, weekdaysArb).map(([onsite, field]) => ({ onsite, field: field.filter((d) => !onsite.includes(d)) })),
      talent: fc.oneof(
        fc.record({ kinerja: kinerjaArb, potensial: potensialArb, assessedOn: dateArb }, { requiredKeys: ['kinerja', 'potensial'] }),
        fc.record({ kinerjaScore: scoreArb, potensialScore: scoreArb, assessedOn: dateArb }, { requiredKeys: [] }),
      ),
      readiness: fc.record(
        {
          laptop: fc.record({ available: fc.boolean(), ownership: fc.constantFrom('DINAS' as const, 'PRIBADI' as const) }, { requiredKeys: ['available'] }),
          bandwidth: fc.record({ downloadMbps: mbpsArb, uploadMbps: mbpsArb, measuredOn: dateArb }),
          kmobActive: fc.boolean(),
          tte: fc.record({ active: fc.boolean() }),
          workspaceDeclared: fc.boolean(),
          // Codes as the command reads them (no alias among the others: an alias would be rewritten).
          workplace: fc.constantFrom('KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK', 'KAFE', 'RUMAH_ORANG_TUA'),
        },
        { requiredKeys: [] },
      ),
      disciplinary: fc.oneof(
        fc.constant({ status: 'NONE' as const }),
        fc.record({ status: fc.constant('IN_PROCESS' as const), penalty: fc.constantFrom('RINGAN' as const, 'BERAT' as const) }, { requiredKeys: ['status'] }),
        fc.record({ status: fc.constantFrom('SERVING' as const, 'SERVED' as const), penalty: fc.constantFrom('RINGAN' as const, 'SEDANG' as const), until: dateArb }, { requiredKeys: ['status', 'until'] }),
      ),
      capException: fc.constantFrom('TUGAS_LUAR' as const, 'KEADAAN_KHUSUS' as const),
      state: fc.record(
        {
          level: fc.constantFrom(...WARNING_LEVELS),
          streak: fc.tuple(fc.constantFrom('flagged', 'clean'), fc.integer({ min: 0, max: 5 })),
          lastMonth: fc.constantFrom('2025-11', '2025-12', '2026-01'),
        },
        { requiredKeys: ['level', 'streak'] },
      ),
      preferredWeekdays: weekdaysArb,
      leaveDates: fc.uniqueArray(fc.constantFrom('2026-02-03', '2026-02-10', '2026-02-11', '2026-03-02'), { minLength: 1, maxLength: 3 }),
      backupPartnerNip: validNipArb.map((x) => x.nip),
    },
    { requiredKeys: ['nip', 'name', 'unitId'] },
  )
  .map((g) => {
    const position: Record<string, unknown> = {};
    if (g.title !== undefined) position['title'] = g.title;
    if (g.serviceIds !== undefined) position['serviceIds'] = g.serviceIds;
    if (g.since !== undefined) position['since'] = g.since;
    if (g.signsLetters !== undefined) position['signsLetters'] = g.signsLetters;
    if (g.days !== undefined) {
      position['onsiteWeekdays'] = g.days.onsite;
      if (g.days.field.length > 0) position['fieldWeekdays'] = g.days.field;
    }
    const record: Record<string, unknown> = { nip: g.nip, name: g.name, unitId: g.unitId, position };
    for (const key of ['talent', 'readiness', 'disciplinary', 'capException'] as const) if (g[key] !== undefined) record[key] = g[key];
    if (g.state !== undefined) {
      const [kind, n] = g.state.streak;
      const state: Record<string, unknown> = { level: g.state.level, flaggedStreak: kind === 'flagged' ? n : 0, cleanStreak: kind === 'clean' ? n : 0 };
      if (g.state.lastMonth !== undefined) state['lastMonth'] = g.state.lastMonth;
      record['performance'] = { state };
    }
    const roster: Record<string, unknown> = {};
    if (g.preferredWeekdays !== undefined) roster['preferredWeekdays'] = g.preferredWeekdays;
    if (g.leaveDates !== undefined) roster['leaveDates'] = g.leaveDates;
    if (g.backupPartnerNip !== undefined) roster['backupPartnerNip'] = g.backupPartnerNip;
    if (Object.keys(roster).length > 0) record['roster'] = roster;
    return record as unknown as EmployeeRecord;
  });

/** Several records with distinct NIPs. */
export const csvRecordsArb = fc.uniqueArray(csvRecordArb, { minLength: 0, maxLength: 6, selector: (r) => r.nip });

/** How a spreadsheet may write the same records. */
export interface CsvStyle {
  readonly delimiter: ';' | ',';
  readonly bom: boolean;
  readonly crlf: boolean;
  readonly decimalComma: boolean;
  readonly dayFirstDates: boolean;
  readonly booleans: readonly [string, string];
  readonly listSeparator: '|' | ', ';
  readonly lowerCaseCodes: boolean;
  /** A permutation seed for the column order. */
  readonly columnOrder: readonly number[];
}

export const csvStyleArb: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  decimalComma: fc.boolean(),
  dayFirstDates: fc.boolean(),
  booleans: fc.constantFrom(['ya', 'tidak'] as const, ['TRUE', 'FALSE'] as const, ['1', '0'] as const, ['Ya', 'Tidak'] as const),
  listSeparator: fc.constantFrom('|' as const, ', ' as const),
  lowerCaseCodes: fc.boolean(),
  columnOrder: fc.array(fc.nat(), { minLength: 34, maxLength: 34 }),
});
