import { describe, expect, it } from 'vitest';
import { issuesOf, placesOf } from '../_helpers/input-error';
import { allocateWorkPatterns, type WorkPatternInput } from '../../src/work-pattern/index';
import { holidaysInYear } from '../../src/calendar/index';
import { serviceCatalog } from '../../src/remoteness/index';
import {
  PolicyFileSchema,
  definePolicy,
  jabarMkd2025,
  jabarMkd2026,
  nationalFwa2025,
  parsePolicyFile,
  type Policy,
} from '../../src/policy/index';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('parsePolicyFile: a file of changes', () => {
  it('merges nested sections into the preset it extends and keeps the rest', () => {
    const p = parsePolicyFile({
      extends: 'jabar-mkd-2026',
      id: 'tasikmalaya-mkd-2026',
      talentBox: { cutOffs: { kinerja: { SESUAI_EKSPEKTASI: 75 } } },
      readiness: { bandwidth: { minDownloadMbps: 20 } },
    });
    expect(p.talentBox.cutOffs).toEqual({ kinerja: { DI_ATAS_EKSPEKTASI: 90, SESUAI_EKSPEKTASI: 75 }, potensial: jabarMkd2026.talentBox.cutOffs.potensial });
    expect(p.readiness.bandwidth).toEqual({ ...jabarMkd2026.readiness.bandwidth, minDownloadMbps: 20 });
    expect(p.readiness.laptop).toEqual(jabarMkd2026.readiness.laptop);
    expect(p.schedule).toEqual(jabarMkd2026.schedule);
    expect(p.version).toBe(jabarMkd2026.version);
  });

  it('replaces arrays whole instead of merging them', () => {
    const p = parsePolicyFile({
      extends: 'jabar-mkd-2026',
      id: 'x',
      talentBox: { eligibleBoxes: [9] },
      workPattern: { collectiveFlexibleWeekdays: ['RABU'] },
      earlyWarning: { streakLevels: ['PERINGATAN'] },
    });
    expect(p.talentBox.eligibleBoxes).toEqual([9]);
    expect(p.workPattern.collectiveFlexibleWeekdays).toEqual(['RABU']);
    expect(p.earlyWarning.streakLevels).toEqual(['PERINGATAN']);
  });

  it('merges the flexible days by box entry by entry, as definePolicy does', () => {
    const p = parsePolicyFile({ extends: 'jabar-mkd-2025', id: 'x', eligibility: { flexibleDaysByBox: { '9': 2, '6': 1 } } });
    expect(p.eligibility.flexibleDaysByBox).toEqual({ ...jabarMkd2025.eligibility.flexibleDaysByBox, '9': 2, '6': 1 });
  });

  it('gives the same policy as definePolicy with the same changes, recording what it extends', () => {
    const changes = { id: 'tasik', talentBox: { eligibleBoxes: [7, 8, 9] as const }, workPattern: { maxFlexibleDaysPerWeek: 1 } };
    const fromFile = parsePolicyFile({ $schema: './policy-file.schema.json', extends: 'jabar-mkd-2025', ...json(changes) });
    expect(fromFile).toEqual(definePolicy(jabarMkd2025, { ...changes, talentBox: { eligibleBoxes: [7, 8, 9] } }));
    expect(fromFile.extends).toBe('jabar-mkd-2025');
    expect(Object.isFrozen(fromFile.talentBox)).toBe(true);
  });

  it('ignores $schema', () => {
    const p = parsePolicyFile({ $schema: 'https://example.org/policy-file.schema.json', extends: 'national-fwa-2025', id: 'x' });
    expect(Object.keys(p)).not.toContain('$schema');
    expect(p.talentBox).toEqual(nationalFwa2025.talentBox);
  });

  it('takes the base from options.base whatever extends says: a chain of two files', () => {
    const kabupaten = parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'kab-bandung-2026', jurisdiction: 'ID-JB-3204', talentBox: { eligibleBoxes: [5, 7, 8, 9] } });
    const dinas = parsePolicyFile({ extends: './kabupaten.json', id: 'kab-bandung-dinkes-2026', workPattern: { minOnsitePercent: 70 } }, { base: kabupaten });
    expect(dinas.extends).toBe('kab-bandung-2026');
    expect(dinas.jurisdiction).toBe('ID-JB-3204');
    expect(dinas.talentBox.eligibleBoxes).toEqual([5, 7, 8, 9]);
    expect(dinas.workPattern.minOnsitePercent).toBe(70);
    expect(dinas.workPattern.collectiveFlexibleWeekdays).toEqual(['KAMIS']);
  });

  it('finds extends among options.policies', () => {
    const own = definePolicy(jabarMkd2025, { id: 'kota-x-2025', jurisdiction: 'ID-JB-3273' });
    const p = parsePolicyFile({ extends: 'kota-x-2025', id: 'kota-x-2026', version: '2026.1' }, { policies: [own] });
    expect(p.extends).toBe('kota-x-2025');
    expect(p.jurisdiction).toBe('ID-JB-3273');
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2025', id: 'y' }, { policies: [own] })))).toEqual(['extends:policy_extends_unknown']);
  });

  it('names the closest known policy ids when extends names none', () => {
    const [issue] = issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2062', id: 'kota-x-2026' }));
    expect(issue?.message.en).toMatch(/which is not a known policy \(.*\); did you mean "jabar-mkd-2026", "jabar-mkd-2023" or "jabar-mkd-2025"\?$/);
    expect(issue?.message.id).toMatch(/yang bukan kebijakan yang dikenal \(.*\); maksud Anda "jabar-mkd-2026", "jabar-mkd-2023" atau "jabar-mkd-2025"\?$/);
    const [far] = issuesOf(() => parsePolicyFile({ extends: 'sesuatu-yang-lain', id: 'kota-x-2026' }));
    expect(far?.message.en).toMatch(/which is not a known policy \([^)]*\)$/);
  });

  it('validates an unsealed base and its own options', () => {
    const base = json(jabarMkd2025) as Policy;
    expect(parsePolicyFile({ extends: 'b', id: 'c' }, { base }).extends).toBe('jabar-mkd-2025');
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'b', id: 'c' }, { base: { ...base, version: 5 } as unknown as Policy })))).toEqual(['options.base.version:invalid_type']);
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'b', id: 'c' }, { bases: [] } as never)))).toEqual(['options.bases:unrecognized_keys']);
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'b', id: 'c' }, { policies: 'x' } as never)))).toEqual(['options.policies:invalid_type']);
  });
});

