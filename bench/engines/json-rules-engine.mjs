// bench/engines/json-rules-engine — the five gates as json-rules-engine rules, with the
// library's three outcomes (pass / fail / unknown per check and per gate; ELIGIBLE /
// NOT_ELIGIBLE / INDETERMINATE per record) and its flexible days.
//
// One rule per way a check can come out other than pass: a check's *unknown* rule says its
// evidence is missing, stale, future-dated or contradictory; its *fail* rule says the
// evidence is there and fails. A check is unknown when its unknown rule fires, else fail
// when its fail rule fires, else pass; a gate fails when one of its checks fails, else is
// unknown when one is unknown (the library's order); the record is NOT_ELIGIBLE when a gate
// fails, else INDETERMINATE when one is unknown, else ELIGIBLE. The explanation a caller gets
// is the list of events that fired. Values derived from the record (day numbers, levels,
// the box, the position's services) are engine facts, computed by functions, as
// json-rules-engine has no arithmetic or dates of its own; so is the number of flexible
// days, read only for an ELIGIBLE record.
import { Engine } from 'json-rules-engine';
import { GATES, addMonths, dayOf, monthIndexOf, outcomeKey } from './common.mjs';

const GRID = { DI_ATAS_EKSPEKTASI: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 }, SESUAI_EKSPEKTASI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 }, DI_BAWAH_EKSPEKTASI: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 } };
const KINERJA = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];
const POTENSIAL = ['RENDAH', 'MENENGAH', 'TINGGI'];

/** A level from a level and/or a score: the level, `MISMATCH` when they disagree, null when neither is given. */
function level(given, score, upper, lower, levels) {
  if (score === undefined) return given ?? null;
  const fromScore = score >= upper ? levels[2] : score >= lower ? levels[1] : levels[0];
  return given === undefined || given === fromScore ? fromScore : 'MISMATCH';
}

