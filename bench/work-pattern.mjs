// bench/work-pattern — allocateUnits at scale (time and peak memory, validation
// included), and the quality of its optimum against the HiGHS MILP solver.
//
//   node bench/work-pattern.mjs            scale 1k / 10k / 100k / 1M, then quality
//   node bench/work-pattern.mjs scale      scale only
//   node bench/work-pattern.mjs quality    quality only
//
// Each scale runs in a child process of its own, so that its peak memory (maxRSS) is
// its own; the child builds the inputs, then times allocateUnits on them.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { allocateUnits, allocateWorkPatterns, isWorkingDay, jabarMkd2023, jabarMkd2025 } from '../dist/index.js';
import { machine, rng } from './_harness.mjs';

const WEEKDAYS = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'];


/** A realistic unit: entitlements 0–5, some on-site and field weekdays, leave, preferences, backup pairs. */
function makeUnit(id, size, month, rand, { pins = true } = {}) {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const employees = [];
  for (let i = 0; i < size; i++) {
    const r = rand();
    const e = { id: `${id}-${String(i).padStart(3, '0')}`, flexibleDaysPerWeek: r < 0.25 ? 0 : r < 0.6 ? 2 : r < 0.8 ? 1 : r < 0.95 ? 4 : 3 };
    if (rand() < 0.15) e.onsiteWeekdays = [pick(WEEKDAYS)];
    if (rand() < 0.1) e.fieldWeekdays = [WEEKDAYS.find((d) => !(e.onsiteWeekdays ?? []).includes(d))];
    if (rand() < 0.3) {
      const start = 1 + Math.floor(rand() * (days - 3));
      e.leaveDates = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => `${month}-${String(start + k).padStart(2, '0')}`);
    }
    if (rand() < 0.5) e.preferredWeekdays = [pick(WEEKDAYS)];
    if (rand() < 0.05) e.capException = 'TUGAS_LUAR';
    employees.push(e);
  }
  for (let i = 0; i + 1 < size; i += 10) {
    employees[i].backupPartner = employees[i + 1].id;
    employees[i + 1].backupPartner = employees[i].id;
  }
  const input = { unit: { id, ...(rand() < 0.3 ? { anchorWeekdays: ['SENIN'] } : {}) }, month, employees, carryIn: {} };
  if (pins) {
    input.pinned = [];
    for (let k = 0; k < Math.floor(size / 10); k++) {
      input.pinned.push({ employeeId: employees[Math.floor(rand() * size)].id, date: `${month}-${String(2 + Math.floor(rand() * 25)).padStart(2, '0')}` });
    }
    const seen = new Set();
    input.pinned = input.pinned.filter((p) => !seen.has(p.employeeId + p.date) && seen.add(p.employeeId + p.date));
  }
  return input;
}

function makeUnits(total, month, seed) {
  const rand = rng(seed);
  const units = [];
  let made = 0;
  for (let u = 0; made < total; u++) {
    const size = Math.min(total - made, 40 + Math.floor(rand() * 21)); // ~50
    units.push(makeUnit(`unit-${String(u).padStart(5, '0')}`, size, month, rand));
    made += size;
  }
  return units;
}

