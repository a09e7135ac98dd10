// bench/eligibility — assessUnit on 100,000 records, side by side in one run with
// (1) a bare zod parse of the same records (EmployeeRecordSchema.parse) and (2) the same
// five gates written as json-rules-engine rules.
//
//   node bench/eligibility.mjs [records=100000]
//
// Goals (architecture.md): assessUnit ≥ 0.8× the zod-parse throughput, ≥ 25× json-rules-engine.
import { Engine } from 'json-rules-engine';
import { EmployeeRecordSchema, assessUnit, jabarMkd2025 } from '../dist/index.js';
import { machine, rng } from './_harness.mjs';

const N = Number(process.argv[2] ?? 100_000);
const AS_OF = '2026-03-02';


const SERVICES = ['perencana', 'analis-kebijakan', 'analis-keuangan', 'arsiparis', 'bendahara', 'pengadministrasi-kepegawaian', 'perawat', 'loket-samsat', 'penyuluh-pertanian'];
const K = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];
const P = ['RENDAH', 'MENENGAH', 'TINGGI'];
const pad = (n, w) => String(n).padStart(w, '0');

/** Realistic records: most pass most gates; every gate fails or is unknown for some. */
function makeRecords(n, seed) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const records = [];
  for (let i = 0; i < n; i++) {
    const birthYear = 1965 + Math.floor(rand() * 35);
    const nip = `${birthYear}${pad(1 + Math.floor(rand() * 12), 2)}${pad(1 + Math.floor(rand() * 28), 2)}${birthYear + 22 + Math.floor(rand() * 5)}${pad(1 + Math.floor(rand() * 12), 2)}${1 + Math.floor(rand() * 2)}${pad(i % 1000, 3)}`;
    const r = {
      nip: `${nip.slice(0, 15)}${pad(i % 1000, 3)}`.slice(0, 18),
      name: `Pegawai ${i}`,
      unitId: `unit-${Math.floor(i / 50)}`,
      position: { serviceIds: rand() < 0.8 ? [pick(SERVICES.slice(0, 6))] : [pick(SERVICES)], since: rand() < 0.95 ? '2022-07-01' : '2026-01-05', signsLetters: rand() < 0.3 },
      talent: rand() < 0.5 ? { kinerja: pick(K), potensial: pick(P), assessedOn: '2025-09-30' } : { kinerjaScore: Math.round(rand() * 10000) / 100, potensialScore: Math.round(rand() * 10000) / 100, assessedOn: '2025-03-31' },
      readiness: {
        laptop: { available: rand() < 0.95, ownership: rand() < 0.7 ? 'DINAS' : 'PRIBADI' },
        bandwidth: { downloadMbps: Math.round(rand() * 5000) / 100, uploadMbps: Math.round(rand() * 2000) / 100, measuredOn: rand() < 0.9 ? '2026-02-10' : '2025-10-01' },
        kmobActive: rand() < 0.97,
        tte: { active: rand() < 0.9 },
        workspaceDeclared: rand() < 0.95,
      },
      disciplinary: rand() < 0.97 ? { status: 'NONE' } : { status: 'SERVING', penalty: 'RINGAN', until: '2026-06-30' },
      performance: { state: { level: rand() < 0.9 ? 'NORMAL' : pick(['WASPADA', 'PERINGATAN', 'DICABUT']), flaggedStreak: 0, cleanStreak: 0, lastMonth: '2026-02' } },
    };
    const s = r.performance.state;
    if (s.level === 'NORMAL') s.cleanStreak = 3;
    else s.flaggedStreak = s.level === 'WASPADA' ? 1 : s.level === 'PERINGATAN' ? 2 : 3;
    if (rand() < 0.02) delete r.talent;
    records.push(r);
  }
  // Make the NIPs unique (a bench record set, not a realistic population of birthdays).
  const seen = new Set();
  for (const r of records) {
    while (seen.has(r.nip)) r.nip = `${r.nip.slice(0, 15)}${pad((Number(r.nip.slice(15)) + 1) % 1000, 3)}`;
    seen.add(r.nip);
  }
  return records;
}

