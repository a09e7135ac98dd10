// bench/engines/zen — the five gates as a GoRules ZEN decision graph (JDM JSON), with the
// library's three outcomes and its flexible days.
//
// input → "facts" (expression node: levels from scores, the box's inputs, dates compared
// with ZEN's d(), the position's services against the catalogue's lists) → "box" (decision
// table: the 9-box grid) → one decision table per gate (hit policy first: the rows that
// fail, then the rows that are unknown, then pass — the library's order) → "status"
// (decision table over the five gate outcomes) → "pattern" (decision table: days by box) →
// "result" (expression node: the status, the flexible days, the gates). Every node but
// the last passes its input through, so the last one sends back only the decision.
// The graph is built from the same policy numbers and catalogue table as the other peer.
import { ZenEngine } from '@gorules/zen-engine';

const str = (s) => JSON.stringify(s);
const list = (xs) => `[${xs.map(str).join(', ')}]`;

/** A decision table node. `inputs`: [field expression]; `rows`: [[cell per input..., output values...]]. */
function table(id, inputs, outputs, rows) {
  const inputCols = inputs.map((field, i) => ({ id: `${id}-i${i}`, name: field, field }));
  const outputCols = outputs.map((field, i) => ({ id: `${id}-o${i}`, name: field, field }));
  return {
    id,
    type: 'decisionTableNode',
    name: id,
    position: { x: 0, y: 0 },
    content: {
      hitPolicy: 'first',
      passThrough: true,
      inputField: null,
      outputPath: null,
      executionMode: 'single',
      inputs: inputCols,
      outputs: outputCols,
      rules: rows.map((row, r) => {
        const rule = { _id: `${id}-r${r}` };
        inputCols.forEach((c, i) => (rule[c.id] = row[i]));
        outputCols.forEach((c, i) => (rule[c.id] = row[inputCols.length + i]));
        return rule;
      }),
    },
  };
}

function expressions(id, pairs, passThrough) {
  return {
    id,
    type: 'expressionNode',
    name: id,
    position: { x: 0, y: 0 },
    content: { passThrough, inputField: null, outputPath: null, executionMode: 'single', expressions: pairs.map(([key, value], i) => ({ id: `${id}-e${i}`, key, value })) },
  };
}

