// bench/eligibility — assessUnit on 100,000 records, side by side in one run with
// (1) a bare zod parse of the same records (EmployeeRecordSchema.parse), (2) the same five
// gates as json-rules-engine rules and (3) as a GoRules ZEN decision graph — both peers with
// the library's three outcomes and its flexible days (bench/engines/).
//
//   node bench/eligibility.mjs [records=100000] [--with-2026-11-28-encoding]
//
// Before any figure counts, every record of the run is decided by every peer, and each
// peer's outcome (status, flexible days, the five gates' outcomes) is compared with the
// library's: the bench prints the agreement counts and exits 1, printing the first
// disagreeing records, when any record disagrees.
//
// Goals (architecture.md, issue 15): assessUnit ≥ 0.8× the zod-parse throughput,
// ≥ 25× json-rules-engine, ≥ 10× ZEN.
import { EmployeeRecordSchema, assessUnit, jabarMkd2025 } from '../dist/index.js';
import { machine } from './_harness.mjs';
import { makeRecords } from './engines/records.mjs';
import { decisionKey, outcomeKey, outsideEncoding, peerParameters, GATES } from './engines/common.mjs';
import { decideWithJsonRulesEngine, makeJsonRulesEngine } from './engines/json-rules-engine.mjs';

// GoRules ZEN is installed for the bench only, not a devDependency: the registry this
// project installs from serves only some of its platform packages, and a lock file
// without them breaks `npm ci` (docs/performance.md, eligibility).
const ZEN_VERSION = '0.54.0';
async function loadZen() {
  try {
    return await import('./engines/zen.mjs');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`bench/eligibility: GoRules ZEN is not installed. Install it for the bench (not saved to package.json):\n  npm install --no-save @gorules/zen-engine@${ZEN_VERSION}`);
    process.exit(2);
  }
}

const args = process.argv.slice(2);
const N = Number(args.find((a) => !a.startsWith('--')) ?? 100_000);
const WITH_OLD = args.includes('--with-2026-11-28-encoding');
const AS_OF = '2026-03-02';
const ROUNDS = 5;
/** ZEN's best case: this many evaluate calls in flight at once (Promise.all), batch after batch. */
const ZEN_BATCH = 1000;

const zenKey = (result) => outcomeKey(result.status, result.days, GATES.map((g) => result.gates[g]));

/** json-rules-engine: one awaited engine.run per record. */
async function runJson(engine, records, into, from) {
  for (let i = 0; i < records.length; i++) into[from + i] = await decideWithJsonRulesEngine(engine, records[i]);
}

/** ZEN, one awaited evaluate call per record (as a caller deciding records one by one). */
async function runZenAwaited(decision, records, into, from) {
  for (let i = 0; i < records.length; i++) into[from + i] = zenKey((await decision.evaluate(records[i])).result);
}