// ---- the same gates as json-rules-engine rules ---------------------------------------

const GRID = { DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 }, SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 }, DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 } };
const IN_PERSON = new Set(['perawat', 'loket-samsat']);
const KNOWN = new Set(SERVICES);
const dayOf = (s) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 864e5;
const asOfDay = dayOf(AS_OF);

/**
 * The five gates as json-rules-engine rules, one rule per explained check (the library
 * gives a finding per check; with json-rules-engine the explanation of a decision is
 * the list of rules that passed and failed). Facts derived from the record are engine
 * facts. Three-valued gates: a check whose fact is missing counts as unknown.
 */
function makeEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const derived = (name, fn) => engine.addFact(name, (_p, a) => a.factValue('record').then(fn));
  derived('monthsInPosition', (r) => (r.position.since ? (asOfDay - dayOf(r.position.since)) / 30.44 : undefined));
  derived('box', (r) => {
    const t = r.talent;
    if (!t) return undefined;
    const k = t.kinerja ?? (t.kinerjaScore >= 90 ? 'DI_ATAS_EKSPEKTASI' : t.kinerjaScore >= 70 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI');
    const p = t.potensial ?? (t.potensialScore >= 90 ? 'TINGGI' : t.potensialScore >= 78 ? 'MENENGAH' : 'RENDAH');
    return GRID[k][p];
  });
  derived('assessmentAgeDays', (r) => (r.talent?.assessedOn ? asOfDay - dayOf(r.talent.assessedOn) : undefined));
  derived('inPersonServices', (r) => r.position.serviceIds.filter((s) => IN_PERSON.has(s)).length);
  derived('unknownServices', (r) => r.position.serviceIds.filter((s) => !KNOWN.has(s)).length);
  derived('measurementAgeDays', (r) => (r.readiness?.bandwidth ? asOfDay - dayOf(r.readiness.bandwidth.measuredOn) : undefined));
  derived('warningAgeMonths', (r) => {
    const m = r.performance?.state?.lastMonth;
    return m === undefined ? undefined : 2026 * 12 + 2 - (Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1);
  });
  const check = (gate, name, condition) => engine.addRule({ name, conditions: { all: [condition] }, event: { type: name, params: { gate } } });
  const rec = (path, operator, value) => ({ fact: 'record', path, operator, value });
  check('employee_criteria', 'discipline_none', rec('$.disciplinary.status', 'equal', 'NONE'));
  check('employee_criteria', 'tenure', { fact: 'monthsInPosition', operator: 'greaterThanInclusive', value: 3 });
  check('talent_box', 'box_eligible', { fact: 'box', operator: 'in', value: [4, 5, 7, 8, 9] });
  check('talent_box', 'assessment_fresh', { fact: 'assessmentAgeDays', operator: 'lessThanInclusive', value: 730 });
  check('remoteness', 'no_in_person_service', { fact: 'inPersonServices', operator: 'equal', value: 0 });
  check('remoteness', 'services_known', { fact: 'unknownServices', operator: 'equal', value: 0 });
  check('readiness', 'laptop', rec('$.readiness.laptop.available', 'equal', true));
  check('readiness', 'download', rec('$.readiness.bandwidth.downloadMbps', 'greaterThanInclusive', 10));
  check('readiness', 'upload', rec('$.readiness.bandwidth.uploadMbps', 'greaterThanInclusive', 5));
  check('readiness', 'measurement_fresh', { fact: 'measurementAgeDays', operator: 'lessThanInclusive', value: 90 });
  check('readiness', 'kmob', rec('$.readiness.kmobActive', 'equal', true));
  check('readiness', 'tte', { any: [rec('$.position.signsLetters', 'equal', false), rec('$.readiness.tte.active', 'equal', true)] });
  check('readiness', 'workspace', rec('$.readiness.workspaceDeclared', 'equal', true));
  check('early_warning', 'not_revoked', rec('$.performance.state.level', 'notEqual', 'DICABUT'));
  check('early_warning', 'warning_fresh', { fact: 'warningAgeMonths', operator: 'lessThanInclusive', value: 2 });
  return engine;
}

