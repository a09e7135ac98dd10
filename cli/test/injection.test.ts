import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './_xlsx';
import { runCli, tempDir } from './_run';

// Hostile text in every text column a user controls (name, unit, service, position,
// NIP of a partner), through every output format of every command: CSV and .xlsx cells
// never start a formula, HTML never runs or fetches anything, a terminal never obeys an
// escape sequence, and JSON carries the text unchanged.
const FORMULAS = ['=HYPERLINK("http://x.invalid","klik")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)'];
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const ESCAPES = 'Asep\u001b[2J\u202Egnp.exe';

function hostileFiles(): { dir: string; staff: string; performance: string } {
  const dir = tempDir();
  const q = (v: string): string => `"${v.replaceAll('"', '""')}"`;
  const names = [...FORMULAS, MARKUP, ESCAPES];
  const rows = names.map((name, i) => [`19820514200604200${i + 1}`, q(name), q(i === 0 ? '=unit()' : 'bidang-umum'), q(FORMULAS[i % FORMULAS.length]!), 'perencana'].join(';'));
  const staff = join(dir, 'pegawai.csv');
  writeFileSync(staff, `nip;nama;unit;jabatan;layanan\n${rows.join('\n')}\n`);
  const performance = join(dir, 'kinerja.csv');
  writeFileSync(performance, `nip;bulan;menit_trk;hadir;alpa;menit_terlambat;menit_pulang_cepat;fleksibel_tanpa_absen;cuti;hasil_kerja;perilaku_kerja;realisasi_target;hukuman\n198205142006042001;2026-01;6400;20;0;0;0;0;0;SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI;;\n`);
  return { dir, staff, performance };
}

const startsFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

describe('hostile text through every output format', () => {
  for (const command of [['eligibility', '--as-of', '2026-02-02'], ['roster', '--month', '2026-02']]) {
    const name = command[0]!;

    it(`${name} --format csv: no cell starts a formula, and the text is otherwise kept`, async () => {
      const { staff } = hostileFiles();
      const r = await runCli([name, staff, ...command.slice(1), '--format', 'csv']);
      expect(r.code).toBeLessThanOrEqual(1);
      const cells = r.stdout.split(/[;\n]/).map((c) => c.replace(/^"/, '').replace(/"$/, ''));
      expect(cells.filter(startsFormula)).toEqual([]);
      expect(r.stdout).toContain(`'=HYPERLINK(""http://x.invalid"",""klik"")`);
    });

    it(`${name} --format xlsx: every text cell is text and none starts a formula`, async () => {
      const { dir, staff } = hostileFiles();
      const out = join(dir, 'hasil.xlsx');
      const r = await runCli([name, staff, ...command.slice(1), '--format', 'xlsx', '--out', out]);
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      const book = await readWorkbook(out);
      const texts: string[] = [];
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value;
            // The index sheet's own HYPERLINK formulas are the program's, to its own sheets.
            if (v !== null && typeof v === 'object' && 'formula' in v) expect(String(v.formula)).toMatch(/^HYPERLINK\("#'/);
            else if (typeof v === 'string') texts.push(v);
          }),
        ),
      );
      expect(texts.filter(startsFormula)).toEqual([]);
      expect(texts).toContain("'=HYPERLINK(\"http://x.invalid\",\"klik\")");
    });

    it(`${name} --format json: the text is carried unchanged`, async () => {
      const { staff } = hostileFiles();
      const r = await runCli([name, staff, ...command.slice(1), '--format', 'json']);
      expect(r.stdout).toContain(JSON.stringify(FORMULAS[0]).slice(1, -1));
      expect(r.stdout).toContain(JSON.stringify(ESCAPES).slice(1, -1));
    });

    it(`${name} --format table: escape sequences and bidi overrides are shown escaped`, async () => {
      const { staff } = hostileFiles();
      const r = await runCli([name, staff, ...command.slice(1)]);
      expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u202e]/);
    });
  }

  it('roster --html: markup is escaped, names isolated, nothing can run or be fetched', async () => {
    const { dir, staff } = hostileFiles();
    const html = join(dir, 'jadwal.html');
    const r = await runCli(['roster', staff, '--month', '2026-02', '--html', html]);
    expect(r.code).toBeLessThanOrEqual(1);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('<bdi>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;</bdi>');
    expect(page).toContain("default-src 'none'");
  });

  it('warnings in every format: a hostile NIP or month is rejected, and no output starts a formula', async () => {
    const { dir } = hostileFiles();
    const file = join(dir, 'k.csv');
    writeFileSync(file, 'nip;bulan;menit_trk;hadir;alpa;menit_terlambat;menit_pulang_cepat;fleksibel_tanpa_absen;cuti;hasil_kerja;perilaku_kerja;realisasi_target;hukuman\n=1+1;@2026;6400;20;0;0;0;0;0;SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI;;\n');
    const rejected = join(dir, 'ditolak.csv');
    const r = await runCli(['warnings', file, '--format', 'csv', '--rejected', rejected]);
    expect(r.code).toBe(1);
    const cells = readFileSync(rejected, 'utf8').split(/[;\n]/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter(startsFormula)).toEqual([]);
    expect(cells).toContain("'=1+1");
  });
});