function runScaleChild(total) {
  const units = makeUnits(total, '2026-03', 7);
  // Warm the JIT on other units first (10,000 employees, twice), so that every size is
  // timed on optimised code; then time the size itself (median of 5; of 3 for 1,000,000).
  const warm = makeUnits(10_000, '2026-03', 99);
  allocateUnits(warm, jabarMkd2025);
  allocateUnits(warm, jabarMkd2025);
  // Wall time, and CPU time (user + system, every thread of the process: the garbage
  // collector's helpers too). On shared cores other jobs stretch the wall time; the
  // CPU time is the work done, and is the closer measure of time on one core.
  const runs = total >= 1_000_000 ? 3 : 5;
  const times = [];
  const cpus = [];
  let r;
  for (let k = 0; k < runs; k++) {
    // The last run's result becomes garbage, collected during this one, as in a service
    // that allocates month after month. (A forced full collection before each run made
    // the next run slower, not cleaner: 40–50 ms instead of 8–18 for 1,000 employees.)
    r = undefined;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    r = allocateUnits(units, jabarMkd2025);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const ms = median(times);
  const cpuMs = median(cpus);
  const [minMs, maxMs] = [Math.min(...times), Math.max(...times)];
  const granted = r.results.reduce((s, x) => s + x.totals.granted, 0);
  const entitled = r.results.reduce((s, x) => s + x.totals.entitled, 0);
  console.log(JSON.stringify({ total, units: units.length, ms, minMs, maxMs, cpuMs, granted, entitled, rejected: r.rejected.length, maxRssMb: process.resourceUsage().maxRSS / 1024, load: os.loadavg()[0] }));
}

function scale() {
  console.log(`\n## work-pattern: scale (allocateUnits, validation included, March 2026 with Ramadan, jabarMkd2025) — ${machine()}\n`);
  console.log('| employees | units | wall time (ms, median of 5, of 3 for 1,000,000) | fastest – slowest run (ms) | CPU time (ms, median) | µs / employee (CPU) | granted / entitled | peak RSS (MB) | load average at the end |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const self = fileURLToPath(import.meta.url);
  for (const total of [1_000, 10_000, 100_000, 1_000_000]) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', self, 'scale-child', String(total)], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`| ${total} | failed: ${child.stderr.split('\n')[0]} |`);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    console.log(
      `| ${r.total.toLocaleString('en-US')} | ${r.units.toLocaleString('en-US')} | ${Math.round(r.ms).toLocaleString('en-US')} | ${Math.round(r.minMs).toLocaleString('en-US')} – ${Math.round(r.maxMs).toLocaleString('en-US')} | ${Math.round(r.cpuMs).toLocaleString('en-US')} | ${((r.cpuMs * 1000) / r.total).toFixed(2)} | ${r.granted.toLocaleString('en-US')} / ${r.entitled.toLocaleString('en-US')} | ${Math.round(r.maxRssMb)} | ${r.load.toFixed(1)} |`,
    );
  }
}

// ---- quality: the same instances as a MILP for HiGHS -------------------------------

const NAMES = ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'];

/** The MILP of one unit-month (no pins, no collective days), derived from the rules as written. */
function milp(input, policy) {
  const [y, m] = input.month.split('-').map(Number);
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const wp = policy.workPattern;
  const emps = input.employees;
  const anchors = input.unit.anchorWeekdays ?? [];
  const cap = emps.map((e) =>
    e.capException && wp.capExceptions.includes(e.capException) ? Math.min(e.flexibleDaysPerWeek, wp.exceptionMaxFlexibleDaysPerWeek) : Math.min(e.flexibleDaysPerWeek, wp.maxFlexibleDaysPerWeek),
  );
  const vars = []; // [i, d, week]
  const slack = [];
  let week = 0;
  const weekOf = [];
  for (let d = 1; d <= length; d++) {
    const date = `${input.month}-${String(d).padStart(2, '0')}`;
    const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (dow === 1 && d > 1) week++;
    weekOf[d] = week;
    if (!isWorkingDay(date, { policy })) continue;
    const wd = NAMES[dow];
    const away = emps.map((e) => (e.leaveDates ?? []).includes(date) || (e.fieldWeekdays ?? []).includes(wd));
    const present = away.filter((a) => !a).length;
    const required = Math.max(input.unit.minOnsiteHeadcount ?? wp.minOnsiteHeadcount, Math.ceil(((input.unit.minOnsitePercent ?? wp.minOnsitePercent) * present) / 100));
    slack[d] = Math.max(0, present - required);
    emps.forEach((e, i) => {
      if (!away[i] && !anchors.includes(wd) && !(e.onsiteWeekdays ?? []).includes(wd) && cap[i] > 0) vars.push([i, d, week]);
    });
  }
  const name = (i, d) => `x_${i}_${d}`;
  const rows = [];
  const byEmpWeek = new Map();
  for (const [i, d, w] of vars) byEmpWeek.set(`${i}:${w}`, [...(byEmpWeek.get(`${i}:${w}`) ?? []), name(i, d)]);
  const entitled = emps.map(() => 0);
  for (const [key, list] of byEmpWeek) {
    const [i] = key.split(':').map(Number);
    rows.push(`${list.join(' + ')} <= ${cap[i]}`);
    entitled[i] += Math.min(cap[i], list.length);
  }
  const byDay = new Map();
  for (const [i, d] of vars) byDay.set(d, [...(byDay.get(d) ?? []), name(i, d)]);
  for (const [d, list] of byDay) rows.push(`${list.join(' + ')} <= ${slack[d]}`);
  const has = new Set(vars.map(([i, d]) => name(i, d)));
  emps.forEach((e, i) => {
    const j = emps.findIndex((x) => x.id === e.backupPartner);
    if (j > i) for (let d = 1; d <= length; d++) if (has.has(name(i, d)) && has.has(name(j, d))) rows.push(`${name(i, d)} + ${name(j, d)} <= 1`);
  });
  const all = vars.map(([i, d]) => name(i, d));
  const perEmp = emps.map((_, i) => vars.filter(([k]) => k === i).map(([, d]) => name(i, d)));
  const lp1 = `Maximize\n obj: ${all.join(' + ') || '0 x_dummy'}\nSubject To\n${rows.map((r, k) => ` c${k}: ${r}`).join('\n')}\nBinary\n${all.join('\n')}\nEnd`;
  const lp2 = (total) =>
    `Minimize\n obj: M\nSubject To\n${rows.map((r, k) => ` c${k}: ${r}`).join('\n')}\n t: ${all.join(' + ')} = ${total}\n${perEmp
      .map((list, i) => ` f${i}: ${list.length ? list.join(' + ') + ' + ' : ''}M >= ${entitled[i]}`)
      .join('\n')}\nBounds\n M >= 0\nBinary\n${all.join('\n')}\nEnd`;
  return { lp1, lp2, variables: all.length };
}