describe('parsePolicyFile: local settings a kabupaten/kota writes in its file', () => {
  it('adds, replaces and removes services of the catalogue (remoteness.catalogChanges)', () => {
    const p = parsePolicyFile({
      extends: 'jabar-mkd-2026',
      id: 'tasik',
      remoteness: {
        catalogChanges: {
          add: [{ id: 'loket-mpp', name: { id: 'Loket Mal Pelayanan Publik', en: 'Public service mall counter' }, category: 'LOKET', mode: 'TATAP_MUKA', reason: { id: 'Tatap muka', en: 'Face to face' } }],
          remove: [serviceCatalog[0]!.id],
        },
      },
    });
    expect(p.remoteness.catalogChanges.add?.map((s) => s.id)).toEqual(['loket-mpp']);
    expect(p.remoteness.catalogChanges.remove).toEqual([serviceCatalog[0]!.id]);
    expect(p.remoteness.defaultCampuranOnsiteDays).toBe(2);
  });

  it('adds a regional holiday (calendar.added, LIBUR_DAERAH) that the calendar then keeps', () => {
    const p = parsePolicyFile({
      extends: 'jabar-mkd-2026',
      id: 'tasik',
      calendar: { added: [{ date: '2026-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Tasikmalaya', en: 'Tasikmalaya City Anniversary' } }] },
    });
    expect(p.calendar.added).toHaveLength(1);
    expect(p.calendar.removed).toEqual([]);
    expect(holidaysInYear(2026, { policy: p }).find((h) => h.date === '2026-10-17')?.kind).toBe('LIBUR_DAERAH');
  });

  it('sets anchor weekdays for every unit (workPattern.anchorWeekdays), which a unit\'s own add to', () => {
    const p = parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'tasik', workPattern: { anchorWeekdays: ['SENIN'] } });
    expect(p.workPattern.anchorWeekdays).toEqual(['SENIN']);
    const input: WorkPatternInput = {
      month: '2026-03',
      unit: { id: 'u', anchorWeekdays: ['RABU'] },
      employees: [1, 2, 3, 4].map((n) => ({ id: `e${n}`, flexibleDaysPerWeek: 2 })),
    };
    const flexibleDaysOfMonth = allocateWorkPatterns(input, p).roster.flatMap((r) => r.days.flatMap((status, i) => (status === 'FLEKSIBEL' ? [i + 1] : [])));
    expect(flexibleDaysOfMonth.length).toBeGreaterThan(0);
    // March 2026: Mondays 2, 9, 16, 23, 30 (the policy's); Wednesdays 4, 11, 18, 25 (the unit's).
    for (const day of flexibleDaysOfMonth) expect([2, 9, 16, 23, 30, 4, 11, 18, 25]).not.toContain(day);
    const withoutPolicyAnchor = allocateWorkPatterns(input, jabarMkd2026).roster.flatMap((r) => r.days.flatMap((status, i) => (status === 'FLEKSIBEL' ? [i + 1] : [])));
    expect(withoutPolicyAnchor.some((day) => [2, 9, 16, 23, 30].includes(day))).toBe(true);
  });
});

