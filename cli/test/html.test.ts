import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_COLOURS, escapeHtml, renderRosterHtml, type RosterPageView } from '../src/html';
import type { PrintPage } from '../src/print';
import { textOf } from '../src/text';
import { runCli, tempDir, writeFile } from './_run';

const view: RosterPageView = {
  month: '2026-02',
  policy: 'kebijakan jabar-mkd-2025 (2025.1)',
  policyName: 'MKD <Jabar> & "2025"',
  policyId: 'jabar-mkd-2025',
  policyVersion: '2025.1',
  units: [
    {
      unitId: 'u<1>',
      dates: ['2026-02-01', '2026-02-02', '2026-02-03'],
      rows: [
        { nip: '198205142006042001', name: 'Siti "Ica" <b>Aminah</b> & Co', status: 'ELIGIBLE', maxFlexible: 2, granted: 1, collective: 0, days: ['LIBUR', 'FLEKSIBEL', 'CUTI'] },
        { nip: '198907232014031002', name: 'Asep', status: 'NOT_ELIGIBLE', maxFlexible: 0, granted: 0, collective: 0, days: ['LIBUR', 'KANTOR', 'LAPANGAN'] },
      ],
      coverage: [
        { date: '2026-02-02', weekday: 'SENIN', present: 2, flexible: 1, onSite: 1, required: 1, met: true, enforced: true },
        { date: '2026-02-03', weekday: 'SELASA', present: 0, flexible: 0, onSite: 0, required: 1, met: false, enforced: true },
      ],
      notes: ['<i>catatan</i>'],
    },
  ],
};

const print: PrintPage = {
  printedOn: '2026-01-28',
  agency: 'Dinas <Kominfo> & "Statistik"',
  signatory: { place: 'Bandung <Kota>', title: 'Kepala <Dinas>', name: 'Dra. "Ratna" <b>Sari</b>', nip: '19700101 199003 2 001' },
  holidays: [{ date: '2026-02-17', name: 'Imlek <2577>', kind: 'LIBUR_NASIONAL', expected: false }],
};

describe('the HTML roster', () => {
  const html = renderRosterHtml(view, textOf('id'), 'id', print);

  it('escapes every text that comes from the input', () => {
    expect(html).not.toContain('<b>Aminah</b>');
    expect(html).toContain('Siti &quot;Ica&quot; &lt;b&gt;Aminah&lt;/b&gt; &amp; Co');
    expect(html).toContain('data-unit="u&lt;1&gt;"');
    expect(html).not.toContain('<i>catatan</i>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('escapes every text of the printed page and isolates names with bdi', () => {
    expect(html).toContain('<bdi>Siti &quot;Ica&quot; &lt;b&gt;Aminah&lt;/b&gt; &amp; Co</bdi>');
    expect(html).toContain('<p class="agency"><bdi>Dinas &lt;Kominfo&gt; &amp; &quot;Statistik&quot;</bdi></p>');
    expect(html).toContain('<title>Dinas &lt;Kominfo&gt; &amp; &quot;Statistik&quot; · Jadwal kerja Februari 2026</title>');
    expect(html).toContain('<bdi>MKD &lt;Jabar&gt; &amp; &quot;2025&quot;</bdi>');
    expect(html).toContain('<p class="place-date"><bdi>Bandung &lt;Kota&gt;</bdi>, 28 Januari 2026</p>');
    expect(html).toContain('<p class="title"><bdi>Kepala &lt;Dinas&gt;</bdi></p>');
    expect(html).toContain('<p class="name"><bdi>Dra. &quot;Ratna&quot; &lt;b&gt;Sari&lt;/b&gt;</bdi></p>');
    expect(html).toContain('<bdi>Imlek &lt;2577&gt;</bdi>');
    expect(html).toContain('<h2>Jadwal kerja Februari 2026 · Unit <bdi>u&lt;1&gt;</bdi></h2>');
    expect(html).not.toMatch(/<(?!\/?(?:html|head|meta|title|style|body|section|table|colgroup|col|thead|tbody|tfoot|tr|th|td|div|p|h2|small|bdi|br|span|strong|ul|li)\b)[a-z]/i);
  });

  it('is self-contained: no script, no external link, style inline', () => {
    expect(html).not.toMatch(/<script|<link|@import|https?:\/\//i);
    expect(html).toContain('<style>');
  });

  it('prints on A4 landscape', () => {
    expect(html).toContain('@page { size: A4 landscape;');
  });

  it('has a cell per employee and date, classed by status', () => {
    expect(html.match(/<td class="d s-/g)).toHaveLength(6);
    for (const status of ['LIBUR', 'FLEKSIBEL', 'CUTI', 'KANTOR', 'LAPANGAN']) expect(html).toContain(`<td class="d s-${status}"`);
    for (const [status, colour] of Object.entries(DAY_COLOURS)) expect(html).toContain(`.roster td.s-${status} { background-color: ${colour}; }`);
  });

  it('writes coverage as the staff on site and, in brackets, the minimum required', () => {
    expect(html).toContain('<td class="c met" data-date="2026-02-02" title="Di kantor 1, Dibutuhkan 1">1 <small>(min. 1)</small></td>');
  });

  it('marks a day below the required head count in the coverage row', () => {
    expect(html).toContain('<td class="c unmet" data-date="2026-02-03" title="kurang dari yang dibutuhkan: Di kantor 0, Dibutuhkan 1">0! <small>(min. 1)</small></td>');
  });

  it('has a legend of the five statuses and the unmet mark, in the language', () => {
    for (const word of ['Kantor', 'Fleksibel', 'Lapangan', 'Cuti', 'Libur', 'kurang dari yang dibutuhkan']) expect(html).toContain(word);
    const en = renderRosterHtml(view, textOf('en'), 'en', print);
    expect(en).toContain('<html lang="en">');
    for (const word of ['Office', 'Flexible', 'Field duty', 'Leave', 'Holiday', 'Work roster February 2026']) expect(en).toContain(word);
  });

  it('escapes names from a CSV file written by the roster command', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.csv'), 'nip;nama;unit\n198205142006042001;"<img src=x onerror=alert(1)>";bidang-umum\n');
    const r = await runCli(['roster', file, '--month', '2026-02', '--html', join(dir, 'r.html')]);
    expect(r.code).toBe(0);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the page’s Content-Security-Policy', () => {
  it('allows nothing but its own inline style: no script, no fetch, no form, no base', async () => {
    const file = join(tempDir(), 'jadwal.html');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--html', file]);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|\son[a-z]+=/i);
  });
});