/** ZEN's best case: ZEN_BATCH evaluate calls in flight at once (Promise.all), batch after batch. */
async function runZenBatched(decision, records, into, from) {
  for (let b = 0; b < records.length; b += ZEN_BATCH) {
    const results = await Promise.all(records.slice(b, b + ZEN_BATCH).map((r) => decision.evaluate(r)));
    for (let i = 0; i < results.length; i++) into[from + b + i] = zenKey(results[i].result);
  }
}

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const records = makeRecords(N, 2026);
  for (const r of records) {
    const outside = outsideEncoding(r);
    if (outside !== undefined) throw new Error(`bench: record ${r.nip} has ${outside}, which the peers do not encode`);
  }
  console.log(`bench/eligibility — ${N.toLocaleString('en-US')} records, ${machine()}`);
  const q = peerParameters(jabarMkd2025, AS_OF);
  const json = makeJsonRulesEngine(q);
  const { makeZenDecision } = await loadZen();
  const { decision: zen } = makeZenDecision(q);
  const old = WITH_OLD ? await import('./engines/json-rules-engine-2026-11-28.mjs') : undefined;
  const oldEngine = old?.makeEngine();

  // Warm up every case on a slice.
  const slice = records.slice(0, 2000);
  const scratch = [];
  for (let r = 0; r < 3; r++) {
    for (const x of slice) EmployeeRecordSchema.parse(x);
    assessUnit(slice, jabarMkd2025, { asOf: AS_OF });
    await runJson(json, slice.slice(0, 500), scratch, 0);
    await runZenAwaited(zen, slice.slice(0, 500), scratch, 0);
    await runZenBatched(zen, slice, scratch, 0);
    if (old) await old.runEngine(oldEngine, slice.slice(0, 500));
  }

  // Interleaved rounds; the median of each case. The library and zod take every record
  // every round; each peer takes a different fifth of the records each round, so that over
  // the five rounds each decides every record once (its time is scaled to N).
  const ms = { zod: [], kept: [], unit: [], json: [], zenAwaited: [], zenBatched: [], old: [] };
  const jsonKeys = new Array(N);
  const zenAwaitedKeys = new Array(N);
  const zenBatchedKeys = new Array(N);
  const oldEligible = [];
  const oldShare = Math.floor(Math.min(N, 20_000) / ROUNDS);
  let unit;
  for (let r = 0; r < ROUNDS; r++) {
    const from = Math.floor((r * N) / ROUNDS);
    const part = records.slice(from, Math.floor(((r + 1) * N) / ROUNDS));
    const scale = N / part.length;
    ms.json.push(scale * (await timed(() => runJson(json, part, jsonKeys, from))));
    ms.zenAwaited.push(scale * (await timed(() => runZenAwaited(zen, part, zenAwaitedKeys, from))));
    ms.zenBatched.push(scale * (await timed(() => runZenBatched(zen, part, zenBatchedKeys, from))));
    if (old) {
      const oldPart = records.slice(r * oldShare, (r + 1) * oldShare);
      ms.old.push((N / oldShare) * (await timed(async () => oldEligible.push(...(await old.runEngine(oldEngine, oldPart))))));
    }
    ms.zod.push(await timed(() => records.forEach((x) => EmployeeRecordSchema.parse(x))));
    // The same parse keeping its results, as a batch that uses them must (assessUnit keeps its decisions).
    ms.kept.push(await timed(() => records.map((x) => EmployeeRecordSchema.parse(x)).length));
    ms.unit.push(await timed(() => (unit = assessUnit(records, jabarMkd2025, { asOf: AS_OF }))));
  }

  // Agreement: every record, every peer, against the library's decision of the last round.
  const library = new Map(unit.results.map((d) => [d.employeeId, decisionKey(d)]));
  const libraryKeys = records.map((r) => library.get(r.nip) ?? `REJECTED`);
  const peers = [
    ['json-rules-engine', jsonKeys],
    ['ZEN, awaited one by one', zenAwaitedKeys],
    [`ZEN, Promise.all batches of ${ZEN_BATCH}`, zenBatchedKeys],
  ];
  console.log(`\n## agreement with the library on all ${N.toLocaleString('en-US')} records (status, flexible days, the five gates' outcomes)\n`);
  console.log('| peer | records agreeing | disagreeing | of which status differs |');
  console.log('|---|---:|---:|---:|');
  const disagreements = [];
  for (const [name, keys] of peers) {
    let agree = 0;
    let statusDiffers = 0;
    records.forEach((record, i) => {
      if (keys[i] === libraryKeys[i]) agree++;
      else {
        if (keys[i]?.split(' ')[0] !== libraryKeys[i].split(' ')[0]) statusDiffers++;
        disagreements.push({ peer: name, index: i, library: libraryKeys[i], peerOutcome: keys[i], record });
      }
    });
    console.log(`| ${name} | ${agree.toLocaleString('en-US')} | ${(N - agree).toLocaleString('en-US')} | ${statusDiffers.toLocaleString('en-US')} |`);
  }
  const count = (status) => libraryKeys.filter((k) => k.startsWith(`${status} `)).length;
  console.log(`\nlibrary: ${count('ELIGIBLE').toLocaleString('en-US')} ELIGIBLE, ${count('NOT_ELIGIBLE').toLocaleString('en-US')} NOT_ELIGIBLE, ${count('INDETERMINATE').toLocaleString('en-US')} INDETERMINATE, ${unit.summary.rejected} rejected`);
  const days = {};
  for (const k of libraryKeys) if (k.startsWith('ELIGIBLE ')) days[k.split(' ')[1]] = (days[k.split(' ')[1]] ?? 0) + 1;
  console.log(`library, ELIGIBLE records by flexible days a week: ${JSON.stringify(days)}`);
  if (old) {
    const n = oldEligible.length;
    const oldYes = oldEligible.filter(Boolean).length;
    const libYes = libraryKeys.slice(0, n).filter((k) => k.startsWith('ELIGIBLE ')).length;
    const differ = oldEligible.filter((e, i) => e !== libraryKeys[i].startsWith('ELIGIBLE ')).length;
    console.log(`the 2026-11-28 encoding (two-valued) on its ${n.toLocaleString('en-US')} records: ${oldYes.toLocaleString('en-US')} eligible, the library ${libYes.toLocaleString('en-US')}; eligible or not differs on ${differ.toLocaleString('en-US')}`);
  }

  const rate = (t) => Math.round((N * 1000) / t);
  const z = median(ms.zod);
  const k = median(ms.kept);
  const u = median(ms.unit);
  console.log(`\n## eligibility: records per second (median of ${ROUNDS} interleaved rounds; each peer on a different fifth of the records a round, all ${N.toLocaleString('en-US')} in all)\n`);
  console.log('| case | records/s | ratio to bare zod parse | assessUnit vs this |');
  console.log('|---|---:|---:|---:|');
  console.log(`| bare zod parse (EmployeeRecordSchema.parse) | ${rate(z).toLocaleString('en-US')} | 1.000 | ${(z / u).toFixed(2)}× |`);
  console.log(`| zod parse keeping the results (records.map(parse)) | ${rate(k).toLocaleString('en-US')} | ${(z / k).toFixed(3)} | ${(k / u).toFixed(2)}× |`);
  console.log(`| assessUnit (validation + five gates + findings) | ${rate(u).toLocaleString('en-US')} | ${(z / u).toFixed(3)} | 1.00× |`);
  const row = (name, t) => console.log(`| ${name} | ${rate(t).toLocaleString('en-US')} | ${(z / t).toFixed(3)} | ${(t / u).toFixed(1)}× faster |`);
  row('json-rules-engine, three outcomes + days (awaited engine.run per record)', median(ms.json));
  row('ZEN decision graph, awaited evaluate per record', median(ms.zenAwaited));
  row(`ZEN decision graph, best case: Promise.all batches of ${ZEN_BATCH}`, median(ms.zenBatched));
  if (old) row(`json-rules-engine, the 2026-11-28 encoding (two-valued; ${oldShare.toLocaleString('en-US')} records a round, scaled)`, median(ms.old));
  console.log(`\nper round (ms, scaled to ${N.toLocaleString('en-US')} records): ${Object.entries(ms).filter(([, v]) => v.length > 0).map(([name, v]) => `${name} ${v.map((x) => Math.round(x)).join('/')}`).join('; ')}`);

  if (disagreements.length > 0) {
    console.log(`\nDISAGREEMENT: ${disagreements.length} peer outcomes differ from the library's; the first ones:`);
    for (const d of disagreements.slice(0, 5)) console.log(`- ${d.peer}, record ${d.index}: library "${d.library}", peer "${d.peerOutcome}"\n  ${JSON.stringify(d.record)}`);
    process.exitCode = 1;
  }
}

await main();
