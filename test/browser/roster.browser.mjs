// npm run test:browser — opens HTML rosters written by the built command in headless
// Chromium (Debian's package, through playwright-core) and checks what a person sees:
// the number of day cells, the computed fill of cells whose status is known from the
// input alone (weekends, leave, field-duty weekdays, staff not eligible), that every
// cell's colour matches its letter, the unmet coverage mark, and that the page fetches
// nothing. Saves docs/img/roster.png for the command-line guide.
//
// Not part of `npm test` (vitest picks up test/**/*.test.ts only): it needs a browser
// and dist/ (`npm run build`). Exit code 0 when every check passes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

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

const examplesHtml = join(work, 'jadwal.html');
run(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--performance', 'examples/kinerja-bulanan.csv', '--units', 'examples/unit.csv', '--html', examplesHtml]);
const demoHtml = join(work, 'demo.html');
run(['demo', '--html', demoHtml]);

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
  const legend = await page.locator('.legend .swatch').count();
  check('examples roster: a legend with the five day statuses and the unmet mark', legend === 6, `found ${legend}`);
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
  check('demo roster: the unmet coverage day is marked and red', unmet.text.endsWith('!') && unmet.cls.includes('unmet') && unmet.colour === RGB.unmet, JSON.stringify(unmet));
  const unmetCount = await page.locator('tfoot td.unmet').count();
  check('demo roster: exactly one unmet coverage day', unmetCount === 1, `found ${unmetCount}`);

  check('no page fetched anything from the network', requests.length === 0, requests.join(', '));
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
