// npm run demo — classifies a sample list of ASN (examples/talent-sample.json, fictional
// people) with the Jabar 2025 policy and prints each decision with its reasons, in
// Bahasa Indonesia, then the first one again in English.
import { readFileSync } from 'node:fs';
import { classifyTalentBox, formatFinding, jabarMkd2025 } from '../dist/index.js';

const asOf = '2026-01-15';
const staff = JSON.parse(readFileSync(new URL('./talent-sample.json', import.meta.url), 'utf8'));

console.log(`kerja-dinamis — gerbang kotak talenta (${jabarMkd2025.name.id}), tanggal keputusan ${asOf}\n`);
const verdict = (r) => (r.eligible === true ? 'LAYAK' : r.eligible === false ? 'TIDAK LAYAK' : 'BELUM DAPAT DITENTUKAN');
const results = staff.map((person) => ({ person, result: classifyTalentBox(person.assessment, jabarMkd2025, asOf) }));

for (const { person, result } of results) {
  const box = result.box === undefined ? '—' : `kotak ${result.box}`;
  console.log(`${person.name} (${person.unit}) · ${box} · ${verdict(result)}`);
  for (const finding of result.findings) console.log(`    - ${formatFinding(finding, 'id')}`);
}

const counts = results.reduce((acc, { result }) => ({ ...acc, [verdict(result)]: (acc[verdict(result)] ?? 0) + 1 }), {});
console.log(`\nRingkasan: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} dari ${results.length} ASN.`);

const first = results[0];
console.log(`\nIn English — ${first.person.name}:`);
for (const finding of first.result.findings) console.log(`    - ${formatFinding(finding, 'en')}`);
