// bench/engines/reconcile-2026-11-28 — one run, interleaved: assessUnit as built at the
// commit the 2026-11-28 figures were measured on, today's assessUnit, and the 2026-11-28
// json-rules-engine encoding, on the same records; to tell a change of the library from
// a change of the machine's load in the ratio to json-rules-engine.
//
//   git archive efa7c95 | tar -x -C /tmp/kd-old && ln -s "$PWD/node_modules" /tmp/kd-old/node_modules \
//     && (cd /tmp/kd-old && npx tsup --silent)
//   node bench/engines/reconcile-2026-11-28.mjs /tmp/kd-old/dist/index.js [records=100000]
//
// The 2026-11-28 build takes (records, policies, asOf, options); today's (records, policy, { asOf }).
import { assessUnit, jabarMkd2025 } from '../../dist/index.js';
import { machine } from '../_harness.mjs';
import { makeRecords } from './records.mjs';
import { makeEngine, runEngine } from './json-rules-engine-2026-11-28.mjs';

const oldDist = process.argv[2];
const N = Number(process.argv[3] ?? 100_000);
const AS_OF = '2026-03-02';
const old = await import(oldDist);
const records = makeRecords(N, 2026);
console.log(`reconcile-2026-11-28 — ${N.toLocaleString('en-US')} records, ${machine()}`);
const engine = makeEngine();
const runOld = () => old.assessUnit(records, old.jabarMkd2025, AS_OF);
const runNew = () => assessUnit(records, jabarMkd2025, { asOf: AS_OF });
for (let r = 0; r < 3; r++) {
  old.assessUnit(records.slice(0, 2000), old.jabarMkd2025, AS_OF);
  assessUnit(records.slice(0, 2000), jabarMkd2025, { asOf: AS_OF });
  await runEngine(engine, records.slice(0, 500));
}
const ms = { old: [], now: [], jre: [] };
const share = Math.floor(Math.min(N, 20_000) / 5);
const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };
for (let r = 0; r < 5; r++) {
  ms.jre.push(((await time(() => runEngine(engine, records.slice(r * share, (r + 1) * share)))) * N) / share);
  ms.old.push(await time(runOld));
  ms.now.push(await time(runNew));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (t) => Math.round((N * 1000) / t).toLocaleString('en-US');
const [o, n, j] = [median(ms.old), median(ms.now), median(ms.jre)];
console.log('\n| case | records/s | vs json-rules-engine (2026-11-28 encoding) |');
console.log('|---|---:|---:|');
console.log(`| assessUnit as of efa7c95 (2026-11-28) | ${rate(o)} | ${(j / o).toFixed(1)}× |`);
console.log(`| assessUnit today | ${rate(n)} | ${(j / n).toFixed(1)}× |`);
console.log(`| json-rules-engine, 2026-11-28 encoding (${share.toLocaleString('en-US')} records a round, scaled) | ${rate(j)} | 1.0× |`);
console.log(`\ntoday / efa7c95: ${(o / n).toFixed(3)}; per round (ms): ${Object.entries(ms).map(([k, v]) => `${k} ${v.map(Math.round).join('/')}`).join('; ')}`);