/** The decision graph (JDM) for one policy and decision date (see `peerParameters`). */
export function zenGraph(q) {
  if (!q.talentGate) throw new Error('bench: the ZEN encoding assumes a policy with the talent-box gate on');
  const asOf = `d(${str(q.asOf)})`;
  const ids = '(position.serviceIds ?? [])';
  const byKind = (kind) => Object.keys(q.services).filter((s) => q.services[s].kind === kind);
  const levelOf = (given, score, upper, lower, levels) => {
    const fromScore = `(${score} >= ${upper} ? ${str(levels[2])} : ${score} >= ${lower} ? ${str(levels[1])} : ${str(levels[0])})`;
    return `${score} == null ? ${given} : (${given} == null or ${given} == ${fromScore}) ? ${fromScore} : "MISMATCH"`;
  };
  // The largest on-site (or field) days among the position's services: one test per distinct value, largest first.
  const largest = (key) => {
    const values = [...new Set(Object.values(q.services).map((s) => s[key]))].filter((v) => v > 0).sort((a, b) => b - a);
    return values.reduceRight((rest, v) => `some(${ids}, # in ${list(Object.keys(q.services).filter((s) => q.services[s][key] === v))}) ? ${v} : ${rest}`, '0');
  };
  const { kinerja: kc, potensial: pc } = q.cutOffs;
  const facts = expressions(
    'facts',
    [
      ['f.disciplinary', 'disciplinary.status'],
      ['f.penaltyCounts', `disciplinary.until == null or d(disciplinary.until).add(${q.servedPenaltyLookbackMonths}, "month") >= ${asOf}`],
      ['f.since', 'position.since == null ? "MISSING" : d(position.since) > ' + asOf + ' ? "FUTURE" : "GIVEN"'],
      ['f.newlyPlaced', `position.since != null and ${asOf} < d(position.since).add(${q.minMonthsInPosition}, "month")`],
      ['f.kinerja', levelOf('talent.kinerja', 'talent.kinerjaScore', kc.DI_ATAS_EKSPEKTASI, kc.SESUAI_EKSPEKTASI, ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'])],
      ['f.potensial', levelOf('talent.potensial', 'talent.potensialScore', pc.TINGGI, pc.MENENGAH, ['RENDAH', 'MENENGAH', 'TINGGI'])],
      ['f.assessmentCurrent', `talent.assessedOn != null and d(talent.assessedOn) <= ${asOf} and d(talent.assessedOn).add(${q.maxAssessmentAgeMonths}, "month") >= ${asOf}`],
      ['f.inPerson', `some(${ids}, # in ${list(byKind('TATAP_MUKA'))})`],
      ['f.unknownService', `some(${ids}, not (# in ${list(Object.keys(q.services))}))`],
      ['f.officeWork', `some(${ids}, # in ${list([...byKind('JARAK_JAUH'), ...byKind('CAMPURAN')])})`],
      ['f.onsite', largest('onsite')],
      ['f.field', largest('field')],
      ['f.laptop', 'readiness.laptop.available'],
      ['f.ownership', 'readiness.laptop.ownership'],
      ['f.bandwidthAge', `readiness.bandwidth == null ? null : ${asOf}.diff(d(readiness.bandwidth.measuredOn), "day")`],
      ['f.download', 'readiness.bandwidth.downloadMbps'],
      ['f.upload', 'readiness.bandwidth.uploadMbps'],
      ['f.kmob', 'readiness.kmobActive'],
      ['f.signsLetters', 'readiness.signsLetters ?? position.signsLetters'],
      ['f.tte', 'readiness.tte.active'],
      ['f.workplace', 'readiness.workplace'],
      ['f.workspaceDeclared', 'readiness.workspaceDeclared'],
      ['f.warningLevel', 'performance.state.level'],
      ['f.warningMonthsBefore', `performance.state.lastMonth == null ? null : d(${str(q.decisionMonthFirst)}).diff(d(performance.state.lastMonth + "-01"), "month")`],
      ['f.capException', 'capException'],
    ],
    false,
  );
  const GRID = [
    ['DI_ATAS_EKSPEKTASI', 'RENDAH', 4], ['DI_ATAS_EKSPEKTASI', 'MENENGAH', 7], ['DI_ATAS_EKSPEKTASI', 'TINGGI', 9],
    ['SESUAI_EKSPEKTASI', 'RENDAH', 2], ['SESUAI_EKSPEKTASI', 'MENENGAH', 5], ['SESUAI_EKSPEKTASI', 'TINGGI', 8],
    ['DI_BAWAH_EKSPEKTASI', 'RENDAH', 1], ['DI_BAWAH_EKSPEKTASI', 'MENENGAH', 3], ['DI_BAWAH_EKSPEKTASI', 'TINGGI', 6],
  ];
  const box = table('box', ['f.kinerja', 'f.potensial'], ['f.box'], [...GRID.map(([k, p, b]) => [str(k), str(p), String(b)]), ['', '', 'null']]);
  const F = '"fail"';
  const U = '"unknown"';
  const P = '"pass"';
  const criteria = table(
    'employee_criteria',
    ['f.disciplinary', 'f.penaltyCounts', 'f.since', 'f.newlyPlaced'],
    ['gates.employee_criteria'],
    [
      ['"IN_PROCESS"', '', '', '', F],
      ['"SERVING", "SERVED"', 'true', '', '', F],
      ['', '', '"GIVEN"', 'true', F],
      ['null', '', '', '', U],
      ['', '', '"MISSING", "FUTURE"', '', U],
      ['', '', '', '', P],
    ],
  );
  const talent = table(
    'talent_box',
    ['f.kinerja', 'f.potensial', 'f.assessmentCurrent', 'f.box'],
    ['gates.talent_box'],
    [
      ['null, "MISMATCH"', '', '', '', U],
      ['', 'null, "MISMATCH"', '', '', U],
      ['', '', 'false', '', U],
      ['', '', '', `$ in ${list(q.eligibleBoxes)}`, P],
      ['', '', '', '', F],
    ],
  );
  const remoteness = table(
    'remoteness',
    ['f.inPerson', 'f.unknownService', 'f.officeWork'],
    ['gates.remoteness'],
    [
      ['true', '', '', F],
      ['', 'true', '', U],
      ['', '', 'false', U],
      ['', '', '', P],
    ],
  );
  const r = q.required;
  const fresh = `$ != null and $ >= 0 and $ <= ${q.maxMeasurementAgeDays}`;
  const readinessRows = [
    ...(r.laptop ? [['false', '', '', '', '', '', '', '', '', '', '', F], ...(q.allOwnerships ? [] : [['true', `$ != null and not ($ in ${list(q.laptopOwnerships)})`, '', '', '', '', '', '', '', '', '', F]])] : []),
    ...(r.bandwidth ? [['', '', fresh, `$ != null and $ < ${q.minDownloadMbps}`, '', '', '', '', '', '', '', F], ['', '', fresh, '', `$ != null and $ < ${q.minUploadMbps}`, '', '', '', '', '', '', F]] : []),
    ...(r.kmob ? [['', '', '', '', '', 'false', '', '', '', '', '', F]] : []),
    ...(r.tte ? [['', '', '', '', '', '', 'true', 'false', '', '', '', F]] : []),
    ...(r.workspace ? [['', '', '', '', '', '', '', '', `$ != null and not ($ in ${list(q.workplaces)})`, '', '', F], ['', '', '', '', '', '', '', '', 'null', 'false', '', F]] : []),
    ...(r.laptop ? [['null', '', '', '', '', '', '', '', '', '', '', U], ...(q.allOwnerships ? [] : [['true', 'null', '', '', '', '', '', '', '', '', '', U]])] : []),
    ...(r.bandwidth ? [['', '', `$ == null or $ < 0 or $ > ${q.maxMeasurementAgeDays}`, '', '', '', '', '', '', '', '', U]] : []),
    ...(r.kmob ? [['', '', '', '', '', 'null', '', '', '', '', '', U]] : []),
    ...(r.tte ? [['', '', '', '', '', '', 'null', '$ != true', '', '', '', U], ['', '', '', '', '', '', 'true', 'null', '', '', '', U]] : []),
    ...(r.workspace
      ? [['', '', '', '', '', '', '', '', '$ != null', 'false', '', U], ['', '', '', '', '', '', '', '', 'null', 'null', '', U], ...(q.allWorkplaces ? [] : [['', '', '', '', '', '', '', '', 'null', 'true', '', U]])]
      : []),
    ['', '', '', '', '', '', '', '', '', '', '', P],
  ];
  // (Each row above is written with one cell too many, the 11th always empty; it is dropped here.)
  const readiness = table(
    'readiness',
    ['f.laptop', 'f.ownership', 'f.bandwidthAge', 'f.download', 'f.upload', 'f.kmob', 'f.signsLetters', 'f.tte', 'f.workplace', 'f.workspaceDeclared'],
    ['gates.readiness'],
    readinessRows.map((row) => [...row.slice(0, 10), row[11]]),
  );
  const warning = table(
    'early_warning',
    ['f.warningLevel', 'f.warningMonthsBefore'],
    ['gates.early_warning'],
    [
      ...(q.missingEarlyWarning === 'NORMAL' ? [] : [['null', '', U]]),
      ['$ != null', 'null', U],
      ['', `$ != null and ($ <= 0 or $ > ${q.maxEarlyWarningAgeMonths})`, U],
      ['"DICABUT"', '', F],
      ['', '', P],
    ],
  );
  const g = ['gates.employee_criteria', 'gates.talent_box', 'gates.remoteness', 'gates.readiness', 'gates.early_warning'];
  const anyOf = (cell) => g.map((_, i) => g.map((_, j) => (i === j ? cell : '')));
  const status = table('status', g, ['status'], [...anyOf(F).map((row) => [...row, '"NOT_ELIGIBLE"']), ...anyOf(U).map((row) => [...row, '"INDETERMINATE"']), ['', '', '', '', '', '"ELIGIBLE"']]);
  const pattern = table('pattern', ['f.box'], ['f.pattern'], [...Object.entries(q.flexibleDaysByBox).map(([b, days]) => [b, String(days)]), ['', '0']]);
  const cap = `(f.capException != null and f.capException in ${list(q.capExceptions)} ? ${q.exceptionCap} : ${q.cap})`;
  const result = expressions(
    'result',
    [
      ['status', 'status'],
      ['days', `status == "ELIGIBLE" ? min([f.pattern, max([0, 5 - f.onsite - f.field]), ${cap}]) : 0`],
      ['gates', 'gates'],
    ],
    false,
  );
  const nodes = [{ id: 'input', type: 'inputNode', name: 'input', position: { x: 0, y: 0 } }, facts, box, criteria, talent, remoteness, readiness, warning, status, pattern, result, { id: 'output', type: 'outputNode', name: 'output', position: { x: 0, y: 0 } }];
  const edges = nodes.slice(1).map((n, i) => ({ id: `edge-${i}`, type: 'edge', sourceId: nodes[i].id, targetId: n.id }));
  return { contentType: 'application/vnd.gorules.decision', nodes, edges };
}

/** A ZEN decision for the graph. */
export function makeZenDecision(q) {
  const engine = new ZenEngine();
  return { engine, decision: engine.createDecision(zenGraph(q)) };
}