/** Runs every record; a gate passes when all its checks pass. Returns how many pass all five. */
async function runEngine(engine, records) {
  let eligible = 0;
  for (const record of records) {
    const { failureResults } = await engine.run({ record });
    const failedGates = new Set(failureResults.map((r) => r.event.params.gate));
    if (failedGates.size === 0) eligible++;
  }
  return eligible;
}

function time(fn) {
  const t = performance.now();
  const out = fn();
  return [performance.now() - t, out];
}

async function main() {
  const records = makeRecords(N, 2026);
  console.log(`bench/eligibility — ${N.toLocaleString('en-US')} records, ${machine()}`);
  // Warm up all three on a slice.
  const slice = records.slice(0, 2000);
  const engine = makeEngine();
  for (let r = 0; r < 3; r++) {
    for (const x of slice) EmployeeRecordSchema.parse(x);
    assessUnit(slice, jabarMkd2025, { asOf: AS_OF });
    await runEngine(engine, slice.slice(0, 500));
  }
  // Interleaved rounds; the median of each. json-rules-engine is slow: each round times
  // it on a fifth of 20,000 records (a different fifth each round) and scales to N.
  const zodMs = [];
  const keptMs = [];
  const unitMs = [];
  const engineRoundMs = [];
  const engineN = Math.min(N, 20_000);
  const share = Math.floor(engineN / 5);
  let engineEligible = 0;
  let summary;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    engineEligible += await runEngine(engine, records.slice(r * share, (r + 1) * share));
    engineRoundMs.push(((performance.now() - t) * N) / share);
    zodMs.push(time(() => records.forEach((x) => EmployeeRecordSchema.parse(x)))[0]);
    // The same parse keeping its results, as a batch that uses them must (assessUnit keeps its decisions).
    keptMs.push(time(() => records.map((x) => EmployeeRecordSchema.parse(x)).length)[0]);
    const [ms, out] = time(() => assessUnit(records, jabarMkd2025, { asOf: AS_OF }));
    unitMs.push(ms);
    summary = out.summary;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rate = (ms) => Math.round((N * 1000) / ms);
  const z = median(zodMs);
  const u = median(unitMs);
  const engineMs = median(engineRoundMs);
  console.log('\n## eligibility: records per second (median of 5 interleaved rounds; json-rules-engine on ' + share.toLocaleString('en-US') + ' records a round, ' + (5 * share).toLocaleString('en-US') + ' in all)\n');
  console.log('| case | records/s | ratio to bare zod parse | assessUnit vs this |');
  console.log('|---|---:|---:|---:|');
  console.log(`| bare zod parse (EmployeeRecordSchema.parse) | ${rate(z).toLocaleString('en-US')} | 1.000 | ${(z / u).toFixed(2)}× |`);
  const k = median(keptMs);
  console.log(`| zod parse keeping the results (records.map(parse)) | ${rate(k).toLocaleString('en-US')} | ${(z / k).toFixed(3)} | ${(k / u).toFixed(2)}× |`);
  console.log(`| assessUnit (validation + five gates + findings) | ${rate(u).toLocaleString('en-US')} | ${(z / u).toFixed(3)} | 1.00× |`);
  console.log(`| json-rules-engine, the same five gates (one rule per explained check) | ${rate(engineMs).toLocaleString('en-US')} | ${(z / engineMs).toFixed(3)} | ${(engineMs / u).toFixed(1)}× faster |`);
  console.log(`\nassessUnit summary: ${JSON.stringify(summary.byStatus)}, rejected ${summary.rejected}; json-rules-engine eligible in its slices: ${engineEligible} of ${5 * share}`);
}

await main();
