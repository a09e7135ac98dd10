import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jabarMkd2026 } from 'kerja-dinamis';
import { dateOfSourceDateEpoch } from '../src/print';
import { lines, runCli, tempDir, writeFile, type RunOptions } from './_run';

// The printed roster (`roster --html`): agency, signature block, print date, policy
// name, holidays and coverage, each from its option, SOURCE_DATE_EPOCH or the clock.
const ROSTER = ['roster', 'examples/pegawai.csv', '--month', '2026-02', '--performance', 'examples/kinerja-bulanan.csv', '--units', 'examples/unit.csv'];
const SIGNED = ['--agency', 'Dinas Komunikasi dan Informatika', '--sign-place', 'Bandung', '--sign-title', 'Kepala Dinas', '--sign-name', 'Ratna Sari Dewi', '--sign-nip', '197001011990032001'];

/** Runs the roster with `--html` into a fresh folder; returns the run and the page (empty when none was written). */
async function page(extra: readonly string[], options: RunOptions = {}, base: readonly string[] = ROSTER): Promise<{ code: number; stderr: string; html: string; written: boolean }> {
  const file = join(tempDir(), 'jadwal.html');
  const r = await runCli([...base, '--html', file, ...extra], options);
  const written = existsSync(file);
  return { code: r.code, stderr: r.stderr, html: written ? readFileSync(file, 'utf8') : '', written };
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('the agency and the signature block', () => {
  it('head every unit page with the agency and sign every unit, from the options', async () => {
    const { code, html } = await page(['--printed-on', '2026-01-28', ...SIGNED]);
    expect(code).toBe(0);
    expect(count(html, '<p class="agency"><bdi>Dinas Komunikasi dan Informatika</bdi></p>')).toBe(2);
    expect(count(html, '<div class="signature">')).toBe(2);
    expect(html).toContain(
      '<div class="signature">\n<p class="place-date"><bdi>Bandung</bdi>, 28 Januari 2026</p>\n<p class="title"><bdi>Kepala Dinas</bdi></p>\n<div class="space"></div>\n<p class="name"><bdi>Ratna Sari Dewi</bdi></p>\n<p class="nip">NIP 19700101 199003 2 001</p>\n</div>',
    );
    expect(html).toContain('<title>Dinas Komunikasi dan Informatika · Jadwal kerja Februari 2026</title>');
  });

  it('accepts the NIP in its printed groups and trims the values', async () => {
    const { code, html } = await page(['--sign-title', ' Kepala Dinas ', '--sign-name', 'Ratna', '--sign-nip', '19700101 199003 2 001']);
    expect(code).toBe(0);
    expect(html).toContain('<p class="title"><bdi>Kepala Dinas</bdi></p>');
    expect(html).toContain('<p class="nip">NIP 19700101 199003 2 001</p>');
  });

  it('writes the date alone without a place, and no NIP line without a NIP', async () => {
    const { html } = await page(['--printed-on', '2026-01-28', '--sign-title', 'Kepala Dinas', '--sign-name', 'Ratna']);
    expect(html).toContain('<p class="place-date">28 Januari 2026</p>');
    expect(html).not.toContain('<p class="nip">');
  });

  it('has neither an agency line nor a signature block without the options', async () => {
    const { code, html } = await page([]);
    expect(code).toBe(0);
    expect(html).not.toContain('class="agency"');
    expect(html).not.toContain('class="signature"');
    expect(html).toContain('<title>Jadwal kerja Februari 2026</title>');
  });

  it('refuses a signature without a position or a name (exit 2), in both languages', async () => {
    const id = await page(['--sign-place', 'Bandung', '--sign-name', 'Ratna']);
    expect(id.code).toBe(2);
    expect(lines(id.stderr)).toEqual(['kerja-dinamis roster: blok tanda tangan memerlukan --sign-title']);
    expect(id.written).toBe(false);
    const en = await page(['--sign-nip', '197001011990032001', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(lines(en.stderr)).toEqual(['kerja-dinamis roster: the signature block needs --sign-title and --sign-name']);
  });

  it('refuses an empty value (exit 2), in both languages', async () => {
    expect((await page(['--agency', ' '])).stderr).toBe('kerja-dinamis roster: opsi --agency tidak boleh kosong\n');
    const en = await page(['--sign-title', 'Kepala', '--sign-name', '', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('kerja-dinamis roster: option --sign-name must not be empty\n');
  });

  it('refuses a signatory NIP that is not valid (exit 2), saying why, in both languages', async () => {
    const id = await page(['--sign-title', 'Kepala', '--sign-name', 'Ratna', '--sign-nip', '197013011990032001']);
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/^kerja-dinamis roster: --sign-nip "197013011990032001" bukan NIP yang sah: .+\n$/);
    const en = await page(['--sign-title', 'Kepala', '--sign-name', 'Ratna', '--sign-nip', '1970', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^kerja-dinamis roster: --sign-nip "1970" is not a valid NIP: .+\n$/);
  });

  it('refuses print options without --html (exit 2), naming them, in both languages', async () => {
    const id = await runCli([...ROSTER, '--agency', 'Dinas', '--printed-on', '2026-01-28']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('kerja-dinamis roster: --printed-on, --agency hanya berlaku untuk halaman cetak; tambahkan --html <berkas>\n');
    const en = await runCli(['demo', '--printed-on', '2026-01-28', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('kerja-dinamis demo: --printed-on only apply to the printed page; add --html <file>\n');
  });

  it('heads the demo page with the sample agency; the demo takes no signature', async () => {
    const dir = tempDir();
    const r = await runCli(['demo', '--html', join(dir, 'demo.html'), '--printed-on', '2026-01-28']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'demo.html'), 'utf8');
    expect(count(html, '<p class="agency"><bdi>Dinas Layanan Publik dan Digital Kabupaten Situmekar (fiktif)</bdi></p>')).toBe(3);
    expect(html).toContain('Dicetak 28 Januari 2026');
    expect((await runCli(['demo', '--html', join(dir, 'd.html'), '--sign-name', 'X'])).code).toBe(2);
  });
});

describe('the print date', () => {
  it('is --printed-on when given, in words in the language', async () => {
    expect((await page(['--printed-on', '2026-01-28'])).html).toContain('<p class="printed">Dicetak 28 Januari 2026 · Dibuat oleh kerja-dinamis</p>');
    expect((await page(['--printed-on', '2026-01-28', '--lang', 'en'])).html).toContain('<p class="printed">Printed 28 January 2026 · Generated by kerja-dinamis</p>');
  });

  it('is the UTC date of SOURCE_DATE_EPOCH without --printed-on', async () => {
    // 2025-12-31T20:00:00Z: already 1 January 2026 in WIB, but the date is taken in UTC.
    const { code, html } = await page([], { env: { SOURCE_DATE_EPOCH: '1767211200' } });
    expect(code).toBe(0);
    expect(html).toContain('Dicetak 31 Desember 2025');
    expect((await page(['--sign-title', 'K', '--sign-name', 'N'], { env: { SOURCE_DATE_EPOCH: '1767225600' } })).html).toContain('<p class="place-date">1 Januari 2026</p>');
  });

  it('prefers --printed-on to SOURCE_DATE_EPOCH, which is then not read', async () => {
    const { code, html } = await page(['--printed-on', '2026-01-28'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(code).toBe(0);
    expect(html).toContain('Dicetak 28 Januari 2026');
  });

  it("is today in WIB from the command's clock otherwise (an empty SOURCE_DATE_EPOCH counts as unset)", async () => {
    const now = new Date('2026-02-02T20:00:00Z'); // 3 February, 03:00 WIB
    expect((await page([], { now })).html).toContain('Dicetak 3 Februari 2026');
    expect((await page([], { now, env: { SOURCE_DATE_EPOCH: '' } })).html).toContain('Dicetak 3 Februari 2026');
  });

  it('refuses a --printed-on date that does not exist (exit 2), in both languages', async () => {
    const id = await page(['--printed-on', '2026-02-30']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('kerja-dinamis roster: --printed-on "2026-02-30" bukan tanggal YYYY-MM-DD yang ada; lihat kerja-dinamis roster --help\n');
    expect(id.written).toBe(false);
    const en = await page(['--printed-on', '2026-02-30', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('kerja-dinamis roster: --printed-on "2026-02-30" is not a YYYY-MM-DD date that exists; see kerja-dinamis roster --help\n');
  });

  for (const value of ['yesterday', '1.7e9', '-86400', ' 1767225600', '0x10', '253402300800']) {
    it(`refuses SOURCE_DATE_EPOCH=${JSON.stringify(value)} before reading any file (exit 2), in both languages`, async () => {
      const id = await page([], { env: { SOURCE_DATE_EPOCH: value } });
      expect(id.code).toBe(2);
      expect(id.stderr).toBe(
        `kerja-dinamis: SOURCE_DATE_EPOCH "${value}" bukan jumlah detik sejak 1970-01-01 00:00:00 UTC (bilangan bulat, sampai tahun 9999); perbaiki atau hapus variabel itu, atau pakai --printed-on YYYY-MM-DD\n`,
      );
      expect(id.written).toBe(false);
      const en = await page(['--lang', 'en'], { env: { SOURCE_DATE_EPOCH: value } });
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`kerja-dinamis: SOURCE_DATE_EPOCH "${value}" is not a number of seconds since 1970-01-01 00:00:00 UTC`);
    });
  }

  it('reads SOURCE_DATE_EPOCH as whole seconds from 1970 up to the last second of 9999', () => {
    expect(dateOfSourceDateEpoch('0')).toBe('1970-01-01');
    expect(dateOfSourceDateEpoch('1767225599')).toBe('2025-12-31');
    expect(dateOfSourceDateEpoch('1767225600')).toBe('2026-01-01');
    expect(dateOfSourceDateEpoch('253402300799')).toBe('9999-12-31');
    expect(dateOfSourceDateEpoch('253402300800')).toBeUndefined();
    expect(dateOfSourceDateEpoch('')).toBeUndefined();
    expect(dateOfSourceDateEpoch('1767225600.5')).toBeUndefined();
  });
});

describe('the printed page', () => {
  it("names the policy in the page's language, with its id and version in small print", async () => {
    const id = (await page([])).html;
    expect(id).toContain('<p class="policy">Kebijakan: <bdi>Mekanisme Kerja Dinamis dan WFH Kamis Pemprov Jawa Barat 2026</bdi> <small>(jabar-mkd-2026, versi 2026.1)</small></p>');
    const en = (await page(['--lang', 'en'])).html;
    expect(en).toContain('<p class="policy">Policy: <bdi>West Java Dynamic Working Mechanism and Thursday work-from-home 2026</bdi> <small>(jabar-mkd-2026, version 2026.1)</small></p>');
  });

  it("repeats the title and the legend in every unit's table head, and starts every unit on a new page", async () => {
    const { html } = await page([]);
    expect(count(html, '<section class="unit"')).toBe(2);
    for (const unit of ['bidang-aplikasi', 'bidang-umum']) {
      const section = html.slice(html.indexOf(`<section class="unit" data-unit="${unit}" style="--dates: 28">`));
      const head = section.slice(section.indexOf('<thead>'), section.indexOf('</thead>'));
      expect(head).toContain(`<h2>Jadwal kerja Februari 2026 · Unit <bdi>${unit}</bdi></h2>`);
      expect(head).toContain('<div class="legend">');
      expect(head).toContain('<tr class="dates"><th class="name">Pegawai</th><th class="nip">NIP</th>');
    }
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('section.unit + section.unit { break-before: page;');
  });

  it('writes coverage as "3 (min. 1)": staff on site and the minimum required, in one cell', async () => {
    const { html } = await page([]);
    expect(html).toContain('<td class="c met" data-date="2026-02-02" title="Di kantor 6, Dibutuhkan 3">6 <small>(min. 3)</small></td>');
    expect(html).toContain('<th class="name" colspan="3">Di kantor (min. dibutuhkan)</th>');
    expect(html).not.toMatch(/>\d+\/\d+!?</);
  });

  it("lists the month's national holidays and cuti bersama by name", async () => {
    const { html } = await page([]);
    expect(html).toContain('<li data-date="2026-02-16">Sn 16 Februari: <bdi>Tahun Baru Imlek 2577 Kongzili</bdi>, cuti bersama</li>');
    expect(html).toContain('<li data-date="2026-02-17">Sl 17 Februari: <bdi>Tahun Baru Imlek 2577 Kongzili</bdi>, libur nasional</li>');
    const en = (await page(['--lang', 'en'])).html;
    expect(en).toContain('<li data-date="2026-02-17">Tu 17 February: <bdi>Chinese New Year 2577 Kongzili</bdi>, national holiday</li>');
  });

  it('lists regional holidays of a --holidays file, escaped', async () => {
    const file = writeFile(join(tempDir(), 'libur.csv'), 'tanggal;nama;jenis\n2026-02-10;"Hari Jadi <Kota> & ""Kab""";LD\n');
    const { code, html } = await page(['--holidays', file]);
    expect(code).toBe(0);
    expect(html).toContain('<li data-date="2026-02-10">Sl 10 Februari: <bdi>Hari Jadi &lt;Kota&gt; &amp; &quot;Kab&quot;</bdi>, libur daerah</li>');
  });

  it("lists the holidays of a policy file's calendar, and escapes its name", async () => {
    const dir = tempDir();
    const policy = {
      ...JSON.parse(JSON.stringify(jabarMkd2026)),
      id: 'dinas-uji-2026',
      name: { id: 'MKD <Dinas> & "Uji"', en: 'Test <agency> MKD' },
      calendar: { added: [{ date: '2026-07-15', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi <Uji>', en: 'Test <Day>' } }] },
    };
    writeFileSync(join(dir, 'kebijakan.json'), JSON.stringify(policy));
    const { code, html } = await page(['--policy', join(dir, 'kebijakan.json')], {}, ['roster', 'examples/pegawai.csv', '--month', '2026-07']);
    expect(code).toBe(0);
    expect(html).toContain('<bdi>MKD &lt;Dinas&gt; &amp; &quot;Uji&quot;</bdi> <small>(dinas-uji-2026, versi 2026.1)</small>');
    expect(html).toContain('<li data-date="2026-07-15">Rb 15 Juli: <bdi>Hari Jadi &lt;Uji&gt;</bdi>, libur daerah</li>');
  });

  it('says so when the month has no holiday', async () => {
    const { html } = await page([], {}, ['roster', 'examples/pegawai.csv', '--month', '2026-07']);
    expect(html).toContain('<div class="holidays"><strong>Libur bulan ini:</strong> tidak ada libur nasional, cuti bersama atau libur daerah</div>');
  });

  it('stops before writing anything when the calendar has no data for the month, even with no staff to plan (exit 2)', async () => {
    const file = writeFile(join(tempDir(), 'p.csv'), 'nip;nama;unit\n');
    const html = join(tempDir(), 'j.html');
    const r = await runCli(['roster', file, '--month', '2030-01', '--html', html]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kerja-dinamis roster: .*2030/);
    expect(existsSync(html)).toBe(false);
  });

  it('prints a titled page, not an empty one, when no record is valid', async () => {
    const file = writeFile(join(tempDir(), 'p.csv'), 'nip;nama;unit\n123;X;u\n');
    const { code, html } = await page(['--printed-on', '2026-01-28'], {}, ['roster', file, '--month', '2026-02']);
    expect(code).toBe(1);
    expect(html).toContain('<h2>Jadwal kerja Februari 2026</h2>');
    expect(html).toContain('(tidak ada pegawai)');
    expect(html).toContain('Dicetak 28 Januari 2026');
  });
});
