import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jabarMkd2026, presets } from 'kerja-dinamis';
import { lines, runCli, tempDir, writeFile } from './_run';

const EXAMPLE = 'examples/kebijakan-tasikmalaya.json';
const PEGAWAI = 'examples/pegawai.csv';
const PRESET_LIST = presets.map((p) => p.id).join(', ');
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

type Decision = { employeeId: string; status: string; policy: { id: string }; gates: { gate: string; outcome: string }[] };
type ShowJson = { policy: { id: string; extends?: string }; chain: { id: string; file?: string }[]; settings: { path: string; value: string; changed?: boolean; source: string | null }[] };

describe('policy init → edit → check → show', () => {
  it('writes a starting file that is valid as written, then checks and shows the edited file', async () => {
    const dir = tempDir();
    const file = join(dir, 'tasikmalaya.json');
    const init = await runCli(['policy', 'init', '--from', 'jabar-mkd-2026', '--id', 'tasikmalaya-mkd-2026', '--out', file]);
    expect(init.code, init.stderr).toBe(0);
    expect(lines(init.stderr)).toEqual([
      `Untuk pemeriksaan di editor: kerja-dinamis schema policy-file --out policy-file.schema.json (di folder yang sama dengan ${file})`,
      `hasil ditulis ke ${file}`,
    ]);
    const written = readJson(file);
    expect(Object.keys(written)).toEqual([
      '$schema', 'extends', 'id', 'version', 'name', 'jurisdiction', 'effectiveFrom', 'effectiveUntil',
      'talentBox', 'eligibility', 'workPattern', 'remoteness', 'calendar',
    ]);
    expect(written).toMatchObject({
      $schema: './policy-file.schema.json',
      extends: 'jabar-mkd-2026',
      id: 'tasikmalaya-mkd-2026',
      talentBox: { eligibleBoxes: [4, 5, 7, 8, 9] },
      eligibility: { flexibleDaysByBox: jabarMkd2026.eligibility.flexibleDaysByBox },
      workPattern: { maxFlexibleDaysPerWeek: 2, anchorWeekdays: [] },
      remoteness: { catalogChanges: { add: [], replace: [], remove: [] } },
      calendar: { added: [] },
    });
    expect(readFileSync(file, 'utf8')).toContain('"eligibleBoxes": [4, 5, 7, 8, 9]');

    // As written: valid, and nothing differs from the preset but the identity.
    expect((await runCli(['policy', 'check', file])).stdout).toBe('sah: tasikmalaya-mkd-2026 (2026.1), turunan dari jabar-mkd-2026\n');
    const unchanged = JSON.parse((await runCli(['policy', 'show', file, '--format', 'json'])).stdout) as ShowJson;
    expect(unchanged.settings.filter((s) => s.changed).map((s) => s.path)).toEqual(['id', 'name', 'extends']);

    // Edited as a user would: boxes, the Monday assembly, a regional holiday.
    writeFileSync(
      file,
      JSON.stringify({
        ...written,
        jurisdiction: 'ID-JB-3278',
        talentBox: { eligibleBoxes: [5, 7, 8, 9] },
        workPattern: { maxFlexibleDaysPerWeek: 2, anchorWeekdays: ['SENIN'] },
        calendar: { added: [{ date: '2025-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Tasikmalaya', en: 'Tasikmalaya City Anniversary' } }] },
      }),
    );
    const check = await runCli(['policy', 'check', file, '--lang', 'en']);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('valid: tasikmalaya-mkd-2026 (2026.1), derived from jabar-mkd-2026\n');

    const show = await runCli(['policy', 'show', file, '--lang', 'en']);
    expect(show.code).toBe(0);
    const out = lines(show.stdout);
    expect(out[0]).toBe('Policy tasikmalaya-mkd-2026 (2026.1), derived from jabar-mkd-2026');
    expect(out[1]).toBe("* = differs from jabar-mkd-2026. [D] = this project's default, where no written rule was found.");
    expect(out).toContain('* talentBox.eligibleBoxes                       5, 7, 8, 9');
    expect(out).toContain('  talentBox.gate                                yes');
    expect(out.find((l) => l.startsWith('* workPattern.anchorWeekdays'))).toMatch(/SENIN$/);
    expect(out.find((l) => l.startsWith('* calendar.added'))).toMatch(/2025-10-17 Tasikmalaya City Anniversary \(LIBUR_DAERAH\)$/);
    expect(out.find((l) => l.startsWith('  workPattern.coreOnlineMinutes'))).toMatch(/240$/);
    expect(show.stdout).toContain('source: [D]');
    expect(show.stdout).toContain('source: PermenPANRB 4/2025 Pasal 13 ayat (1)');

    const csv = await runCli(['policy', 'show', file, '--format', 'csv']);
    const rows = lines(csv.stdout);
    expect(rows[0]).toBe('pengaturan;nilai;satuan;arti;sumber;diubah');
    expect(rows.find((r) => r.startsWith('talentBox.eligibleBoxes;'))).toMatch(/^talentBox\.eligibleBoxes;5, 7, 8, 9;daftar kotak talenta;.*;ya$/);
    expect(rows.find((r) => r.startsWith('talentBox.gate;'))).toMatch(/;tidak$/);
    expect(rows).toHaveLength(1 + (JSON.parse((await runCli(['policy', 'show', file, '--format', 'json'])).stdout) as ShowJson).settings.length);
  });

  it('writes the starting file to the screen without --out', async () => {
    const r = await runCli(['policy', 'init', '--from', 'national-fwa-2025', '--id', 'kab-x-2026', '--lang', 'en']);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(file).toMatchObject({ extends: 'national-fwa-2025', id: 'kab-x-2026', name: { id: 'Kebijakan kab-x-2026, turunan dari national-fwa-2025', en: 'Policy kab-x-2026, derived from national-fwa-2025' } });
    expect(Object.keys(file)).not.toContain('effectiveUntil');
    expect(lines(r.stderr)).toEqual(["For checks in an editor: kerja-dinamis schema policy-file --out policy-file.schema.json, in the policy file's folder"]);
  });

  it('refuses an unknown preset, an unusable id, a missing option and options of other subcommands', async () => {
    const cases: [string[], string][] = [
      [['policy', 'init', '--from', 'jabar-mkd-2024', '--id', 'x'], `kerja-dinamis policy init: --from "jabar-mkd-2024" bukan preset; pilih ${PRESET_LIST}; maksud Anda "jabar-mkd-2023", "jabar-mkd-2025" atau "jabar-mkd-2026"?`],
      [['policy', 'init', '--from', 'jabar-mkd-2026', '--id', 'jabar-mkd-2026', '--lang', 'en'], 'kerja-dinamis policy init: --id "jabar-mkd-2026" cannot be used: an id is letters, digits, ".", "_" or "-" (at most 100), starts with a letter or digit, and differs from "jabar-mkd-2026"'],
      [['policy', 'init', '--from', 'jabar-mkd-2026', '--id', 'Kota Tasik'], 'kerja-dinamis policy init: --id "Kota Tasik" tidak dapat dipakai: id berupa huruf, angka, ".", "_" atau "-" (paling banyak 100), diawali huruf atau angka, dan berbeda dari "jabar-mkd-2026"'],
      [['policy', 'init', '--id', 'x'], 'kerja-dinamis policy init: opsi --from wajib diisi; lihat kerja-dinamis policy init --help'],
      [['policy', 'init', '--from', 'jabar-mkd-2026', '--id', 'x', '--format', 'csv'], 'kerja-dinamis policy init: opsi --format tidak berlaku untuk perintah ini; lihat kerja-dinamis policy init --help'],
      [['policy', 'show', '--id', 'x'], 'kerja-dinamis policy show: opsi --id tidak berlaku untuk perintah ini; lihat kerja-dinamis policy show --help'],
      [['policy', 'check', EXAMPLE, '--out', 'x.txt'], 'kerja-dinamis policy check: opsi --out tidak berlaku untuk perintah ini; lihat kerja-dinamis policy check --help'],
      [['policy', 'check'], 'kerja-dinamis policy check: berkas masukan belum disebut; lihat kerja-dinamis policy check --help'],
      [['policy', 'check', EXAMPLE, EXAMPLE], `kerja-dinamis policy check: argumen "${EXAMPLE}" berlebih; lihat kerja-dinamis policy check --help`],
      [['policy'], 'kerja-dinamis policy: subperintah belum disebut; pilih init, show atau check; lihat kerja-dinamis policy --help'],
      [['policy', 'list', '--lang', 'en'], 'kerja-dinamis policy: unknown subcommand "list"; choose init, show or check; see kerja-dinamis policy --help'],
      [['eligibility', PEGAWAI, '--from', 'x'], 'kerja-dinamis eligibility: opsi --from tidak berlaku untuk perintah ini; lihat kerja-dinamis eligibility --help'],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(lines(r.stderr), argv.join(' ')).toEqual([message]);
      expect(r.stdout).toBe('');
    }
  });

  it('has help in both languages, and the main help names the command', async () => {
    expect((await runCli(['policy', '--help'])).stdout).toContain('kerja-dinamis policy init --from <preset> --id <id baru> [--out <berkas.json>]');
    expect((await runCli(['help', 'policy', '--lang', 'en'])).stdout).toContain('kerja-dinamis policy check <file.json>');
    expect((await runCli(['--help'])).stdout).toContain('policy init|show|check');
  });
});

