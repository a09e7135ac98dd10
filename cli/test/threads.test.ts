import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { jabarMkd2025 } from 'kerja-dinamis';
import { describe, expect, it } from 'vitest';
import { decideBatch } from '../src/decide-batch';
import { formatDecision, setupData, threadCount, type BatchReply, type DecidedBatch } from '../src/decide-pool';
import { NipCounter } from '../src/employees';
import { openSource, type RawRow } from '../src/input';
import { nodeIo } from '../src/io';
import { EMPLOYEE_TEMPLATE } from '../src/templates';
import { textOf } from '../src/text';
import { FIXTURES, ROOT, tempDir, writeFile } from './_run';

// `eligibility` decides a long CSV file on worker threads (src/decide-pool.ts); these tests
// run the BUILT command (cli/dist, made by `npm ci` through the prepare script, or by
// `npm run build`), since a worker thread runs JavaScript, not the TypeScript sources.
const CLI = join(ROOT, 'cli', 'dist', 'index.js');
const WORKER = join(ROOT, 'cli', 'dist', 'decide-worker.js');

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** The NIP of the `i`th good row. */
const nipOf = (i: number): string => `${1970 + (i % 30)}${pad(1 + ((i >> 3) % 12), 2)}${pad(1 + ((i >> 7) % 28), 2)}${1990 + (i % 30) + (i % 5)}${pad(1 + (i % 12), 2)}${1 + (i & 1)}${pad(i % 1000, 3)}`;

/** The cells of the `i`th good row (bad-rows.csv's columns), in 7 units. */
function goodCells(i: number): string[] {
  const speed = i % 11 === 0 ? ['', '', ''] : [`${8 + (i % 40)},${i % 10}`, '9,5', '2026-01-10'];
  const warning = ['NORMAL;0;4', 'WASPADA;1;0', 'DICABUT;3;0'][i % 3]!.split(';');
  return [nipOf(i), `Pegawai ${i}`, `unit-${i % 7}`, i % 9 === 0 ? 'loket-perizinan' : 'perencana', '2021-03-01', `${60 + (i % 40)}`, `${70 + (i % 30)}`, '2025-10-15', i % 17 === 0 ? 'tidak' : 'ya', 'DINAS', ...speed, 'ya', 'ya', 'NONE', ...warning, '2026-01'];
}

/**
 * bad-rows.csv's header, then 3,000 varied good rows with the fixture's bad rows among them
 * (one repeated NIP 2,000 rows apart, across batches of 1,024), then `extra` rows.
 */
function mixedFile(extra: readonly string[] = []): string {
  const [header, ...bad] = readFileSync(join(FIXTURES, 'bad-rows.csv'), 'utf8').trimEnd().split('\n');
  const rows: string[] = [header!];
  for (let i = 0; i < 3000; i++) {
    if (i === 500) rows.push(bad[7]!); // Ganda Satu
    if (i === 1020) rows.push(...bad.slice(0, 7)); // across the first batch's end
    if (i === 2500) rows.push(bad[9]!, bad[8]!); // Ganda Dua, Pegawai Baik
    rows.push(goodCells(i).join(';'));
  }
  const dir = tempDir();
  return writeFile(join(dir, 'pegawai.csv'), `${[...rows, ...extra].join('\n')}\n`);
}

