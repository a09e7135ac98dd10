// npm run test:browser — opens HTML rosters written by the built command in headless
// Chromium (Debian's package, through playwright-core) and checks what a person sees:
// the number of day cells, the computed fill of cells whose status is known from the
// input alone (weekends, leave, field-duty weekdays, staff not eligible), that every
// cell's colour matches its letter, the unmet coverage mark, and that the page fetches
// nothing. Then prints rosters to PDF (A4 landscape) and reads the PDF page by page: a
// unit of 35 staff takes one page, a unit of 80 continues on a second page under its
// repeated head (title and legend), and the signature block closes each unit.
// Saves docs/img/roster.png for the command-line guide.
//
// Not part of `npm test` (vitest picks up test/**/*.test.ts only): it needs a browser
// and dist/ (`npm run build`). Exit code 0 when every check passes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { pdfPageCount, pdfPageTexts } from './pdf-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'cli', 'dist', 'index.js');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(cli)) fail(`${cli} is missing: run npm run build first`);
if (!existsSync(executablePath)) fail(`${executablePath} is missing: apt-get install -y chromium`);

const work = mkdtempSync(join(tmpdir(), 'kd-browser-'));
let passed = 0;
let failed = 0;

function fail(message) {
  console.error(`roster.browser: ${message}`);
  process.exit(1);
}