describe('policy show', () => {
  it('shows the Jabar policy in force without an argument, and a preset by id, without change marks', async () => {
    const r = await runCli(['policy', 'show', '--as-of', '2025-05-02', '--format', 'json']);
    const shown = JSON.parse(r.stdout) as ShowJson;
    expect(shown.policy.id).toBe('jabar-mkd-2025');
    expect(shown.chain).toEqual([{ id: 'jabar-mkd-2025' }]);
    expect(shown.settings.some((s) => 'changed' in s)).toBe(false);
    const table = await runCli(['policy', 'show', 'national-fwa-2025']);
    expect(lines(table.stdout).slice(0, 2)).toEqual(['Kebijakan national-fwa-2025 (2025.2)', '[D] = nilai bawaan proyek ini, tanpa aturan tertulis yang ditemukan.']);
    expect(table.stdout).not.toMatch(/^\* /m);
  });

  it('writes to --out, with a BOM before CSV', async () => {
    const dir = tempDir();
    const r = await runCli(['policy', 'show', EXAMPLE, '--format', 'csv', '--lang', 'en', '--out', join(dir, 'policy.csv')]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'policy.csv'), 'utf8');
    expect(text.startsWith('\uFEFFsetting,value,unit,meaning,source,changed\n')).toBe(true);
    expect(text).toContain('remoteness.catalogChanges.add,loket-mpp (TATAP_MUKA),list of services,');
  });

  it('says so when the argument is neither a preset nor a file', async () => {
    const r = await runCli(['policy', 'show', 'jabar-mkd-2024']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: kebijakan "jabar-mkd-2024" bukan preset (${PRESET_LIST}) dan bukan berkas yang ada; maksud Anda "jabar-mkd-2023", "jabar-mkd-2025" atau "jabar-mkd-2026"?`]);
    const far = await runCli(['policy', 'show', 'kebijakan-kota', '--lang', 'en']);
    expect(lines(far.stderr)).toEqual([`kerja-dinamis: policy "kebijakan-kota" is neither a preset (${PRESET_LIST}) nor an existing file`]);
  });
});

describe('policy check: every problem with its path, in the chosen language', () => {
  const write = (data: unknown): string => writeFile(join(tempDir(), 'kebijakan.json'), JSON.stringify(data));

  it('lists an unknown key with the nearest known one, a wrong type and a missing id together', async () => {
    const file = write({ extends: 'jabar-mkd-2026', talentBox: { eligibleBox: [5, 7] }, workPattern: { maxFlexibleDaysPerWeek: 'dua' } });
    const en = await runCli(['policy', 'check', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    const out = lines(en.stderr);
    expect(out[0]).toBe(`kerja-dinamis: policy ${file} is not valid:`);
    expect(out.slice(1).map((l) => l.slice(0, l.indexOf(':')))).toEqual(['  talentBox.eligibleBox', '  id', '  workPattern.maxFlexibleDaysPerWeek']);
    expect(out[1]).toBe('  talentBox.eligibleBox: Unknown key "eligibleBox" in talentBox; did you mean "eligibleBoxes"?');
    expect(out[2]).toBe('  id: A policy file that changes "jabar-mkd-2026" needs an "id" of its own, different from "jabar-mkd-2026"');
    const id = await runCli(['policy', 'check', file]);
    expect(lines(id.stderr)[0]).toBe(`kerja-dinamis: kebijakan ${file} tidak sah:`);
    expect(lines(id.stderr)[1]).toBe('  talentBox.eligibleBox: Kunci "eligibleBox" tidak dikenal di talentBox; maksud Anda "eligibleBoxes"?');
  });

  it('refuses an extends that names nothing known, listing the presets and the file form', async () => {
    const file = write({ extends: 'jabar-mkd-2024', id: 'x', talentBox: { gate: 'ya' } });
    const r = await runCli(['policy', 'check', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `kerja-dinamis: policy ${file} is not valid:`,
      `  extends: "extends" names "jabar-mkd-2024", which is not a known policy (${PRESET_LIST}); did you mean "jabar-mkd-2023", "jabar-mkd-2025" or "jabar-mkd-2026"?`,
      expect.stringMatching(/^ {2}talentBox\.gate: /),
      `  ("extends" is a preset id — ${PRESET_LIST} — or the path of another policy file, relative to this one, e.g. "./kabupaten-policy.json")`,
    ]);
  });

  it('refuses a file that is not JSON, or missing', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'rusak.json'), '{ "extends": ');
    expect(lines((await runCli(['policy', 'check', file])).stderr)[0]).toMatch(new RegExp(`^kerja-dinamis: berkas ${file} bukan JSON yang sah \\(`));
    expect(lines((await runCli(['policy', 'check', join(dir, 'tidak-ada.json')])).stderr)).toEqual([`kerja-dinamis: berkas ${join(dir, 'tidak-ada.json')} tidak ditemukan`]);
  });

  it('accepts a complete policy file with $schema', async () => {
    const file = write({ $schema: './policy.schema.json', ...JSON.parse(JSON.stringify(jabarMkd2026)), id: 'salinan' });
    const r = await runCli(['policy', 'check', file]);
    expect(r.stdout).toBe('sah: salinan (2026.1)\n');
  });
});

describe('extends chains', () => {
  it('follows a file extending a file extending a preset, paths relative to each file', async () => {
    const dir = tempDir();
    writeFile(join(dir, 'kabupaten', 'kebijakan.json'), JSON.stringify({ extends: 'jabar-mkd-2026', id: 'kab-bandung-2026', jurisdiction: 'ID-JB-3204', talentBox: { eligibleBoxes: [7, 8, 9] } }));
    const dinas = writeFile(join(dir, 'dinas', 'dinkes.json'), JSON.stringify({ extends: '../kabupaten/kebijakan.json', id: 'kab-bandung-dinkes-2026', workPattern: { minOnsitePercent: 70 } }));
    const check = await runCli(['policy', 'check', 'dinas/dinkes.json'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toBe('sah: kab-bandung-dinkes-2026 (2026.1), turunan dari kabupaten/kebijakan.json (kab-bandung-2026) → jabar-mkd-2026\n');
    const shown = JSON.parse((await runCli(['policy', 'show', dinas, '--format', 'json'])).stdout) as ShowJson;
    expect(shown.chain.map((c) => c.id)).toEqual(['kab-bandung-dinkes-2026', 'kab-bandung-2026', 'jabar-mkd-2026']);
    expect(shown.policy.extends).toBe('kab-bandung-2026');
    // Changes are marked against the file it extends: the boxes come from there.
    expect(shown.settings.filter((s) => s.changed).map((s) => s.path)).toEqual(['id', 'extends', 'workPattern.minOnsitePercent']);
    expect(shown.settings.find((s) => s.path === 'talentBox.eligibleBoxes')!.value).toBe('7, 8, 9');

    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--policy', dinas, '--format', 'json']);
    expect(r.code).toBe(0);
    const decisions = JSON.parse(r.stdout) as Decision[];
    expect(decisions[0]!.policy.id).toBe('kab-bandung-dinkes-2026');
    // Siti Aminah is in box 5: not eligible under boxes {7, 8, 9}.
    expect(decisions.find((d) => d.employeeId === '199104022015032003')!.status).toBe('NOT_ELIGIBLE');
  });

  it('stops at a cycle, naming the files', async () => {
    const dir = tempDir();
    writeFile(join(dir, 'a.json'), JSON.stringify({ extends: './b.json', id: 'a' }));
    writeFile(join(dir, 'b.json'), JSON.stringify({ extends: './a.json', id: 'b' }));
    const r = await runCli(['policy', 'check', 'a.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: "extends" berputar: a.json → b.json → a.json']);
    const self = writeFile(join(dir, 'c.json'), JSON.stringify({ extends: 'c.json', id: 'c' }));
    expect(lines((await runCli(['eligibility', PEGAWAI, '--policy', self, '--lang', 'en'])).stderr)).toEqual([`kerja-dinamis: "extends" goes round in a circle: ${self} → ${self}`]);
  });

  it(`stops a chain longer than 8 files`, async () => {
    const dir = tempDir();
    for (let i = 0; i < 9; i++) writeFile(join(dir, `p${i}.json`), JSON.stringify({ extends: i === 8 ? 'jabar-mkd-2026' : `./p${i + 1}.json`, id: `p${i}` }));
    expect((await runCli(['policy', 'check', 'p1.json'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['policy', 'check', 'p0.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: p0.json: lebih dari 8 berkas kebijakan saling "extends"; gabungkan sebagian']);
  });

  it('names the file whose extends points to a missing or invalid file', async () => {
    const dir = tempDir();
    writeFile(join(dir, 'kota.json'), JSON.stringify({ extends: './provinsi.json', id: 'kota' }));
    expect(lines((await runCli(['policy', 'check', 'kota.json'], { cwd: dir })).stderr)).toEqual(['kerja-dinamis: berkas provinsi.json tidak ditemukan', '  (berkas ini disebut oleh "extends" di kota.json)']);
    writeFile(join(dir, 'provinsi.json'), JSON.stringify({ extends: 'jabar-mkd-2026', id: 'prov', talentBox: { gate: 1 } }));
    const r = await runCli(['policy', 'check', 'kota.json', '--lang', 'en'], { cwd: dir });
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: policy provinsi.json is not valid:', expect.stringMatching(/^ {2}talentBox\.gate: /), '  (this file is named by "extends" in kota.json)']);
  });
});

describe('local settings of an extends file reach the commands', () => {
  const statusOn = (json: string, unitId: string, nip: string, date: string): string => {
    const data = JSON.parse(json) as { units: { unit: { id: string }; allocation: { dates: string[]; roster: { employeeId: string; days: string[] }[] } }[] };
    const a = data.units.find((u) => u.unit.id === unitId)!.allocation;
    return a.roster.find((r) => r.employeeId === nip)!.days[a.dates.indexOf(date)]!;
  };
  const roster = (policy: string, month: string) => runCli(['roster', PEGAWAI, '--month', month, '--performance', 'examples/kinerja-bulanan.csv', '--policy', policy, '--format', 'json']);

  it('a regional holiday (calendar.added, LIBUR_DAERAH) makes the day a holiday in the roster', async () => {
    const file = writeFile(join(tempDir(), 'k.json'), JSON.stringify({ extends: 'jabar-mkd-2026', id: 'k', calendar: { added: [{ date: '2026-02-10', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi', en: 'City Day' } }] } }));
    const before = await roster('jabar-mkd-2026', '2026-02');
    const after = await roster(file, '2026-02');
    expect(after.code, after.stderr).toBe(0);
    expect(statusOn(before.stdout, 'bidang-umum', '198907232014031002', '2026-02-10')).not.toBe('LIBUR');
    expect(statusOn(after.stdout, 'bidang-umum', '198907232014031002', '2026-02-10')).toBe('LIBUR');
  });

  it('anchor weekdays for every unit (workPattern.anchorWeekdays) leave no flexible day on Monday', async () => {
    const file = writeFile(join(tempDir(), 'k.json'), JSON.stringify({ extends: 'jabar-mkd-2026', id: 'k', workPattern: { anchorWeekdays: ['SENIN'] } }));
    const mondays = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'];
    const flexibleOnMonday = (json: string): number => {
      const data = JSON.parse(json) as { units: { allocation: { dates: string[]; roster: { days: string[] }[] } }[] };
      return data.units.flatMap((u) => u.allocation.roster.flatMap((r) => mondays.filter((d) => r.days[u.allocation.dates.indexOf(d)] === 'FLEKSIBEL'))).length;
    };
    const before = await roster('jabar-mkd-2026', '2026-02');
    const after = await roster(file, '2026-02');
    expect(after.code, after.stderr).toBe(0);
    expect(flexibleOnMonday(before.stdout)).toBeGreaterThan(0);
    expect(flexibleOnMonday(after.stdout)).toBe(0);
  });

  it('a service changed in the catalogue (remoteness.catalogChanges) changes the remoteness gate', async () => {
    const file = writeFile(
      join(tempDir(), 'k.json'),
      JSON.stringify({
        extends: 'jabar-mkd-2026',
        id: 'k',
        remoteness: { catalogChanges: { replace: [{ id: 'bendahara', name: { id: 'Bendahara', en: 'Treasurer' }, category: 'LOKET', mode: 'TATAP_MUKA', reason: { id: 'Kas di tempat', en: 'Cash on site' } }] } },
      }),
    );
    const run = async (policy: string): Promise<string> => {
      const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--performance', 'examples/kinerja-bulanan.csv', '--policy', policy, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const siti = (JSON.parse(r.stdout) as Decision[]).find((d) => d.employeeId === '199104022015032003')!;
      return `${siti.status} ${siti.gates.find((g) => g.gate === 'remoteness')!.outcome}`;
    };
    expect(await run('jabar-mkd-2026')).toBe('ELIGIBLE pass');
    expect(await run(file)).toBe('NOT_ELIGIBLE fail');
  });

  it('the example file of docs/cli.md is valid and used by eligibility', async () => {
    expect((await runCli(['policy', 'check', EXAMPLE])).stdout).toBe('sah: tasikmalaya-mkd-2026 (2026.1), turunan dari jabar-mkd-2026\n');
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-03-02', '--policy', EXAMPLE, '--format', 'json']);
    expect((JSON.parse(r.stdout) as Decision[])[0]!.policy.id).toBe('tasikmalaya-mkd-2026');
  });
});