function run(args: readonly string[], threads: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KERJA_DINAMIS_THREADS: threads }, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('eligibility on worker threads', () => {
  it('the command is built, with its worker script beside it (npm run build)', () => {
    expect(existsSync(CLI)).toBe(true);
    expect(existsSync(WORKER)).toBe(true);
  });

  it.each([
    ['csv', []],
    ['json', []],
    ['table', []],
    ['csv', ['--lang', 'en']],
  ] as const)('invariant: --format %s %j gives byte for byte the output, problems and exit code of one thread, with 1 and 2 workers', (format, extra) => {
    const file = mixedFile();
    const dir = tempDir();
    const outputs = ['0', '1', '2'].map((threads) => {
      const out = join(dir, `out-${threads}.${format}`);
      const rejected = join(dir, `rejected-${threads}.csv`);
      const r = run(['eligibility', file, '--as-of', '2026-02-02', '--format', format, '--out', out, '--rejected', rejected, ...extra], threads);
      return { status: r.status, stderr: r.stderr.replaceAll(`-${threads}.`, '-N.'), out: readFileSync(out, 'utf8'), rejected: readFileSync(rejected, 'utf8') };
    });
    expect(outputs[0]!.status).toBe(1);
    // Every good row decided (3,000 and the fixture's two), every bad one reported: the
    // fixture's five and the repeated NIP's two rows; the blank row is not read.
    expect(outputs[0]!.stderr).toMatch(extra.length === 0 ? /3\.009 baris dibaca, 3\.002 diproses, 7 ditolak/ : /3,009 rows read, 3,002 processed, 7 rejected/);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it('the worker script answers a batch with the lines and problems the command decides on its own thread', async () => {
    const file = mixedFile();
    const io = nodeIo();
    const source = await openSource(io, file, { template: EMPLOYEE_TEMPLATE, ignoreUnknownColumns: true, t: textOf('id'), lang: 'id', warn: async () => {} });
    const rows: RawRow[] = [];
    const nips = new NipCounter();
    for await (const raw of source.rows) {
      rows.push(raw);
      const nip = raw.cells?.[0];
      if (typeof nip === 'string' && nip.trim() !== '') nips.add(nip.trim(), raw.row);
    }
    const setup = { source, nips, performance: undefined, policy: jabarMkd2025, asOf: '2026-02-02', calendar: undefined };
    const batch = rows.slice(1000, 1100);
    const here = decideBatch(setup, batch, (d) => formatDecision(d, 'csv', 'id'));
    const worker = new Worker(WORKER, { workerData: setupData(setup, 'csv', 'id') });
    try {
      const reply = await new Promise<BatchReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, rows: batch });
      });
      expect('error' in reply).toBe(false);
      const decided = reply as DecidedBatch;
      expect(decided.id).toBe(7);
      expect(decided.lines).toEqual(here.decisions);
      expect(decided.rejected).toEqual(here.rejected);
      expect(decided.read).toBe(here.read);
      expect(here.rejected.length).toBe(5);
      expect(decided.counts.ELIGIBLE + decided.counts.NOT_ELIGIBLE + decided.counts.INDETERMINATE).toBe(here.decisions.length);
    } finally {
      await worker.terminate();
    }
  });

  it('the worker reports a batch it cannot decide as an error, not a crash', async () => {
    const setup = { source: { display: 'x.csv', kind: 'csv' as const, header: { columns: [], unknown: [], missing: [] } }, nips: new NipCounter(), performance: undefined, policy: jabarMkd2025, asOf: '2026-02-02', calendar: undefined };
    const worker = new Worker(WORKER, { workerData: setupData(setup, 'csv', 'id') });
    try {
      const reply = await new Promise<BatchReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        // A row without cells or value, as no reader makes it: toRecord reads it as "not an object".
        worker.postMessage({ id: 1, rows: [{ row: 2, cells: null }] });
      });
      expect(reply.id).toBe(1);
      expect('error' in reply).toBe(true);
    } finally {
      await worker.terminate();
    }
  });

  it('threads: KERJA_DINAMIS_THREADS whatever the rows (at most 4), otherwise none below 20,000 rows', () => {
    expect(threadCount({ KERJA_DINAMIS_THREADS: '0' }, 1_000_000)).toBe(0);
    expect(threadCount({ KERJA_DINAMIS_THREADS: ' 2 ' }, 10)).toBe(2);
    expect(threadCount({ KERJA_DINAMIS_THREADS: '16' }, 10)).toBe(4);
    expect(threadCount({}, 19_999)).toBe(0);
    expect(threadCount({}, 20_000)).toBeGreaterThanOrEqual(1);
    expect(threadCount({}, 20_000)).toBeLessThanOrEqual(4);
    expect(threadCount({ KERJA_DINAMIS_THREADS: 'two' }, 10)).toBe(0);
  });
});

/** Good rows changed in one cell each (a row with an edit of `undefined` is cut to five cells). */
function changed(from: number, edits: readonly [number, string | undefined][]): string[] {
  return edits.map(([column, value], k) => {
    const cells = goodCells(from + k);
    if (value === undefined) return cells.slice(0, 5).join(';');
    cells[column] = value;
    return cells.join(';');
  });
}

