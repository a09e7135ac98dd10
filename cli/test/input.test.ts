import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../src/input';
import { FIXTURES, lines, runCli, tempDir, writeFile } from './_run';

type Decision = { employeeId: string; name: string; status: string; gates: { gate: string; outcome: string }[]; findings: { code: string; params: Record<string, unknown> }[] };

async function decisions(file: string, extra: string[] = []): Promise<{ code: number; decisions: Decision[]; stderr: string }> {
  const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json', ...extra]);
  return { code: r.code, decisions: JSON.parse(r.stdout === '' ? '[]' : r.stdout) as Decision[], stderr: r.stderr };
}

const param = (d: Decision, code: string, key: string): unknown => d.findings.find((f) => f.code === code)?.params[key];

describe('CSV as spreadsheets write it', () => {
  it('reads a semicolon file with a byte-order mark', async () => {
    const r = await decisions(join(FIXTURES, 'semicolon-bom.csv'));
    expect(r.code).toBe(0);
    expect(r.decisions.map((d) => d.employeeId)).toEqual(['198205142006042001', '198907232014031002']);
  });

  it('reads a comma file with a byte-order mark, CRLF line ends and headers in any case', async () => {
    const r = await decisions(join(FIXTURES, 'comma-bom.csv'));
    expect(r.code).toBe(0);
    expect(r.decisions.map((d) => d.name)).toEqual(['Nurhayati Syamsiah', 'Asep Kurniadi']);
  });

  it('reads decimal commas where a number is expected', async () => {
    const r = await decisions(join(FIXTURES, 'semicolon-bom.csv'));
    expect(param(r.decisions[0]!, 'talent_level_from_score', 'score')).toBe(91.5);
    expect(param(r.decisions[1]!, 'talent_level_from_score', 'score')).toBe(89.99);
    expect(param(r.decisions[1]!, 'readiness_download_too_low', 'downloadMbps')).toBe(9.99);
  });

  it('reads quoted decimal commas in a comma-delimited file', async () => {
    const r = await decisions(join(FIXTURES, 'comma-bom.csv'));
    expect(param(r.decisions[0]!, 'talent_level_from_score', 'score')).toBe(91.5);
  });

  it('keeps a delimiter and a line break inside a quoted cell', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'q.csv'), 'nip;nama;unit;jabatan\n198205142006042001;"Siti; S.E.";bidang-umum;"Kepala\nSubbagian"\n198907232014031002;Asep;bidang-umum;Analis\n');
    const r = await decisions(file);
    expect(r.decisions.map((d) => d.name)).toEqual(['Siti; S.E.', 'Asep']);
  });

  it('numbers rows as a spreadsheet shows them, even after a cell with a line break', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'q.csv'), 'nip;nama;unit;jabatan\n198205142006042001;Siti;bidang-umum;"Kepala\nSubbagian"\nbukan-nip;Asep;bidang-umum;Analis\n');
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('q.csv baris 3, kolom nip:');
  });

  it('skips blank rows without renumbering the others', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'bad-rows.csv'), '--as-of', '2026-02-02']);
    expect(r.stderr).toContain('bad-rows.csv baris 7: baris berisi 21 sel');
    expect(r.stderr).toContain('9 baris dibaca');
  });

  it('reads ya/tidak, true/false and 1/0, Indonesian level names and dates written day first', async () => {
    const r = await decisions(join(FIXTURES, 'comma-bom.csv'));
    const asep = r.decisions[1]!;
    expect(asep.findings.find((f) => f.code === 'talent_box_classified')?.params['box']).toBe(9);
    expect(param(r.decisions[0]!, 'employee_tenure_met', 'positionSince')).toBe('2021-03-01');
  });

  it('reads the workplace column tempat_kerja with its aliases, and passes other text to the rule, which fails it', async () => {
    const dir = tempDir();
    const rows = ['domisili', 'rumah domisili', 'Kantor lain', 'PPK', 'kafe'].map((w, i) => `19820514200604200${i + 1};Pegawai ${i};bidang-umum;${w}`);
    const file = writeFile(join(dir, 'tempat.csv'), ['nip;nama;unit;tempat_kerja', ...rows].join('\n'));
    const r = await decisions(file);
    const workplaces = r.decisions.map((d) => d.findings.find((f) => f.code.startsWith('readiness_workplace_')));
    expect(workplaces.map((f) => [f?.code, f?.params['workplace']])).toEqual([
      ['readiness_workplace_allowed', 'DOMISILI'],
      ['readiness_workplace_allowed', 'DOMISILI'],
      ['readiness_workplace_allowed', 'KANTOR_LAIN'],
      ['readiness_workplace_allowed', 'DITETAPKAN_PPK'],
      ['readiness_workplace_not_allowed', 'KAFE'],
    ]);
  });

  it('splits lists on | and on commas', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'semicolon-bom.csv'), '--as-of', '2026-02-02', '--format', 'json']);
    const asep = (JSON.parse(r.stdout) as Decision[])[1]!;
    expect(asep.findings.filter((f) => f.code === 'remoteness_service_remote').map((f) => f.params['serviceId'])).toEqual(['perencana', 'analis-kebijakan']);
  });

  it('expands a leave range a..b into its dates', async () => {
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--format', 'csv', '--performance', 'examples/kinerja-bulanan.csv']);
    const [header, ...rows] = parse(r.stdout, { delimiter: ';' }) as string[][];
    const siti = rows.find((row) => row[2] === 'Siti Aminah; S.E.')!;
    expect(['2026-02-18', '2026-02-19', '2026-02-20'].map((d) => siti[header!.indexOf(d)])).toEqual(['CUTI', 'CUTI', 'CUTI']);
  });

  it('detects the delimiter from the header row, ignoring quoted ones', () => {
    expect(detectDelimiter('nip;nama;unit')).toBe(';');
    expect(detectDelimiter('nip,nama,unit')).toBe(',');
    expect(detectDelimiter('nip\tnama\tunit')).toBe('\t');
    expect(detectDelimiter('"a,b,c";nama')).toBe(';');
    expect(detectDelimiter('nip')).toBe(',');
  });

  it('reads a tab-separated file', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 't.tsv'), 'nip\tnama\tunit\n198205142006042001\tSiti\tbidang-umum\n');
    expect((await decisions(file)).decisions.map((d) => d.name)).toEqual(['Siti']);
  });
});

