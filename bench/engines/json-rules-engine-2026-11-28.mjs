// bench/engines/json-rules-engine-2026-11-28 — the json-rules-engine encoding the eligibility
// bench used until 2026-12-03, kept only to reconcile the figures measured with it
// (`node bench/eligibility.mjs 100000 --with-2026-11-28-encoding`). It is two-valued: a
// record is eligible or not, a missing or stale piece of evidence fails its check, and a
// position with field duty only passes remoteness (the library: unknown). So it does not
// agree with the library; it is not used for any goal.
import { Engine } from 'json-rules-engine';
import { SERVICES } from './records.mjs';

const AS_OF = '2026-03-02';

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
export function makeEngine() {
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

/** Runs every record; a gate passes when all its checks pass. Returns, per record, whether it passes all five. */
export async function runEngine(engine, records) {
  const eligible = [];
  for (const record of records) {
    const { failureResults } = await engine.run({ record });
    const failedGates = new Set(failureResults.map((r) => r.event.params.gate));
    eligible.push(failedGates.size === 0);
  }
  return eligible;
}