describe('roster on worker threads', () => {
  /**
   * The mixed file with rows that stop before planning, once their unit is planned: a unit
   * written with spaces around it (the same unit), a quoted name holding the delimiter, a
   * stray quote, a unit whose every row is bad, a unit id that cannot be one (rejected
   * before planning), a short row (planned), a score out of range; and a --performance file (months of two NIPs, and a saved
   * state for a NIP whose row has one too) and a --units file.
   */
  function rosterFiles(): { file: string; extra: string[] } {
    const file = mixedFile(
      changed(3000, [
        [2, '  unit-2  '],
        [1, '"Siti Aminah; S.E."'],
        [1, 'Dede "Ujang"'],
        [4, '2021-02-30'],
        [4, '2021-02-30'],
        [4, '2021-02-30'],
        [2, '__proto__'],
        [0, undefined],
        [5, '120'],
      ]).map((row, k) => (k >= 3 && k <= 5 ? row.replace(/;unit-\d;/, ';unit-semua-salah;') : row)),
    );
    const dir = tempDir();
    const performance = writeFile(
      join(dir, 'kinerja.csv'),
      [
        'nip;bulan;menit_trk;hadir;alpa;menit_terlambat;menit_pulang_cepat;fleksibel_tanpa_absen;cuti;hasil_kerja;perilaku_kerja;realisasi_target;hukuman;tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir',
        `${nipOf(10)};2026-01;6420;20;0;10;0;0;0;SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI;;;;;;`,
        `${nipOf(11)};2026-01;5100;15;3;0;0;0;0;;;97,5;;;;;`,
        `${nipOf(12)};2026-01;6400;20;0;0;0;0;0;;;;;NORMAL;0;3;2025-12`,
      ].join('\n') + '\n',
    );
    const units = writeFile(join(dir, 'unit.csv'), 'unit;min_di_kantor;persen_di_kantor;hari_apel;layanan_langsung\nunit-1;2;50;senin;tidak\nunit-4;1;30;;ya\n');
    return { file, extra: ['--performance', performance, '--units', units] };
  }

  it.each<[string, string[]]>([
    ['csv', ['--format', 'csv']],
    ['csv', ['--format', 'csv', '--lang', 'en']],
    ['table', ['--format', 'table']],
    ['json', ['--format', 'json']],
    ['csv', ['--format', 'csv', '--html', 'PAGE', '--printed-on', '2026-01-30', '--agency', 'BKD']],
  ])('invariant: %s %j gives byte for byte the output, page, problems and exit code of one thread, with 1 and 2 workers', (ext, options) => {
    const { file, extra } = rosterFiles();
    const dir = tempDir();
    const outputs = ['0', '1', '2'].map((threads) => {
      const out = join(dir, `out-${threads}.${ext}`);
      const page = join(dir, `page-${threads}.html`);
      const rejected = join(dir, `rejected-${threads}.csv`);
      const args = options.map((o) => (o === 'PAGE' ? page : o));
      const r = run(['roster', file, '--month', '2026-02', ...extra, '--out', out, '--rejected', rejected, ...args], threads);
      return {
        status: r.status,
        stderr: r.stderr.replaceAll(`-${threads}.`, '-N.'),
        out: readFileSync(out, 'utf8'),
        page: options.includes('PAGE') ? readFileSync(page, 'utf8') : undefined,
        rejected: readFileSync(rejected, 'utf8'),
      };
    });
    expect(outputs[0]!.status).toBe(1);
    // The fixture's five bad rows and the repeated NIP's two, the stray quote, the unit of
    // bad rows (three), the forbidden unit id, the score out of range and the state given
    // twice: 14; the spaced unit, the quoted name and the short row are planned.
    expect(outputs[0]!.stderr).toMatch(options.includes('en') ? /3,018 rows read, 3,004 processed, 14 rejected/ : /3\.018 baris dibaca, 3\.004 diproses, 14 ditolak/);
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });

  it('invariant: a month without calendar data stops the run with the same problems and output on 0, 1 and 2 workers', () => {
    const { file, extra } = rosterFiles();
    const outputs = ['0', '1', '2'].map((threads) => run(['roster', file, '--month', '2031-02', ...extra], threads));
    expect(outputs[0]!.status).toBe(2);
    expect(outputs[0]!.stderr).toMatch(/kerja-dinamis roster: .*2031/);
    // The rows that cannot be read are reported, those of every unit.
    expect(outputs[0]!.stderr).toContain('baris 1028: baris berisi 21 sel');
    expect(outputs[0]!.stderr).toContain('baris 3014: baris ini memuat tanda kutip');
    expect(outputs[0]!.stderr).toContain('keadaan peringatan dini tersimpan diberikan di berkas pegawai dan di berkas kinerja sekaligus');
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });
});
