// node bench/xlsx.mjs [rows] [--cli OTHER/index.js] — time and peak memory of `kerja-dinamis`
// reading and writing .xlsx workbooks (default 100,000 rows), after `npm run build`; with
// --cli, the same three runs of another build (e.g. the branch point's) on the same files.
//
// Generates the rows of bench/cli.mjs (every row valid, all three statuses) twice — as a
// CSV export and as a workbook of typed cells (numbers, dates, yes/no; NIPs as text) —
// in a temporary folder, never kept, then runs the built command as a child process
// under /usr/bin/time -v (wall time and peak resident memory):
//   eligibility FILE.csv  --format csv  (the baseline: reading CSV, deciding, writing CSV)
//   eligibility FILE.xlsx --format csv  (reading the workbook instead)
//   eligibility FILE.csv  --format xlsx (writing a workbook instead)
// The differences with the baseline are the cost of reading and of writing .xlsx. With
// --cli, the CSV outputs of the two builds are compared byte for byte.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'cli', 'dist', 'index.js');
const ExcelJS = createRequire(join(root, 'cli', 'package.json'))('exceljs');
const argv = process.argv.slice(2);
const other = argv.includes('--cli') ? argv[argv.indexOf('--cli') + 1] : undefined;
const N = Number(argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--cli') ?? 100_000);
const work = mkdtempSync(join(tmpdir(), 'kd-bench-xlsx-'));

const HEADER = 'nip;nama;unit;jabatan;layanan;mulai_jabatan;tanda_tangan_surat;hari_tatap_muka;hari_lapangan;kinerja;potensial;nilai_kinerja;nilai_potensial;tanggal_penilaian;laptop;kepemilikan_laptop;unduh_mbps;unggah_mbps;tanggal_uji_kecepatan;kmob_aktif;tte_aktif;ruang_kerja;status_disiplin;tingkat_hukuman;hukuman_sampai;pengecualian;tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir;hari_fleksibel_pilihan;tanggal_cuti;nip_pendamping'.split(';');
const SERVICES = ['perencana', 'analis-kebijakan', 'arsiparis|pengonsep-naskah-dinas', 'bendahara', 'pranata-komputer-pengembang', 'loket-perizinan', 'layanan-informasi-ppid'];
const LEVELS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
const POTENTIAL = ['TINGGI', 'MENENGAH', 'RENDAH'];
const WARN = [['NORMAL', 0, 3], ['NORMAL', 0, 5], ['WASPADA', 1, 0], ['DICABUT', 3, 0]];
const pad = (n, w) => String(n).padStart(w, '0');
const date = (iso) => new Date(`${iso}T00:00:00Z`);

/** The cells of row i, typed (the rows of bench/cli.mjs). */
function row(i) {
  const year = 1970 + (i % 30);
  const month = 1 + ((i >> 3) % 12);
  const day = 1 + ((i >> 7) % 28);
  const appointment = `${year + 20 + (i % 5)}${pad(1 + (i % 12), 2)}`;
  const nip = `${year}${pad(month, 2)}${pad(day, 2)}${appointment}${1 + (i & 1)}${pad(Math.floor(i / 3360) % 1000, 3)}`;
  const scores = i % 3 === 0;
  const speed = i % 11 === 0 ? undefined : 8 + (i % 40) + (i % 10) / 10;
  const [level, flagged, clean] = WARN[i % 4];
  return [
    nip, `Pegawai ${i}`, `unit-${i % 2000}`, 'Analis', SERVICES[i % SERVICES.length], date(`2021-0${1 + (i % 9)}-01`), i % 5 === 0, undefined, undefined,
    scores ? undefined : LEVELS[i % 3 === 1 ? 0 : 1], scores ? undefined : POTENTIAL[(i >> 2) % 3], scores ? 60 + (i % 40) + (i % 100) / 100 : undefined, scores ? 70 + (i % 30) + 0.5 : undefined,
    date('2025-10-15'), i % 17 !== 0, 'DINAS', speed, speed === undefined ? undefined : 9.5, speed === undefined ? undefined : date('2026-01-10'), true, true, true, 'tidak ada',
    undefined, undefined, undefined, level, flagged, clean, '2026-01', 'rabu', undefined, undefined,
  ];
}

const csvCell = (v) => (v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'boolean' ? (v ? 'ya' : 'tidak') : typeof v === 'number' ? String(v).replace('.', ',') : v);

async function generate() {
  const csv = join(work, `pegawai-${N}.csv`);
  const out = createWriteStream(csv);
  out.write(`${HEADER.join(';')}\n`);
  const xlsx = join(work, `pegawai-${N}.xlsx`);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useStyles: true });
  const sheet = book.addWorksheet('Pegawai');
  sheet.getColumn(1).numFmt = '@';
  for (const c of [6, 14, 19]) sheet.getColumn(c).numFmt = 'yyyy-mm-dd';
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < N; i++) {
    const cells = row(i);
    if (!out.write(`${cells.map(csvCell).join(';')}\n`)) await once(out, 'drain');
    sheet.addRow(cells.map((v) => v ?? null)).commit();
    if ((i & 1023) === 0) await new Promise(setImmediate);
  }
  out.end();
  await once(out, 'finish');
  sheet.commit();
  await book.commit();
  return { csv, xlsx };
}

function run(label, args, build = cli) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, build, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1] ?? '0';
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0);
  const seconds = wall.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
  const cpu = ['User time', 'System time'].reduce((total, what) => total + Number(new RegExp(`${what} \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? 0), 0);
  console.log(`${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s  ${cpu.toFixed(1).padStart(6)} s CPU  ${Math.round(rss / 1024).toString().padStart(5)} MB  exit ${r.status}  load ${loadavg()[0].toFixed(2)}`);
  if (r.status !== 0) console.log(r.stderr.split('\n').slice(0, 5).join('\n'));
  return seconds;
}

const { csv, xlsx } = await generate();
console.log(`${N} rows: CSV ${(statSync(csv).size / 1e6).toFixed(1)} MB, xlsx ${(statSync(xlsx).size / 1e6).toFixed(1)} MB`);
const base = ['--as-of', '2026-02-02'];
const builds = other === undefined ? [cli] : [cli, other];
builds.forEach((build, n) => {
  if (other !== undefined) console.log(build === cli ? 'this build:' : `${build}:`);
  const a = run('eligibility FILE.csv  --format csv', ['eligibility', csv, ...base, '--format', 'csv', '--out', join(work, `a-${n}.csv`)], build);
  const b = run('eligibility FILE.xlsx --format csv', ['eligibility', xlsx, ...base, '--format', 'csv', '--out', join(work, `b-${n}.csv`)], build);
  const c = run('eligibility FILE.csv  --format xlsx', ['eligibility', csv, ...base, '--format', 'xlsx', '--out', join(work, `c-${n}.xlsx`)], build);
  console.log(`reading .xlsx adds ${(b - a).toFixed(1)} s; writing .xlsx adds ${(c - a).toFixed(1)} s; written workbook ${(statSync(join(work, `c-${n}.xlsx`)).size / 1e6).toFixed(1)} MB`);
});
if (other !== undefined) {
  const same = (name) => readFileSync(join(work, `${name}-0.csv`)).equals(readFileSync(join(work, `${name}-1.csv`)));
  console.log(`CSV from the CSV file: ${same('a') ? 'identical' : 'DIFFERENT'} in both builds; CSV from the workbook: ${same('b') ? 'identical' : 'DIFFERENT'}`);
}
rmSync(work, { recursive: true, force: true });