/** The engine for one policy and decision date (see {@link peerParameters}). */
export function makeJsonRulesEngine(q) {
  if (!q.talentGate) throw new Error('bench: the json-rules-engine encoding assumes a policy with the talent-box gate on');
  const engine = new Engine([], { allowUndefinedFacts: true });
  const derived = (name, fn) => engine.addFact(name, (_p, a) => a.factValue('record').then(fn));
  const ids = (r) => r.position?.serviceIds ?? [];
  // Employee criteria
  derived('disciplinaryStatus', (r) => r.disciplinary?.status ?? null);
  derived('penaltyCountsUntilDay', (r) => (r.disciplinary?.until === undefined ? null : addMonths(dayOf(r.disciplinary.until), q.servedPenaltyLookbackMonths)));
  derived('positionSinceDay', (r) => (r.position?.since === undefined ? null : dayOf(r.position.since)));
  derived('eligibleFromDay', (r) => (r.position?.since === undefined ? null : addMonths(dayOf(r.position.since), q.minMonthsInPosition)));
  // Talent box
  const { kinerja: kc, potensial: pc } = q.cutOffs;
  derived('kinerjaLevel', (r) => level(r.talent?.kinerja, r.talent?.kinerjaScore, kc.DI_ATAS_EKSPEKTASI, kc.SESUAI_EKSPEKTASI, KINERJA));
  derived('potensialLevel', (r) => level(r.talent?.potensial, r.talent?.potensialScore, pc.TINGGI, pc.MENENGAH, POTENSIAL));
  engine.addFact('box', (_p, a) => Promise.all([a.factValue('kinerjaLevel'), a.factValue('potensialLevel')]).then(([k, p]) => GRID[k]?.[p] ?? null));
  derived('assessedOnDay', (r) => (r.talent?.assessedOn === undefined ? null : dayOf(r.talent.assessedOn)));
  derived('assessmentValidUntilDay', (r) => (r.talent?.assessedOn === undefined ? null : addMonths(dayOf(r.talent.assessedOn), q.maxAssessmentAgeMonths)));
  // Remoteness
  derived('inPersonServices', (r) => ids(r).filter((s) => q.services[s]?.kind === 'TATAP_MUKA').length);
  derived('unknownServices', (r) => ids(r).filter((s) => q.services[s] === undefined).length);
  derived('officeServices', (r) => ids(r).filter((s) => q.services[s]?.kind === 'JARAK_JAUH' || q.services[s]?.kind === 'CAMPURAN').length);
  // Readiness
  derived('laptopAvailable', (r) => r.readiness?.laptop?.available ?? null);
  derived('laptopOwnership', (r) => r.readiness?.laptop?.ownership ?? null);
  derived('measurementAgeDays', (r) => (r.readiness?.bandwidth === undefined ? null : q.asOfDay - dayOf(r.readiness.bandwidth.measuredOn)));
  derived('kmobActive', (r) => r.readiness?.kmobActive ?? null);
  derived('signsLetters', (r) => r.readiness?.signsLetters ?? r.position?.signsLetters ?? null);
  derived('tteActive', (r) => r.readiness?.tte?.active ?? null);
  derived('workplace', (r) => r.readiness?.workplace ?? null);
  derived('workspaceDeclared', (r) => r.readiness?.workspaceDeclared ?? null);
  // Early warning (a saved state; the bench's records give no months to evaluate)
  derived('warningLevel', (r) => r.performance?.state?.level ?? null);
  derived('warningMonthsBefore', (r) => (r.performance?.state?.lastMonth === undefined ? null : q.decisionMonthIndex - monthIndexOf(r.performance.state.lastMonth)));
  // Flexible days (read only for an ELIGIBLE record)
  engine.addFact('flexibleDays', (_p, a) =>
    Promise.all([a.factValue('record'), a.factValue('box')]).then(([r, box]) => {
      let onsite = 0;
      let field = 0;
      for (const s of ids(r)) {
        onsite = Math.max(onsite, q.services[s].onsite);
        field = Math.max(field, q.services[s].field);
      }
      const cap = r.capException !== undefined && q.capExceptions.includes(r.capException) ? q.exceptionCap : q.cap;
      return Math.min(q.flexibleDaysByBox[box] ?? 0, Math.max(0, 5 - onsite - field), cap);
    }),
  );

  const fact = (name, operator, value) => ({ fact: name, operator, value });
  const rule = (gate, check, outcome, condition) => engine.addRule({ name: `${check}:${outcome}`, conditions: 'any' in condition || 'all' in condition ? condition : { all: [condition] }, event: { type: `${check}_${outcome}`, params: { gate, check, outcome } } });
  // 1 employee criteria
  rule('employee_criteria', 'disciplinary', 'unknown', fact('disciplinaryStatus', 'equal', null));
  rule('employee_criteria', 'disciplinary', 'fail', {
    any: [fact('disciplinaryStatus', 'equal', 'IN_PROCESS'), { all: [fact('disciplinaryStatus', 'in', ['SERVING', 'SERVED']), { any: [fact('penaltyCountsUntilDay', 'equal', null), fact('penaltyCountsUntilDay', 'greaterThanInclusive', q.asOfDay)] }] }],
  });
  rule('employee_criteria', 'tenure', 'unknown', { any: [fact('positionSinceDay', 'equal', null), fact('positionSinceDay', 'greaterThan', q.asOfDay)] });
  rule('employee_criteria', 'tenure', 'fail', fact('eligibleFromDay', 'greaterThan', q.asOfDay));
  // 2 talent box
  rule('talent_box', 'box', 'unknown', {
    any: [
      fact('kinerjaLevel', 'in', [null, 'MISMATCH']),
      fact('potensialLevel', 'in', [null, 'MISMATCH']),
      fact('assessedOnDay', 'equal', null),
      fact('assessedOnDay', 'greaterThan', q.asOfDay),
      fact('assessmentValidUntilDay', 'lessThan', q.asOfDay),
    ],
  });
  rule('talent_box', 'box', 'fail', fact('box', 'notIn', q.eligibleBoxes));
  // 3 remoteness
  rule('remoteness', 'in_person', 'fail', fact('inPersonServices', 'greaterThan', 0));
  rule('remoteness', 'services_known', 'unknown', fact('unknownServices', 'greaterThan', 0));
  rule('remoteness', 'office_work', 'unknown', fact('officeServices', 'equal', 0));
  // 4 readiness (the checks the policy requires)
  const r = q.required;
  if (r.laptop) {
    rule('readiness', 'laptop', 'unknown', {
      any: [fact('laptopAvailable', 'equal', null), ...(q.allOwnerships ? [] : [{ all: [fact('laptopAvailable', 'equal', true), fact('laptopOwnership', 'equal', null)] }])],
    });
    rule('readiness', 'laptop', 'fail', { any: [fact('laptopAvailable', 'equal', false), { all: [fact('laptopOwnership', 'notEqual', null), fact('laptopOwnership', 'notIn', q.laptopOwnerships)] }] });
  }
  if (r.bandwidth) {
    rule('readiness', 'bandwidth', 'unknown', { any: [fact('measurementAgeDays', 'equal', null), fact('measurementAgeDays', 'lessThan', 0), fact('measurementAgeDays', 'greaterThan', q.maxMeasurementAgeDays)] });
    rule('readiness', 'bandwidth', 'fail', {
      any: [
        { fact: 'record', path: '$.readiness.bandwidth.downloadMbps', operator: 'lessThan', value: q.minDownloadMbps },
        { fact: 'record', path: '$.readiness.bandwidth.uploadMbps', operator: 'lessThan', value: q.minUploadMbps },
      ],
    });
  }
  if (r.kmob) {
    rule('readiness', 'kmob', 'unknown', fact('kmobActive', 'equal', null));
    rule('readiness', 'kmob', 'fail', fact('kmobActive', 'equal', false));
  }
  if (r.tte) {
    rule('readiness', 'tte', 'unknown', {
      all: [fact('signsLetters', 'notEqual', false), fact('tteActive', 'notEqual', true), { any: [fact('signsLetters', 'equal', null), fact('tteActive', 'equal', null)] }],
    });
    rule('readiness', 'tte', 'fail', { all: [fact('signsLetters', 'equal', true), fact('tteActive', 'equal', false)] });
  }
  if (r.workspace) {
    rule('readiness', 'workspace', 'unknown', {
      any: [
        { all: [fact('workplace', 'in', q.workplaces), fact('workspaceDeclared', 'equal', false)] },
        { all: [fact('workplace', 'equal', null), fact('workspaceDeclared', 'equal', null)] },
        ...(q.allWorkplaces ? [] : [{ all: [fact('workplace', 'equal', null), fact('workspaceDeclared', 'equal', true)] }]),
      ],
    });
    rule('readiness', 'workspace', 'fail', {
      any: [{ all: [fact('workplace', 'notEqual', null), fact('workplace', 'notIn', q.workplaces)] }, { all: [fact('workplace', 'equal', null), fact('workspaceDeclared', 'equal', false)] }],
    });
  }
  // 5 early warning
  rule('early_warning', 'level', 'unknown', {
    any: [
      ...(q.missingEarlyWarning === 'NORMAL' ? [] : [fact('warningLevel', 'equal', null)]),
      fact('warningMonthsBefore', 'lessThanInclusive', 0),
      fact('warningMonthsBefore', 'greaterThan', q.maxEarlyWarningAgeMonths),
      { all: [fact('warningLevel', 'notEqual', null), fact('warningMonthsBefore', 'equal', null)] },
    ],
  });
  rule('early_warning', 'level', 'fail', fact('warningLevel', 'equal', 'DICABUT'));
  return engine;
}

const RANK = { pass: 0, unknown: 1, fail: 2 };
const OUT = ['pass', 'unknown', 'fail'];

/** Runs one record through the engine (awaited); its outcome key (see `outcomeKey`). */
export async function decideWithJsonRulesEngine(engine, record) {
  const { events, almanac } = await engine.run({ record });
  // Per check: unknown beats fail; per gate: fail beats unknown.
  const checks = new Map();
  for (const e of events) {
    const { gate, check, outcome } = e.params;
    const key = `${gate}/${check}`;
    if (checks.get(key)?.outcome !== 'unknown') checks.set(key, { gate, outcome });
  }
  const gates = [0, 0, 0, 0, 0];
  for (const { gate, outcome } of checks.values()) {
    const i = GATES.indexOf(gate);
    gates[i] = Math.max(gates[i], RANK[outcome]);
  }
  const worst = Math.max(...gates);
  const status = worst === 2 ? 'NOT_ELIGIBLE' : worst === 1 ? 'INDETERMINATE' : 'ELIGIBLE';
  const days = status === 'ELIGIBLE' ? await almanac.factValue('flexibleDays') : 0;
  return outcomeKey(status, days, gates.map((g) => OUT[g]));
}