describe('JSON input', () => {
  it('reads an array of records', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.json'), JSON.stringify([{ nip: '198205142006042001', name: 'Siti', unitId: 'u', position: { serviceIds: ['perencana'] } }]));
    const r = await decisions(file);
    expect(r.code).toBe(0);
    expect(r.decisions.map((d) => d.name)).toEqual(['Siti']);
  });

  it('reads JSON lines, reporting a line that does not parse with its line number', async () => {
    const dir = tempDir();
    const file = writeFile(
      join(dir, 'p.jsonl'),
      `${JSON.stringify({ nip: '198205142006042001', name: 'Siti', unitId: 'u', position: {} })}\n\n{oops\n${JSON.stringify({ nip: '198907232014031002', name: 'Asep', unitId: 'u', position: {} })}\n`,
    );
    const r = await decisions(file);
    expect(r.code).toBe(1);
    expect(r.decisions.map((d) => d.name)).toEqual(['Siti', 'Asep']);
    expect(r.stderr).toMatch(/p\.jsonl baris 3: bukan JSON yang sah/);
  });

  it('reports a record by its position and the JSON path of the problem', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.json'), JSON.stringify([{ nip: '198205142006042001', name: 'Siti', unitId: 'u', position: {}, talent: { kinerjaScore: 101 } }, 7]));
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p.json record 1, talent.kinerjaScore: must be at most 100, not 101');
    expect(r.stderr).toContain('p.json record 2: a record must be a JSON object');
  });

  it('stops with one line when a JSON file does not parse', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.json'), '[{"nip": ');
    const r = await runCli(['eligibility', file]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('bukan JSON yang sah');
  });
});

describe('files that cannot be used', () => {
  it('an empty file stops with exit code 2 and one line', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'empty.csv')]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: berkas ${join(FIXTURES, 'empty.csv')} kosong (tidak ada baris judul)`]);
    expect(r.stdout).toBe('');
  });

  it('a file with only a byte-order mark and blank lines is empty', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'blank-bom.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kosong');
  });

  it('a header without rows gives an empty result and exit code 0', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'header-only.csv'), '--format', 'json', '--as-of', '2026-02-02']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('a missing file stops with one line and no stack trace', async () => {
    const r = await runCli(['eligibility', 'tidak-ada.csv']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: berkas tidak-ada.csv tidak ditemukan']);
  });

  it('a missing file is reported in English with --lang en', async () => {
    const r = await runCli(['eligibility', 'missing.csv', '--lang', 'en']);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: file missing.csv not found']);
  });

  it('a directory is not a file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.csv'));
    const r = await runCli(['warnings', join(dir, 'folder.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('adalah folder, bukan berkas');
  });

  it('an unknown column stops the command and suggests the column meant', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'unknown-column.csv')]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('kolom tidak dikenal: nilai_kinerj (maksud Anda nilai_kinerja?), golongan');
    expect(r.stdout).toBe('');
  });

  it('a required column that is missing stops the command', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'missing-column.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kolom wajib tidak ada: unit');
  });

  it('a column named twice stops the command', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'duplicate-column.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kolom nip muncul lebih dari sekali');
  });

  it('a stray quote rejects its row with the row number and a hint, and reading goes on', async () => {
    const dir = tempDir();
    const file = writeFile(
      join(dir, 'bad.csv'),
      'nip;nama;unit\n198205142006042001;Siti;u\n198907232014031002;"Asep"x;u\n198612122010011004;Dede "Ujang" S;u\n199104022015032003;Rina;u\n',
    );
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv baris 3: baris ini memuat tanda kutip \(".*\(CSV_STRAY_QUOTE\)/);
    // Two stray quotes in one row are one problem of that row.
    expect(r.stderr.match(/baris 4:/g)).toHaveLength(1);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((d) => d.name)).toEqual(['Siti', 'Rina']);
    const en = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--lang', 'en']);
    expect(en.stderr).toContain('row 3: this row has a quote character (") inside a cell; wrap that cell in quotes and double the quotes inside it ("")');
    expect(en.stderr).toContain('4 rows read, 2 processed, 2 rejected');
  });

  it('a stray quote in a units or holidays file rejects that row too', async () => {
    const dir = tempDir();
    const units = writeFile(join(dir, 'unit.csv'), 'unit;min_di_kantor\nbidang-umum;1\n"bidang"x;2\n');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--units', units, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unit.csv row 3: this row has a quote character');
    const holidays = writeFile(join(dir, 'libur.csv'), 'tanggal;nama;jenis\n2026-02-20;"Libur"x;LIBUR_DAERAH\n');
    const h = await runCli(['eligibility', 'examples/pegawai.csv', '--holidays', holidays, '--lang', 'en']);
    expect(h.code).toBe(2);
    expect(h.stderr).toContain('row 2');
    expect(h.stderr).toContain('quote character');
  });
});
