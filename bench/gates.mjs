// Remoteness, readiness and employee-criteria checks against a bare zod parse of the
// same inputs (the cost floor of validating them). Run after `npm run build`:
//   node bench/gates.mjs
import { compare, machine } from './_harness.mjs';
import {
  assessRemoteness,
  checkEmployeeCriteria,
  checkReadiness,
  EmployeeCriteriaInputSchema,
  filterServices,
  jabarMkd2025,
  ReadinessEvidenceSchema,
  RemotenessPositionSchema,
  serviceCatalog,
} from '../dist/index.js';

const N = 1000;
const ids = serviceCatalog.map((s) => s.id);
// Deterministic pseudo-random inputs (no Math.random).
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (xs) => xs[Math.floor(next() * xs.length)];
const date = (d) => `2025-${String(10 + Math.floor(d / 28)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;

const positions = Array.from({ length: N }, () => ({
  serviceIds: Array.from({ length: 1 + Math.floor(next() * 4) }, () => (next() < 0.05 ? 'tidak-dikenal' : pick(ids))),
}));
const evidence = Array.from({ length: N }, () => ({
  laptop: { available: next() < 0.95, ownership: pick(['DINAS', 'PRIBADI']) },
  bandwidth: { downloadMbps: Math.round(next() * 500) / 10, uploadMbps: Math.round(next() * 200) / 10, measuredOn: date(Math.floor(next() * 80)) },
  kmobActive: next() < 0.9,
  signsLetters: next() < 0.3,
  tte: { active: next() < 0.8 },
  workspaceDeclared: next() < 0.9,
}));
const employees = Array.from({ length: N }, () => ({
  disciplinary: next() < 0.95 ? { status: 'NONE' } : { status: 'SERVING', penalty: 'RINGAN', until: '2026-03-01' },
  positionSince: date(Math.floor(next() * 80)),
}));
const asOf = '2026-01-15';

console.log(`# gates — ${machine()}, ${new Date().toISOString().slice(0, 10)}, ${N} records per operation`);

compare('remoteness: assessRemoteness vs a bare zod parse of the positions', [
  { name: 'zod parse (RemotenessPositionSchema)', fn: () => (positions.forEach((p) => RemotenessPositionSchema.parse(p)), N) },
  { name: 'assessRemoteness (validation included)', fn: () => (positions.forEach((p) => assessRemoteness(p, jabarMkd2025)), N) },
  { name: 'filterServices', fn: () => (positions.forEach((p) => filterServices(p.serviceIds)), N) },
]);

compare('readiness: checkReadiness vs a bare zod parse of the evidence', [
  { name: 'zod parse (ReadinessEvidenceSchema)', fn: () => (evidence.forEach((e) => ReadinessEvidenceSchema.parse(e)), N) },
  { name: 'checkReadiness (validation included)', fn: () => (evidence.forEach((e) => checkReadiness(e, jabarMkd2025, { asOf })), N) },
]);

compare('employee criteria: checkEmployeeCriteria vs a bare zod parse', [
  { name: 'zod parse (EmployeeCriteriaInputSchema)', fn: () => (employees.forEach((e) => EmployeeCriteriaInputSchema.parse(e)), N) },
  { name: 'checkEmployeeCriteria (validation included)', fn: () => (employees.forEach((e) => checkEmployeeCriteria(e, jabarMkd2025, { asOf })), N) },
]);
