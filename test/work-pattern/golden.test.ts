/**
 * The rosters of a dozen varied units, pinned: which employee is flexible on which day.
 *
 * The other tests check what the allocator promises in general — the most days, the
 * smallest shortfall, the rules of each day — and a handful of tie-breaks. Many rosters
 * meet all of that; which of them comes out is decided by the tie-breaks of
 * docs/work-pattern.md (history, preferred weekdays, the same weekdays week after week,
 * the hash of id and month), and the output is promised to be the same on every machine
 * and in every version until the CHANGELOG says otherwise. A change to any day of these
 * rosters fails here: look at the difference, and if it is intended, say so in the
 * CHANGELOG and rewrite the file with `UPDATE_EXPECTED=1 npx vitest run test/work-pattern/golden.test.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jabarMkd2025, jabarMkd2026 } from '../../src/policy/index';
import { allocateWorkPatterns, type WorkPatternInput, type WorkPatternResult } from '../../src/work-pattern/index';

const FILE = join(import.meta.dirname, 'expected', 'golden-rosters.txt');
const WEEKDAYS = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const;

/** A unit of n employees with entitlements, weekday duties, leave, wishes and partners varied by index. */
function unit(id: string, n: number, extra: Partial<WorkPatternInput['unit']> = {}, vary = true): Omit<WorkPatternInput, 'month'> {
  const employees = Array.from({ length: n }, (_, i) => {
    const e: Record<string, unknown> = { id: `${id}-${String(i).padStart(2, '0')}`, flexibleDaysPerWeek: [1, 2, 2, 3, 0, 1, 2][i % 7]! };
    if (vary && i % 5 === 1) e['onsiteWeekdays'] = [WEEKDAYS[i % 5]];
    if (vary && i % 6 === 2) e['fieldWeekdays'] = [WEEKDAYS[(i + 2) % 5]];
    if (vary && i % 4 === 3) e['preferredWeekdays'] = [WEEKDAYS[(i * 3) % 5], WEEKDAYS[(i * 3 + 1) % 5]];
    if (vary && i % 7 === 4) e['leaveDates'] = ['2026-03-10', '2026-03-11', '2026-04-14'];
    return e;
  });
  // Two mutual pairs, when the unit is large enough.
  if (vary && n >= 10) {
    employees[6]!['backupPartner'] = employees[7]!['id'];
    employees[7]!['backupPartner'] = employees[6]!['id'];
    employees[8]!['backupPartner'] = employees[9]!['id'];
    employees[9]!['backupPartner'] = employees[8]!['id'];
  }
  return { unit: { id, ...extra }, employees: employees as unknown as WorkPatternInput['employees'] };
}

const UNITS: [string, Omit<WorkPatternInput, 'month'>][] = [
  ['three, no rules', unit('tiga', 3, {}, false)],
  ['seven', unit('tujuh', 7)],
  ['twelve, half on site', unit('dua-belas', 12, { minOnsitePercent: 50 })],
  ['twelve, four on site', unit('empat', 12, { minOnsiteHeadcount: 4 })],
  ['twenty, Monday anchor', unit('apel', 20, { anchorWeekdays: ['SENIN'] })],
  ['fifteen, serves the public', unit('layanan', 15, { servesPublicDirectly: true, minOnsitePercent: 60 })],
  ['fifteen, collective Friday asked', unit('kolektif', 15, { approvedCollectiveWeekdays: ['JUMAT'] })],
  ['forty, tight', unit('empat-puluh', 40, { minOnsitePercent: 75 })],
];

/** With carry-in, history and pins: the tie-break by past shortfall, and kept or dropped pins. */
function withHistory(base: Omit<WorkPatternInput, 'month'>): Omit<WorkPatternInput, 'month'> {
  const all = base.employees.map((e) => e.id);
  const ids = (k: number): string => all[k % all.length]!;
  return {
    ...base,
    carryIn: { [ids(0)]: 1, [ids(3)]: 2 },
    history: { [ids(1)]: 3, [ids(5)]: 1 },
    pinned: [
      { employeeId: ids(2), date: '2026-03-05' },
      { employeeId: ids(4), date: '2026-03-06' },
    ],
  };
}

const LETTER: Readonly<Record<string, string>> = { KANTOR: 'K', FLEKSIBEL: 'F', LIBUR: '-', CUTI: 'C', LAPANGAN: 'L', KOLEKTIF: 'B' };

function render(title: string, r: WorkPatternResult): string {
  const lines = [`## ${title}: ${r.unitId} ${r.month} — granted ${r.totals.granted} of ${r.totals.entitled}, largest shortfall ${r.totals.maxShortfall}, collective days ${r.totals.collectiveDays}`];
  for (const row of r.roster) lines.push(`${row.employeeId.padEnd(16)} ${row.days.map((d) => LETTER[d] ?? `[${d}]`).join('')}`);
  lines.push(`coverage not met: ${r.coverage.filter((c) => !c.met).map((c) => c.date).join(', ') || 'none'}`);
  lines.push(`history: ${JSON.stringify(r.history)}`);
  lines.push(`findings: ${r.findings.map((f) => f.code).join(', ')}`);
  return lines.join('\n');
}

/**
 * Every pinned roster, rendered. Called inside each test, not when the file is collected:
 * mutation testing (perTest coverage) runs for a mutant only the tests that executed its code.
 */
function renderAll(): string {
  const blocks: string[] = [];
  for (const [title, base] of UNITS) {
    for (const month of ['2026-03', '2026-04']) {
      for (const policy of [jabarMkd2025, jabarMkd2026]) {
        blocks.push(render(`${title}, ${policy.id}`, allocateWorkPatterns({ ...base, month }, policy)));
      }
    }
    blocks.push(render(`${title}, with carry-in, history and pins`, allocateWorkPatterns({ ...withHistory(base), month: '2026-03' }, jabarMkd2025)));
  }
  return `${blocks.join('\n\n')}\n`;
}

describe('golden rosters', () => {

  it('every day of every roster is the one pinned in test/work-pattern/expected/golden-rosters.txt (UPDATE_EXPECTED=1 rewrites it)', () => {
    const text = renderAll();
    if (process.env['UPDATE_EXPECTED'] === '1') {
      mkdirSync(dirname(FILE), { recursive: true });
      writeFileSync(FILE, text);
    }
    expect(text).toBe(readFileSync(FILE, 'utf8'));
  });

  it('the pinned rosters are not trivial: every status shows, and most units have days left over to share', () => {
    const text = renderAll();
    for (const status of ['K', 'F', '-', 'C']) expect(text).toContain(status);
    expect(text.match(/largest shortfall [1-9]/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
  });
});