function check(title, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${title}${ok || detail === '' ? '' : ` — ${detail}`}`);
}

/** The fill colours of the page (html.ts DAY_COLOURS, UNMET_COLOUR) as computed RGB. */
const RGB = {
  K: 'rgb(219, 234, 254)', // KANTOR #dbeafe
  F: 'rgb(187, 247, 208)', // FLEKSIBEL #bbf7d0
  L: 'rgb(253, 230, 138)', // LAPANGAN #fde68a
  C: 'rgb(233, 213, 255)', // CUTI #e9d5ff
  '·': 'rgb(229, 231, 235)', // LIBUR #e5e7eb
  unmet: 'rgb(252, 165, 165)', // #fca5a5
};

function run(args) {
  execFileSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The printed page's agency and signatory (the docs' walk-through uses the same). */
const AGENCY = 'Dinas Komunikasi dan Informatika';
const SIGNATORY = { place: 'Bandung', title: 'Kepala Dinas Komunikasi dan Informatika', name: 'Ratna Sari Dewi', nip: '197001011990032001' };
const SIGN = ['--agency', AGENCY, '--sign-place', SIGNATORY.place, '--sign-title', SIGNATORY.title, '--sign-name', SIGNATORY.name, '--sign-nip', SIGNATORY.nip];

const examplesHtml = join(work, 'jadwal.html');
run(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--performance', 'examples/kinerja-bulanan.csv', '--units', 'examples/unit.csv', '--html', examplesHtml, '--printed-on', '2026-01-28', ...SIGN]);
const demoHtml = join(work, 'demo.html');
run(['demo', '--html', demoHtml, '--printed-on', '2026-01-28']);

// Two units for the printed pages: 35 staff (one A4 landscape page) and 80 (more than
// one), in March 2026 — 31 days, the widest month, and seven holidays to list.
const SIZES = { 'unit-35': 35, 'unit-80': 80 };
const LONG_NAME = 'Raden Ajeng Siti Nurhalimah Kusumawardhani, S.Kom., M.T.';
const staff = [];
let sequence = 0;
for (const [unit, size] of Object.entries(SIZES)) {
  for (let i = 1; i <= size; i++) {
    sequence++;
    // A valid NIP: born 1985-MM-DD, CPNS from January 2010, a sequence of its own.
    const nip = `1985${String(1 + (sequence % 12)).padStart(2, '0')}${String(1 + (sequence % 28)).padStart(2, '0')}2010011${String(sequence).padStart(3, '0')}`;
    staff.push({ unit, nip, name: i === 1 ? LONG_NAME : `Pegawai ${unit} nomor ${i}` });
  }
}
const staffCsv = join(work, 'staf.csv');
writeFileSync(staffCsv, `nip;nama;unit\n${staff.map((s) => `${s.nip};${s.name};${s.unit}`).join('\n')}\n`);
const printHtml = join(work, 'cetak.html');
run(['roster', staffCsv, '--month', '2026-03', '--html', printHtml, '--printed-on', '2026-02-25', ...SIGN]);

const userDataDir = mkdtempSync(join(tmpdir(), 'kd-chromium-'));
// A fresh profile (playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1120, height: 800 },
  deviceScaleFactor: 1,
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });

  // The walk-through roster of docs/cli.md: 14 employees in 2 units, February 2026 (28 days).
  await page.goto(pathToFileURL(examplesHtml).href);
  const cellCount = await page.locator('td.d').count();
  check('examples roster: 14 employees × 28 dates = 392 day cells', cellCount === 392, `found ${cellCount}`);
  check('examples roster: one calendar per unit', (await page.locator('section.unit').count()) === 2);

  const fill = (nip, date) =>
    page.evaluate(
      ([n, d]) => {
        const row = document.querySelector(`tr[data-nip="${n}"]`);
        const dates = [...row.closest('table').querySelectorAll('thead th.date')].map((th) => th.dataset.date);
        const cell = row.querySelectorAll('td.d')[dates.indexOf(d)];
        return { text: cell.textContent, colour: getComputedStyle(cell).backgroundColor };
      },
      [nip, date],
    );
  const known = [
    ['a Sunday is LIBUR', '198205142006042001', '2026-02-01', '·'],
    ['cuti bersama 16 February is LIBUR', '198205142006042001', '2026-02-16', '·'],
    ['leave 18 February (range 16..20 in the CSV) is CUTI', '199104022015032003', '2026-02-18', 'C'],
    ['a field-duty Friday is LAPANGAN', '198803032013031013', '2026-02-06', 'L'],
    ['staff not eligible (no laptop) are at the office on a working day', '199002202015031009', '2026-02-02', 'K'],
  ];
  for (const [title, nip, date, letter] of known) {
    const got = await fill(nip, date);
    check(`examples roster: ${title}`, got.text === letter && got.colour === RGB[letter], JSON.stringify(got));
  }
  const mismatched = await page.evaluate((rgb) => {
    const bad = [];
    for (const cell of document.querySelectorAll('td.d')) {
      if (getComputedStyle(cell).backgroundColor !== rgb[cell.textContent]) bad.push(`${cell.textContent}:${getComputedStyle(cell).backgroundColor}`);
    }
    return bad;
  }, RGB);
  check('examples roster: every day cell has the colour of its letter', mismatched.length === 0, mismatched.slice(0, 5).join(', '));
  const granted = await page.evaluate(() =>
    [...document.querySelectorAll('tbody tr[data-nip]')].map((tr) => ({
      shown: tr.querySelector('td.days').textContent,
      flexible: [...tr.querySelectorAll('td.d')].filter((c) => c.textContent === 'F').length,
    })),
  );
  check(
    'examples roster: the flexible column equals the FLEKSIBEL cells of each row',
    granted.every((g) => (g.shown === '–' ? g.flexible === 0 : Number(g.shown) === g.flexible)) && granted.some((g) => g.flexible > 0),
    JSON.stringify(granted),
  );
  const legends = await page.evaluate(() => [...document.querySelectorAll('section.unit')].map((s) => s.querySelectorAll('thead .legend .swatch').length));
  check(
    "examples roster: a legend in every unit's table head: five day statuses and three kinds of coverage cell",
    legends.length === 2 && legends.every((n) => n === 8),
    JSON.stringify(legends),
  );
  const printRule = await page.evaluate(() =>
    [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r instanceof CSSPageRule && /size: a4 landscape/i.test(r.cssText))),
  );
  check('examples roster: print CSS sets @page A4 landscape', printRule);
  mkdirSync(join(root, 'docs', 'img'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs', 'img', 'roster.png'), fullPage: true });

  // The demo roster: 60 employees in 3 units; the UPT cannot staff 25 February.
  await page.goto(pathToFileURL(demoHtml).href);
  const demoCells = await page.locator('td.d').count();
  check('demo roster: 60 employees × 28 dates = 1680 day cells', demoCells === 1680, `found ${demoCells}`);
  const unmet = await page.evaluate(() => {
    const cell = document.querySelector('section[data-unit="upt-pengawasan-lapangan"] tfoot td[data-date="2026-02-25"]');
    return { text: cell.textContent, cls: cell.className, colour: getComputedStyle(cell).backgroundColor };
  });
  check('demo roster: the unmet coverage day is marked and red, "N! (min. M)"', /^\d+! \(min\. \d+\)$/.test(unmet.text) && unmet.cls.includes('unmet') && unmet.colour === RGB.unmet, JSON.stringify(unmet));
  const unmetCount = await page.locator('tfoot td.unmet').count();
  check('demo roster: exactly one unmet coverage day', unmetCount === 1, `found ${unmetCount}`);

  // The examples roster printed: two units, a page each.
  await page.goto(pathToFileURL(examplesHtml).href);
  const examplesPdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  check('examples roster printed: two units, one A4 landscape page each', pdfPageCount(examplesPdf) === 2, `found ${pdfPageCount(examplesPdf)} pages`);

  // The printed pages of a unit of 35 and a unit of 80.
  await page.goto(pathToFileURL(printHtml).href);
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  writeFileSync(join(work, 'cetak.pdf'), pdf);
  const pageCount = pdfPageCount(pdf);
  const texts = pdfPageTexts(pdf);
  console.log(`     printed: unit-35 (35 staff) and unit-80 (80 staff), March 2026 → ${pageCount} pages`);
  check('printed: the PDF has as many pages as page objects, and text on each', texts.length === pageCount && texts.every((t) => t.length > 0), `${texts.length} texts, ${pageCount} pages`);
  const pagesOf = (unit) => texts.map((t, i) => [t, i + 1]).filter(([t]) => t.includes(unit)).map(([, n]) => n);
  check('printed: the unit of 35 staff takes exactly one A4 landscape page', JSON.stringify(pagesOf('unit-35')) === '[1]', JSON.stringify(pagesOf('unit-35')));
  check('printed: the unit of 80 staff starts a new page and continues on a second', JSON.stringify(pagesOf('unit-80')) === '[2,3]', JSON.stringify(pagesOf('unit-80')));
  check('printed: three pages in all', pageCount === 3, `found ${pageCount}`);
  const legendWords = ['Kantor', 'Fleksibel', 'Lapangan', 'Cuti', 'Libur', 'kurang dari yang dibutuhkan', 'tanpa minimum'];
  const headOk = texts.map((t) => t.includes(AGENCY) && /Jadwal kerja Maret 2026 · Unit\s*unit-\d+/.test(t) && t.includes('(jabar-mkd-2026, versi 2026.1)') && legendWords.every((w) => t.includes(w)) && /Pegawai\nNIP\nFleks\n1\nMg/.test(t));
  check('printed: every page, the continued one included, repeats the agency, title, policy, legend and table head', headOk.every(Boolean), JSON.stringify(headOk));
  const nipPages = staff.map((s) => texts.map((t, i) => (t.includes(s.nip) ? i + 1 : 0)).filter(Boolean));
  const misplaced = staff.filter((s, i) => nipPages[i].length !== 1 || !pagesOf(s.unit).includes(nipPages[i][0])).map((s) => s.nip);
  check("printed: every employee is on exactly one page, among their unit's", misplaced.length === 0, misplaced.slice(0, 5).join(', '));
  const rowsPerPage = texts.map((_, p) => nipPages.filter((n) => n[0] === p + 1).length);
  console.log(`     rows per page: ${rowsPerPage.join(', ')}`);
  const signedPages = texts.map((t, i) => (t.includes(SIGNATORY.name) && t.includes('NIP 19700101 199003 2 001') && t.includes(`${SIGNATORY.title}`) && t.includes('25 Februari 2026') ? i + 1 : 0)).filter(Boolean);
  check("printed: the signature block closes each unit, on its last page only", JSON.stringify(signedPages) === '[1,3]', JSON.stringify(signedPages));
  check('printed: the signature never stands alone: staff rows share its page', rowsPerPage[2] >= 3, `rows on page 3: ${rowsPerPage[2]}`);
  const printedOn = texts.map((t) => t.includes('Dicetak 25 Februari 2026'));
  check("printed: the print date closes each unit's pages", JSON.stringify(printedOn) === '[true,false,true]', JSON.stringify(printedOn));
  const holidays = texts.map((t) => t.includes('Libur bulan ini:') && t.includes('Hari Suci Nyepi') && t.includes('Idul Fitri 1447 Hijriah'));
  check("printed: the month's holidays are listed by name under each unit", JSON.stringify(holidays) === '[true,false,true]', JSON.stringify(holidays));

  await page.emulateMedia({ media: 'print' });
  const printDom = await page.evaluate((longName) => {
    const sections = [...document.querySelectorAll('section.unit')];
    const overflowing = [...document.querySelectorAll('td.c, td.d, td.nip, td.days, th.date')].filter((c) => c.scrollWidth > c.clientWidth + 1).length;
    return {
      heads: sections.map((s) => getComputedStyle(s.querySelector('thead')).display),
      breaks: sections.map((s) => getComputedStyle(s).breakBefore),
      signatures: sections.map((s) => s.querySelectorAll('.signature').length),
      legends: sections.map((s) => s.querySelectorAll('thead .legend').length),
      overflowing,
      longName: (() => {
        const cell = [...document.querySelectorAll('td.name')].find((c) => c.textContent === longName);
        return { cut: cell.scrollWidth > cell.clientWidth, ellipsis: getComputedStyle(cell).textOverflow };
      })(),
    };
  }, LONG_NAME);
  check('printed: table heads repeat on every page (display: table-header-group)', printDom.heads.every((d) => d === 'table-header-group'), JSON.stringify(printDom.heads));
  check('printed: every unit after the first starts a new page (break-before: page)', JSON.stringify(printDom.breaks) === '["auto","page"]', JSON.stringify(printDom.breaks));
  check("printed: one signature block and one legend per unit in the page's DOM", printDom.signatures.every((n) => n === 1) && printDom.legends.every((n) => n === 1), JSON.stringify(printDom));
  check('printed: no day, NIP, Flex or coverage cell overflows (coverage "N (min. M)" included)', printDom.overflowing === 0, `${printDom.overflowing} cells`);
  check('printed: a name too long for its cell ends in an ellipsis', printDom.longName.cut && printDom.longName.ellipsis === 'ellipsis' && texts[0].includes(`${LONG_NAME.slice(0, 20)}`) && texts[0].includes('…'), JSON.stringify(printDom.longName));
  await page.emulateMedia({ media: 'screen' });

  check('no page fetched anything from the network', requests.length === 0, requests.join(', '));
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