async function quality() {
  const { default: load } = await import('highs');
  const highs = await load();
  const rand = rng(2026);
  const months = ['2025-06', '2025-09', '2026-02', '2026-03', '2026-04', '2026-11'];
  let agree = 0;
  let n = 0;
  let oursMs = 0;
  let highsMs = 0;
  let variables = 0;
  const disagreements = [];
  for (let k = 0; k < 120; k++) {
    const size = 5 + Math.floor(rand() * 11); // 5–15 employees
    const month = months[k % months.length];
    const policy = k % 2 === 0 ? jabarMkd2025 : jabarMkd2023;
    const input = makeUnit(`q${k}`, size, month, rand, { pins: false });
    input.unit.minOnsitePercent = [50, 60, 75][k % 3];
    let t = performance.now();
    const ours = allocateWorkPatterns(input, policy);
    oursMs += performance.now() - t;
    const model = milp(input, policy);
    variables += model.variables;
    t = performance.now();
    const s1 = highs.solve(model.lp1);
    const total = Math.round(s1.ObjectiveValue ?? 0);
    const s2 = highs.solve(model.lp2(total));
    highsMs += performance.now() - t;
    const maxShortfall = Math.round(s2.ObjectiveValue ?? 0);
    n++;
    if (s1.Status === 'Optimal' && s2.Status === 'Optimal' && total === ours.totals.granted && maxShortfall === ours.totals.maxShortfall) agree++;
    else disagreements.push({ k, ours: ours.totals, highs: { total, maxShortfall, s1: s1.Status, s2: s2.Status } });
  }
  console.log(`\n## work-pattern: quality against HiGHS (MILP, two solves: max total, then min largest shortfall at that total)\n`);
  console.log('| instances | employees per unit | MILP variables (mean) | equal total and largest shortfall | allocateWorkPatterns total (ms) | HiGHS total (ms) | time ratio HiGHS / ours |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| ${n} | 5–15 | ${Math.round(variables / n)} | ${agree} / ${n} | ${oursMs.toFixed(1)} | ${highsMs.toFixed(0)} | ${(highsMs / oursMs).toFixed(0)}× |`);
  if (disagreements.length > 0) console.log('DISAGREEMENTS', JSON.stringify(disagreements));
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'scale-child') runScaleChild(Number(arg));
else {
  if (mode === undefined || mode === 'scale') scale();
  if (mode === undefined || mode === 'quality') await quality();
}