describe('parsePolicyFile: refused files list every problem with its path', () => {
  it('names every unknown key at any depth, with the nearest known key', () => {
    const issues = issuesOf(() =>
      parsePolicyFile({
        extends: 'jabar-mkd-2026',
        id: 'tasik',
        talentBox: { eligibleBox: [5, 7] },
        workPattern: { anchorWeekday: ['SENIN'] },
        calendar: { added: [{ date: '2026-10-17', kind: 'LIBUR_DAERAH', nama: { id: 'a', en: 'b' } }] },
        zzz: 1,
      }),
    );
    expect(placesOf(issues)).toEqual([
      'talentBox.eligibleBox:unrecognized_keys',
      'workPattern.anchorWeekday:unrecognized_keys',
      'calendar.added.0.nama:unrecognized_keys',
      'zzz:unrecognized_keys',
      'calendar.added.0.name:invalid_type',
    ]);
    expect(issues[0]!.message).toEqual({
      id: 'Kunci "eligibleBox" tidak dikenal di talentBox; maksud Anda "eligibleBoxes"?',
      en: 'Unknown key "eligibleBox" in talentBox; did you mean "eligibleBoxes"?',
    });
    expect(issues[1]!.message.en).toContain('did you mean "anchorWeekdays"?');
    expect(issues[2]!.message.en).toContain('did you mean "name"?');
    expect(issues[3]!.message.en).toMatch(/^Unknown key "zzz"; known keys: \$schema, extends, id, /);
  });

  it('names every value of the wrong type, and the rules across settings once merged', () => {
    const issues = issuesOf(() =>
      parsePolicyFile({
        extends: 'jabar-mkd-2026',
        id: 'tasik',
        talentBox: { gate: 'ya', eligibleBoxes: [4, 10] },
        workPattern: 'SENIN',
        performance: { weights: { TRK: 60 } },
      }),
    );
    expect(placesOf(issues)).toEqual(['talentBox.gate:invalid_type', 'talentBox.eligibleBoxes.1:too_big', 'workPattern:invalid_type', 'performance.weights:performance_weights_sum']);
    for (const issue of issues) {
      expect(issue.message.id.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  it('requires an id of its own, and still lists the other problems', () => {
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2026', talentBox: { gate: 1 } })))).toEqual(['id:policy_id_required', 'talentBox.gate:invalid_type']);
    const same = issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'jabar-mkd-2026' }));
    expect(same.map((i) => i.message.en)).toEqual(['A policy file that changes "jabar-mkd-2026" needs an "id" of its own, different from "jabar-mkd-2026"']);
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'bad id!' })))).toEqual(['id:invalid_format']);
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2026', id: 7, version: 1 })))).toEqual(['id:policy_id_required', 'version:invalid_type']);
  });

  it('refuses an extends that names nothing known, listing the presets, and checks the rest', () => {
    const issues = issuesOf(() => parsePolicyFile({ extends: 'jabar-mkd-2024', talentBox: { eligibleBoxes: 'semua', eligibleBox: [] } }));
    expect(placesOf(issues)).toEqual(['talentBox.eligibleBox:unrecognized_keys', 'extends:policy_extends_unknown', 'talentBox.eligibleBoxes:invalid_type', 'id:policy_id_required']);
    expect(issues[1]!.message.en).toBe(
      '"extends" names "jabar-mkd-2024", which is not a known policy (national-fwa-2025, jabar-mkd-2023, jabar-mkd-2025, jabar-wfh-kamis-2025-11, jabar-wfh-50-50-2025-12, jabar-mkd-2026); did you mean "jabar-mkd-2023", "jabar-mkd-2025" or "jabar-mkd-2026"?',
    );
    expect(placesOf(issuesOf(() => parsePolicyFile({ extends: 7, id: 'x' })))).toEqual(['extends:invalid_type']);
  });

  it('refuses __proto__, constructor and prototype keys without touching any prototype', () => {
    const data = JSON.parse('{"extends":"jabar-mkd-2026","id":"x","talentBox":{"__proto__":{"gate":false}},"constructor":1}') as unknown;
    expect(placesOf(issuesOf(() => parsePolicyFile(data)))).toEqual(['talentBox.__proto__:forbidden_key', 'constructor:forbidden_key']);
    expect(({} as Record<string, unknown>)['gate']).toBeUndefined();
  });

  it('refuses a file that is not an object, and a $schema that is not a string', () => {
    for (const data of [null, [], 'jabar-mkd-2026', 5]) expect(placesOf(issuesOf(() => parsePolicyFile(data)))).toEqual([':invalid_type']);
    expect(placesOf(issuesOf(() => parsePolicyFile({ $schema: 1, extends: 'jabar-mkd-2026', id: 'x' })))).toEqual(['$schema:invalid_type']);
  });

  it('never changes the data it is given', () => {
    const data = { extends: 'jabar-mkd-2026', id: 'x', talentBox: { eligibleBoxes: [9], eligibleBox: 1 } };
    const before = JSON.stringify(data);
    issuesOf(() => parsePolicyFile(data));
    parsePolicyFile({ ...data, talentBox: { eligibleBoxes: [9] } });
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('parsePolicyFile: a complete policy', () => {
  it('accepts a complete policy without extends, with or without $schema', () => {
    const p = parsePolicyFile({ $schema: './policy.schema.json', ...json(jabarMkd2026), id: 'copy' });
    expect(p).toEqual({ ...jabarMkd2026, id: 'copy' });
    expect(parsePolicyFile(json(jabarMkd2025))).toEqual(jabarMkd2025);
  });

  it('takes a complete policy whose extends names nothing known as written', () => {
    const twice = definePolicy(definePolicy(jabarMkd2025, { id: 'a' }), { id: 'b', talentBox: { eligibleBoxes: [9] } });
    expect(twice.extends).toBe('a');
    expect(parsePolicyFile(json(twice))).toEqual(twice);
  });

  it('says what a file without extends lacks, and checks what it holds', () => {
    const issues = issuesOf(() => parsePolicyFile({ id: 'x', talentBox: { eligibleBoxes: [0] } }));
    expect(placesOf(issues)).toEqual(['extends:policy_extends_required', 'talentBox.eligibleBoxes.0:too_small']);
    expect(issues[0]!.message.en).toMatch(/^A policy file without "extends" must hold a complete policy, but it lacks: version, jurisdiction, effectiveFrom, name, basis, schedule, /);
  });

  it('lists every problem of a complete policy with its path in the file', () => {
    const bad = { ...json(jabarMkd2025), id: 'x', talentBox: { ...json(jabarMkd2025.talentBox), eligibleBoxs: [9] }, version: 2 };
    expect(placesOf(issuesOf(() => parsePolicyFile(bad)))).toEqual(['talentBox.eligibleBoxs:unrecognized_keys', 'version:invalid_type']);
  });
});

describe('PolicyFileSchema', () => {
  it('accepts changes alone and complete policies, and needs an id', () => {
    expect(PolicyFileSchema.safeParse({ extends: 'jabar-mkd-2026', id: 'x', talentBox: { eligibleBoxes: [9] } }).success).toBe(true);
    expect(PolicyFileSchema.safeParse({ ...json(jabarMkd2026), $schema: 'x' }).success).toBe(true);
    expect(PolicyFileSchema.safeParse({ extends: 'jabar-mkd-2026' }).error?.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['id:invalid_type']);
  });

  it('keeps arrays strict: an item is a whole entry', () => {
    expect(PolicyFileSchema.safeParse({ id: 'x', calendar: { added: [{ date: '2026-10-17' }] } }).success).toBe(false);
  });
});
