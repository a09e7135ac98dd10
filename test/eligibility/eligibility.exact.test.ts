/**
 * `assessEligibility` and `assessUnit` compared exactly where the other tests
 * compare codes: rejected entries with and without a NIP, the refusals of bad options
 * with their paths, calendar overrides reaching the months an early-warning gate scores,
 * the shared gate results that must not mix two records up, and the early-warning gate's
 * own outcome and level. Written from the surviving mutants of `src/eligibility`
 * (docs/testing.md); each test but one fails on a mutant the others let through (the
 * entries without a NIP guard a rule whose mutant is equivalent: see the test).
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf, issuesOf, placesOf } from '../_helpers/input-error';
import { workingDaysInMonth } from '../../src/calendar/index';
import { assessEligibility, assessUnit, type EligibilityDecision } from '../../src/eligibility/index';
import { definePolicy, jabarMkd2025 } from '../../src/policy/index';
import { AS_OF, goodMonth, goodRecord } from './fixtures';

const earlyWarning = (d: EligibilityDecision) => d.gates.find((g) => g.gate === 'early_warning')!.outcome;

describe('assessUnit: rejected entries, exactly', () => {
  it('an entry whose NIP is not text is rejected without a `nip` key; one with a NIP as text keeps it as read', () => {
    const r = assessUnit([42, { nip: '19900101 201503 1 001' }] as unknown[], jabarMkd2025, { asOf: AS_OF });
    expect(Object.keys(r.rejected[0]!)).toEqual(['index', 'issues']);
    expect(r.rejected[0]).toStrictEqual({ index: 0, issues: r.rejected[0]!.issues });
    expect(Object.keys(r.rejected[1]!)).toEqual(['index', 'nip', 'issues']);
    expect(r.rejected[1]!.nip).toBe('199001012015031001');
  });

  it('a repeated NIP is refused at `nip`, with its message in both languages', () => {
    const a = goodRecord();
    const r = assessUnit([a, { ...a, name: 'Rina M.' }], jabarMkd2025, { asOf: AS_OF });
    const issue = {
      path: ['nip'],
      code: 'duplicate_nip',
      message: { id: 'NIP 198503152010012003 tercantum lebih dari sekali', en: 'NIP 198503152010012003 is listed more than once' },
    };
    expect(r.rejected).toStrictEqual([
      { index: 0, nip: '198503152010012003', issues: [issue] },
      { index: 1, nip: '198503152010012003', issues: [issue] },
    ]);
  });
});

describe('the options of a call, refused at their path', () => {
  it('a catalogue that is not a list is refused at options.catalog', () => {
    expect(placesOf(issuesOf(() => assessUnit([], jabarMkd2025, { asOf: AS_OF, catalog: 5 as never })))).toEqual(['options.catalog:invalid_type']);
    expect(placesOf(issuesOf(() => assessEligibility(goodRecord(), jabarMkd2025, { asOf: AS_OF, catalog: 5 as never })))).toEqual(['options.catalog:invalid_type']);
  });

  it('calendar overrides are checked when the call starts, even when no record needs the calendar', () => {
    expect(exactIssuesOf(() => assessUnit([], jabarMkd2025, { asOf: AS_OF, calendar: { removed: ['2026-02-11'] } }))).toEqual([
      {
        path: 'options.calendar.removed.0',
        code: 'calendar_not_a_holiday',
        message: {
          id: 'Tanggal 2026-02-11 bukan hari libur dalam kalender, jadi tidak dapat dihapus',
          en: '2026-02-11 is not a holiday of the calendar, so it cannot be removed',
        },
      },
    ]);
  });
});

describe('a position checked across its fields, whichever way the record comes in', () => {
  // The guard in front of the schema refuses these records, so the schema itself decides
  // them: its cross-field check must report them, or a bad record would be assessed.
  const criteria = { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true };
  const task = (id: string) => ({ id, criteria });

  it('a task id given twice is refused at the repeat, with the id in both languages', () => {
    const record = goodRecord({ position: { serviceIds: ['perencana'], tasks: [task('a'), task('b'), task('a')] } });
    const issue = { path: 'position.tasks.2.id', code: 'duplicate_task_id', message: { id: 'Id tugas "a" berulang', en: 'Task id "a" is repeated' } };
    expect(exactIssuesOf(() => assessEligibility(record, jabarMkd2025, { asOf: AS_OF }))).toEqual([issue]);
    expect(assessUnit([record, goodRecord({ nip: '199001012015031001' })], jabarMkd2025, { asOf: AS_OF }).rejected.map((r) => [r.index, placesOf(r.issues)])).toEqual([[0, ['position.tasks.2.id:duplicate_task_id']]]);
  });

  it('one task, or two with their own ids, is no repeat', () => {
    for (const tasks of [[task('a')], [task('a'), task('b')]]) {
      expect(assessEligibility(goodRecord({ position: { serviceIds: ['perencana'], tasks } }), jabarMkd2025, { asOf: AS_OF }).employeeId).toBe(goodRecord().nip);
    }
  });

  it('a weekday both on-site and field duty is refused at fieldWeekdays, once for each such day', () => {
    const record = goodRecord({ position: { serviceIds: ['perencana'], onsiteWeekdays: ['SENIN', 'RABU'], fieldWeekdays: ['RABU', 'SENIN', 'KAMIS'] } });
    const day = (d: string) => ({
      path: 'position.fieldWeekdays',
      code: 'onsite_and_field_day',
      message: { id: `Hari ${d} tidak dapat sekaligus hari tugas di kantor dan hari tugas lapangan`, en: `${d} cannot be both an on-site and a field-duty weekday` },
    });
    expect(exactIssuesOf(() => assessEligibility(record, jabarMkd2025, { asOf: AS_OF }))).toEqual([day('RABU'), day('SENIN')]);
  });
});

describe('calendar overrides reach the months the early-warning gate scores', () => {
  // February 2026 has 18 working days (the 16th and 17th are holidays): present on all of them.
  const record = goodRecord({
    performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth: '2026-01' }, months: [goodMonth('2026-02', 18)] },
  });
  const holiday = { added: [{ date: '2026-02-10', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari jadi', en: 'Anniversary' } }] };

  it('present every working day of February: eligible on the policy calendar', () => {
    expect(workingDaysInMonth('2026-02', { policy: jabarMkd2025 })).toHaveLength(18);
    const r = assessUnit([record], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => [d.status, earlyWarning(d)])).toEqual([['ELIGIBLE', 'pass']]);
  });

  it('one more holiday given by the call makes those days more than February has: the record is rejected, with the month`s path', () => {
    const r = assessUnit([record], jabarMkd2025, { asOf: AS_OF, calendar: holiday });
    expect(r.results).toEqual([]);
    expect(r.rejected.map((x) => x.issues.map((i) => `${i.path.join('.')}:${i.code}`))).toEqual([['months.0.attendance:attendance_days_exceed_working_days']]);
    expect(r.rejected[0]!.issues[0]!.message.en).toBe('Days present 18 + absent without reason 0 + leave 0 = 18, more than the 17 working days of 2026-02');
    expect(placesOf(issuesOf(() => assessEligibility(record, jabarMkd2025, { asOf: AS_OF, calendar: holiday })))).toEqual([
      'months.0.attendance:attendance_days_exceed_working_days',
    ]);
  });
});

describe('shared gate results never mix two records up', () => {
  it('positions of unknown services ["ab", "c"] and ["a", "bc"] keep their own ids (the shared key joins ids with NUL)', () => {
    const a = goodRecord({ position: { title: 'Analis', serviceIds: ['ab', 'c'] } as never });
    const b = goodRecord({ nip: '198503152010012011', position: { title: 'Analis', serviceIds: ['a', 'bc'] } as never });
    const unknown = (d: EligibilityDecision) => d.findings.find((f) => f.code === 'remoteness_position_indeterminate')?.params;
    const r = assessUnit([a, b], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => [d.employeeId, unknown(d)])).toEqual([
      ['198503152010012003', { unknownServiceIds: ['ab', 'c'] }],
      ['198503152010012011', { unknownServiceIds: ['a', 'bc'] }],
    ]);
  });
});

describe('the early-warning gate without evidence', () => {
  const none = goodRecord({ performance: undefined });

  it('a policy that treats a missing record as NORMAL passes the gate at level NORMAL', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'normal-if-missing', eligibility: { missingEarlyWarning: 'NORMAL' } });
    const d = assessEligibility(none, policy, { asOf: AS_OF });
    expect([earlyWarning(d), d.warningLevel, d.status]).toEqual(['pass', 'NORMAL', 'ELIGIBLE']);
  });

  it('a policy that treats it as unknown leaves the gate unknown and the level absent', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'unknown-if-missing', eligibility: { missingEarlyWarning: 'UNKNOWN' } });
    const d = assessEligibility(none, policy, { asOf: AS_OF });
    expect([earlyWarning(d), d.status, 'warningLevel' in d]).toEqual(['unknown', 'INDETERMINATE', false]);
  });
});

describe('the early-warning gate with months', () => {
  it('months without a saved state start from NORMAL with no streaks: two clean months keep NORMAL, cleanStreak 2', () => {
    const d = assessEligibility(goodRecord({ performance: { months: [goodMonth('2026-01', 19), goodMonth('2026-02', 18)] } }), jabarMkd2025, { asOf: AS_OF });
    expect(d.warningLevel).toBe('NORMAL');
    expect(d.findings).toContainEqual({
      rule: 'early_warning',
      outcome: 'pass',
      code: 'early_warning_level_kept',
      params: { month: '2026-02', level: 'NORMAL', flaggedStreak: 0, cleanStreak: 2, cleanMonthsToRestore: 2 },
    });
  });

  it('a severe penalty in the last month, without a saved state, raises NORMAL to DICABUT with a streak of one', () => {
    const d = assessEligibility(
      goodRecord({ performance: { months: [goodMonth('2026-01', 19), { month: '2026-02', disciplinaryPenalty: 'BERAT' }] } }),
      jabarMkd2025,
      { asOf: AS_OF },
    );
    expect([d.status, d.warningLevel, earlyWarning(d)]).toEqual(['NOT_ELIGIBLE', 'DICABUT', 'fail']);
    expect(d.findings).toContainEqual({
      rule: 'early_warning',
      outcome: 'fail',
      code: 'early_warning_level_raised',
      params: { month: '2026-02', from: 'NORMAL', to: 'DICABUT', flaggedStreak: 1, cause: 'SEVERE' },
    });
  });

  it('months from the decision month on are ignored, and the finding lists exactly those', () => {
    const d = assessEligibility(
      goodRecord({
        performance: {
          state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 3, lastMonth: '2026-01' },
          months: [goodMonth('2026-02', 18), { month: '2026-03', disciplinaryPenalty: 'BERAT' }, { month: '2026-04', disciplinaryPenalty: 'BERAT' }],
        },
      }),
      jabarMkd2025,
      { asOf: AS_OF },
    );
    expect(d.findings.filter((f) => f.code === 'eligibility_early_warning_months_ignored')).toStrictEqual([
      { rule: 'eligibility', outcome: 'pass', code: 'eligibility_early_warning_months_ignored', params: { months: ['2026-03', '2026-04'], decisionMonth: '2026-03' } },
    ]);
  });

  it('no ignored-months finding when every month is before the decision month', () => {
    const d = assessEligibility(goodRecord({ performance: { months: [goodMonth('2026-02', 18)] } }), jabarMkd2025, { asOf: AS_OF });
    expect(d.findings.map((f) => f.code)).not.toContain('eligibility_early_warning_months_ignored');
  });

  it('a missing record under a policy that says UNKNOWN: the finding is unknown and says so', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'unknown-if-missing', eligibility: { missingEarlyWarning: 'UNKNOWN' } });
    const d = assessEligibility(goodRecord({ performance: undefined }), policy, { asOf: AS_OF });
    expect(d.findings.filter((f) => f.code === 'eligibility_early_warning_missing')).toStrictEqual([
      { rule: 'eligibility', outcome: 'unknown', code: 'eligibility_early_warning_missing', params: { treatedAs: 'UNKNOWN' } },
    ]);
  });
});

describe('results shared between records only when nothing of the record could differ', () => {
  const nip2 = '198503152010012011';

  it('talent by scores is never shared: 95 and 40 give box 9 and box 1 in one call', () => {
    const s = (nip: string, score: number) => goodRecord({ nip, talent: { kinerjaScore: score, potensialScore: score, assessedOn: '2025-09-30' } as never });
    const r = assessUnit([s('198503152010012003', 95), s(nip2, 40)], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => [d.box, d.status])).toEqual([
      [9, 'ELIGIBLE'],
      [1, 'NOT_ELIGIBLE'],
    ]);
  });

  it('one score and one level is by scores too: the same levels with different scores give different boxes', () => {
    const s = (nip: string, score: number) => goodRecord({ nip, talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensialScore: score, assessedOn: '2025-09-30' } as never });
    const t = (nip: string, score: number) => goodRecord({ nip, talent: { kinerjaScore: score, potensial: 'TINGGI', assessedOn: '2025-09-30' } as never });
    for (const make of [s, t]) {
      const r = assessUnit([make('198503152010012003', 95), make(nip2, 10)], jabarMkd2025, { asOf: AS_OF });
      expect(new Set(r.results.map((d) => d.box)).size).toBe(2);
    }
  });

  it('the same services with field weekdays, or with tasks, are assessed on their own', () => {
    const f = (nip: string, position: object) => goodRecord({ nip, position: { title: 'Perencana', serviceIds: ['perencana'], ...position } as never });
    const r = assessUnit([f('198503152010012003', {}), f(nip2, { fieldWeekdays: ['SENIN'] })], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => d.fieldDays)).toEqual([{ count: 0 }, { count: 1, weekdays: ['SENIN'] }]);
    const tasks = assessUnit([f('198503152010012003', {}), f(nip2, { tasks: [{ id: 'loket', criteria: { doableOutsideOffice: true, noSpecialSpaceOrEquipment: true, doableWithIct: true, minimalFaceToFace: false, noContinuousSupervision: true } }] })], jabarMkd2025, { asOf: AS_OF });
    expect(tasks.results.map((d) => d.positionMode)).toEqual(['JARAK_JAUH', 'TATAP_MUKA']);
  });

  it('ids holding NUL are never shared: ["a\\0b", "c"] and ["a", "b\\0c"] keep their own ids', () => {
    const f = (nip: string, serviceIds: string[]) => goodRecord({ nip, position: { title: 'Analis', serviceIds } as never });
    const r = assessUnit([f('198503152010012003', ['a\u0000b', 'c']), f(nip2, ['a', 'b\u0000c'])], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => d.findings.find((x) => x.code === 'remoteness_position_indeterminate')?.params)).toEqual([
      { unknownServiceIds: ['a\u0000b', 'c'] },
      { unknownServiceIds: ['a', 'b\u0000c'] },
    ]);
  });
});

describe('a decision carries no key it has no value for', () => {
  it('without a talent assessment: no `box`; with an indeterminate position: no `onsiteDaysRequired`', () => {
    expect('box' in assessEligibility(goodRecord({ talent: undefined }), jabarMkd2025, { asOf: AS_OF })).toBe(false);
    const d = assessEligibility(goodRecord({ position: { title: 'Analis', serviceIds: ['tidak-ada'] } as never }), jabarMkd2025, { asOf: AS_OF });
    expect(d.positionMode).toBe('indeterminate');
    expect('onsiteDaysRequired' in d).toBe(false);
  });
});

describe('assessUnit: the list and its NIPs', () => {
  it('a list that is not a list is refused at `records`', () => {
    expect(placesOf(issuesOf(() => assessUnit(5 as never, jabarMkd2025, { asOf: AS_OF })))).toEqual(['records:invalid_type']);
  });

  // A repeat only matters for a valid record, which always has a NIP, so no mutant of the
  // NIP count fails this; it states the rule for a reader and for a later change.
  it('two entries without a NIP are not repeats of each other: each is rejected for what it lacks, not as a duplicate', () => {
    const r = assessUnit([42, { name: 'Tanpa NIP' }] as unknown[], jabarMkd2025, { asOf: AS_OF });
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1]);
    expect(r.rejected.flatMap((x) => x.issues.map((i) => i.code))).not.toContain('duplicate_nip');
  });
});

describe('how the days were derived', () => {
  it('the flexible-days finding, whole: rule, outcome, code and every parameter', () => {
    const d = assessEligibility(goodRecord(), jabarMkd2025, { asOf: AS_OF });
    expect(d.findings.filter((f) => f.code === 'eligibility_flexible_days')).toStrictEqual([
      {
        rule: 'eligibility',
        outcome: 'pass',
        code: 'eligibility_flexible_days',
        params: { box: 9, pattern: 4, onsiteDaysRequired: 0, fieldDays: 0, positionLimit: 5, cap: 2, capException: null, capExceptionRecognised: false, days: 2 },
      },
    ]);
  });
});
