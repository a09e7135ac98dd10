// node bench/cli.mjs [rows ...] [--roster] [--cli OTHER/index.js] — time and peak memory of
// `kerja-dinamis eligibility` (and with --roster, of `roster --format csv` and of `roster
// --html`) on generated CSV exports (default 10,000, 100,000 and 1,000,000 rows), after
// `npm run build`; with --cli, the same runs of another build beside each (before/after).
//
// The file is generated here (deterministic, every row valid, evidence varied so that all
// three statuses occur) in a temporary folder, never kept. Each size runs the built
// command as a child process — `eligibility FILE --as-of 2026-02-02 --format csv --out
// OUT` — and reads its peak resident memory (maxRSS) from a preload that prints it on
// exit. Side by side in the same run: a bare csv-parse pass over the same file (the
// floor: reading CSV at all), so the ratio says what deciding and writing add — and
// the library itself: one warmed in-process `assessUnit` call on the same records, read
// from the file by the command's own reader (cli/src, bundled here with esbuild), so that
// "the command within 3× of the library" is a ratio from one run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './_harness.mjs';
import { buildSync } from 'esbuild';
import { loadavg } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --cli FILE: another build to measure beside this one (e.g. the branch point's), run after it on the same file.
const argv = process.argv.slice(2);
const other = argv.includes('--cli') ? argv[argv.indexOf('--cli') + 1] : undefined;
const roster = argv.includes('--roster');
const cli = join(root, 'cli', 'dist', 'index.js');
const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--cli').map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
const work = mkdtempSync(join(tmpdir(), 'kd-bench-cli-'));

const HEADER =
  'nip;nama;unit;jabatan;layanan;mulai_jabatan;tanda_tangan_surat;hari_tatap_muka;hari_lapangan;kinerja;potensial;nilai_kinerja;nilai_potensial;tanggal_penilaian;laptop;kepemilikan_laptop;unduh_mbps;unggah_mbps;tanggal_uji_kecepatan;kmob_aktif;tte_aktif;ruang_kerja;status_disiplin;tingkat_hukuman;hukuman_sampai;pengecualian;tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir;hari_fleksibel_pilihan;tanggal_cuti;nip_pendamping\n';
const SERVICES = ['perencana', 'analis-kebijakan', 'arsiparis|pengonsep-naskah-dinas', 'bendahara', 'pranata-komputer-pengembang', 'loket-perizinan', 'layanan-informasi-ppid'];
const LEVELS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
const POTENTIAL = ['TINGGI', 'MENENGAH', 'RENDAH'];
const WARN = ['NORMAL;0;3', 'NORMAL;0;5', 'WASPADA;1;0', 'DICABUT;3;0'];
const pad = (n, w) => String(n).padStart(w, '0');

/** One row; distinct NIPs for i < 10^6 × 12 (birth date, appointment month and sequence vary with i). */
function row(i) {
  const year = 1970 + (i % 30);
  const month = 1 + ((i >> 3) % 12);
  const day = 1 + ((i >> 7) % 28);
  const appointment = `${year + 20 + (i % 5)}${pad(1 + (i % 12), 2)}`;
  const nip = `${year}${pad(month, 2)}${pad(day, 2)}${appointment}${1 + (i & 1)}${pad(Math.floor(i / 3360) % 1000, 3)}`;
  const scores = i % 3 === 0;
  const kinerja = scores ? '' : LEVELS[i % 3 === 1 ? 0 : 1];
  const potensial = scores ? '' : POTENTIAL[(i >> 2) % 3];
  const nilaiKinerja = scores ? `${60 + (i % 40)},${i % 100}` : '';
  const nilaiPotensial = scores ? `${70 + (i % 30)},5` : '';
  const laptop = i % 17 === 0 ? 'tidak' : 'ya';
  const speed = i % 11 === 0 ? '' : `${8 + (i % 40)},${i % 10}`;
  return `${nip};Pegawai ${i};unit-${i % 2000};Analis;${SERVICES[i % SERVICES.length]};2021-0${1 + (i % 9)}-01;${i % 5 === 0 ? 'ya' : 'tidak'};;;${kinerja};${potensial};${nilaiKinerja};${nilaiPotensial};2025-10-15;${laptop};DINAS;${speed};${speed === '' ? '' : '9,5'};${speed === '' ? '' : '2026-01-10'};ya;ya;ya;tidak ada;;;;${WARN[i % 4]};2026-01;rabu;;\n`;
}

async function generate(n) {
  const file = join(work, `pegawai-${n}.csv`);
  const out = createWriteStream(file);
  out.write(HEADER);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += row(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return file;
}

// Prints the child's peak memory on exit (maxRSS is in KiB; the tables show MiB, 2^20 bytes).
const preload = join(work, 'maxrss.cjs');
writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nmaxrss_kb=${u.maxRSS} cpu_us=${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
const parseOnly = join(work, 'parse-only.mjs');
writeFileSync(
  parseOnly,
  `import { createReadStream } from 'node:fs';\nimport { parse } from ${JSON.stringify(join(root, 'node_modules', 'csv-parse', 'lib', 'index.js'))};\nlet n = 0;\nfor await (const r of createReadStream(process.argv[2]).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true }))) n += r.length > 0 ? 1 : 0;\nconsole.log(n);\n`,
);

// The library side: the file's records as the command builds them, then assessUnit on all
// of them at once, timed after one warm-up call.
const librarySource = join(work, 'library-entry.ts');
writeFileSync(
  librarySource,
  `import { assessUnit } from 'kerja-dinamis';
import { openSource } from ${JSON.stringify(join(root, 'cli', 'src', 'input.ts'))};
import { toRecord } from ${JSON.stringify(join(root, 'cli', 'src', 'employees.ts'))};
import { resolvePolicy } from ${JSON.stringify(join(root, 'cli', 'src', 'policy.ts'))};
import { EMPLOYEE_TEMPLATE } from ${JSON.stringify(join(root, 'cli', 'src', 'templates.ts'))};
import { nodeIo } from ${JSON.stringify(join(root, 'cli', 'src', 'io.ts'))};
import { textOf } from ${JSON.stringify(join(root, 'cli', 'src', 'text.ts'))};
const io = nodeIo();
const t = textOf('id');
const source = await openSource(io, process.argv[2], { template: EMPLOYEE_TEMPLATE, ignoreUnknownColumns: true, t, lang: 'id', warn: async () => {} });
const records = [];
for await (const raw of source.rows) { const r = toRecord(source, raw); if (r?.ok) records.push(r.record); }
const policy = await resolvePolicy(io, t, 'id', undefined, '2026-02-02');
assessUnit(records, policy, { asOf: '2026-02-02' });
const start = performance.now();
const cpu = process.cpuUsage();
const unit = assessUnit(records, policy, { asOf: '2026-02-02' });
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, records: records.length, decisions: unit.results.length }));
`,
);
const libraryScript = join(work, 'library.mjs');
buildSync({ entryPoints: [librarySource], outfile: libraryScript, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }, nodePaths: [join(root, 'node_modules')] });

function measure(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/cpu_us=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, cpu, rss, stderr: r.stderr };
}

const load = () => loadavg()[0].toFixed(2);
const label = (path) => (path === cli ? 'this build' : path);
console.log(`\n## cli: eligibility on generated CSV exports\n\n${machine()}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| rows | build | csv-parse only: s | library (assessUnit, warmed): s (CPU s) | eligibility → csv: s (CPU s) | command ÷ library: wall (CPU) | rows/s | peak RSS: csv-parse only | peak RSS: eligibility | load avg (1 min) |');
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const rosterLines = [];
try {
  for (const n of SIZES) {
    const file = await generate(n);
    const base = measure([parseOnly, file]);
    // The library holds every record at once: measured up to 100,000 rows (a million would measure memory, not rules).
    const libraryRun = n <= 100_000 ? spawnSync(process.execPath, [libraryScript, file], { encoding: 'utf8', maxBuffer: 1 << 26 }) : undefined;
    if (libraryRun !== undefined && libraryRun.status !== 0) throw new Error(`library: exit ${libraryRun.status}: ${libraryRun.stderr.slice(0, 500)}`);
    const library = libraryRun === undefined ? undefined : JSON.parse(libraryRun.stdout);
    if (library !== undefined && library.decisions !== n) console.error(`  (library decided ${library.decisions} of ${n})`);
    for (const build of other === undefined ? [cli] : [cli, other]) {
      const run = measure([build, 'eligibility', file, '--as-of', '2026-02-02', '--format', 'csv', '--out', join(work, 'out.csv')]);
      const summary = /(\S+ baris dibaca[^\n]*)/.exec(run.stderr)?.[1] ?? '';
      console.log(
        `| ${n.toLocaleString('en-US')} | ${label(build)} | ${base.seconds.toFixed(2)} | ${library === undefined ? '—' : `${library.seconds.toFixed(2)} (${library.cpu.toFixed(2)})`} | ${run.seconds.toFixed(2)} (${run.cpu.toFixed(2)}) | ${library === undefined ? '—' : `${(run.seconds / library.seconds).toFixed(2)}× (${(run.cpu / library.cpu).toFixed(2)}×)`} | ${Math.round(n / run.seconds).toLocaleString('en-US')} | ${base.rss.toFixed(0)} MiB | ${run.rss.toFixed(0)} MiB | ${load()} |`,
      );
      if (!summary.includes(`${n.toLocaleString('id-ID')} diproses`)) console.error(`  (unexpected summary: ${summary})`);
      if (!roster) continue;
      const csv = measure([build, 'roster', file, '--month', '2026-02', '--format', 'csv', '--out', join(work, 'roster.csv')]);
      const html = measure([build, 'roster', file, '--month', '2026-02', '--format', 'csv', '--out', join(work, 'roster2.csv'), '--html', join(work, 'roster.html')]);
      const htmlMb = statSync(join(work, 'roster.html')).size / 1e6;
      rosterLines.push(`| ${n.toLocaleString('en-US')} | ${label(build)} | ${csv.seconds.toFixed(2)} (${csv.cpu.toFixed(2)}) | ${csv.rss.toFixed(0)} MiB | ${html.seconds.toFixed(2)} (${html.cpu.toFixed(2)}) | ${html.rss.toFixed(0)} MiB | ${htmlMb.toFixed(0)} MB | ${load()} |`);
      rmSync(join(work, 'roster.html'));
    }
    rmSync(file);
  }
  if (roster) {
    console.log(`\n## cli: roster --month 2026-02 on the same files\n`);
    console.log('| employees | build | --format csv: s (CPU s) | peak RSS | csv + --html: s (CPU s) | peak RSS | page | load avg (1 min) |');
    console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
    for (const line of rosterLines) console.log(line);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
