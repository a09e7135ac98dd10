import * as z from 'zod/mini';
import { InputError, _checkOptions, _issue, type InputIssue } from '../_lib/errors';
import { _finding } from '../_lib/finding';
import { _check } from '../_lib/schema';
import { PREDIKAT_ORDER, type Predikat } from '../policy/sections/performance';
import type { PredikatDistributionFinding } from './findings';
import { CAPAIAN_ORGANISASI, PREDIKAT_DISTRIBUTION_RULES, type CapaianOrganisasi, type DistributionRuleId } from './tables';

/** The outcome of one distribution rule. */
export interface DistributionRuleResult {
  /** The rule. */
  readonly rule: DistributionRuleId;
  /** The predikat counted together. */
  readonly predikat: readonly Predikat[];
  /** Upper (`max`) or lower (`min`) bound. */
  readonly bound: 'max' | 'min';
  /** The bound as a percentage of the employees, or `null` for a bound on the count ("at least one"). */
  readonly percent: number | null;
  /** Employees holding one of `predikat`. */
  readonly count: number;
  /** The largest count allowed (`max`: ⌊percent × n / 100⌋) or the smallest required (`min`: ⌈percent × n / 100⌉, or the count bound). */
  readonly limit: number;
  /** Whether the rule holds. */
  readonly ok: boolean;
}

/** Employees per predikat. */
export interface PredikatCounts {
  /** Sangat Baik. */
  readonly SANGAT_BAIK: number;
  /** Baik. */
  readonly BAIK: number;
  /** Butuh Perbaikan. */
  readonly BUTUH_PERBAIKAN: number;
  /** Kurang. */
  readonly KURANG: number;
  /** Sangat Kurang. */
  readonly SANGAT_KURANG: number;
}

/** The result of {@link checkPredikatDistribution}. */
export interface PredikatDistributionResult {
  /** Whether every rule holds; `null` for an empty list (nothing to check). */
  readonly ok: boolean | null;
  /** Employees in the list. */
  readonly n: number;
  /** Employees per predikat. */
  readonly counts: PredikatCounts;
  /** The capaian organisasi checked against. */
  readonly capaianOrganisasi: CapaianOrganisasi;
  /** Every rule of that capaian, in the table's order, with its counts. */
  readonly rules: readonly DistributionRuleResult[];
  /** One finding per rule (met or broken), or one for an empty list. */
  readonly findings: readonly PredikatDistributionFinding[];
}

const PredikatListSchema = /* @__PURE__ */ (() => z.array(z.enum(PREDIKAT_ORDER)))();
const CapaianSchema = /* @__PURE__ */ (() => z.enum(CAPAIAN_ORGANISASI))();

/** Options of {@link checkPredikatDistribution}. */
export interface PredikatDistributionOptions {
  /** The organisation's result (capaian organisasi), which sets the bounds; required. */
  readonly capaianOrganisasi: CapaianOrganisasi;
}

/**
 * Checks the spread of a unit's employee predikat against the bounds PermenPANRB 6/2022
 * sets for its organisation's result (capaian organisasi), e.g. an organisation rated
 * BAIK may give at most 70 % of its employees BAIK and must give at least one BUTUH
 * PERBAIKAN or KURANG ({@link PREDIKAT_DISTRIBUTION_RULES}). Compared in integers,
 * `count × 100 ≤ percent × n` (never floats), and every rule is reported with its count
 * and limit.
 *
 * @param predikats - The predikat of every employee of the unit.
 * @param options - `capaianOrganisasi`: the organisation's result; required.
 * @returns Whether the distribution holds, the counts, and every rule with its limit.
 * @throws {@link InputError} when a predikat or the capaian is not a known value.
 *
 * @example
 * ```ts
 * import { checkPredikatDistribution } from 'kerja-dinamis/performance';
 *
 * const r = checkPredikatDistribution(['BAIK', 'BAIK', 'BAIK', 'SANGAT_BAIK'], { capaianOrganisasi: 'BAIK' });
 * r.ok;
 * //=> false
 * r.rules.map((x) => [x.rule, x.count, x.limit, x.ok]);
 * //=> [['BAIK_MAX', 3, 2, false], ['BUTUH_PERBAIKAN_OR_KURANG_MIN', 0, 1, false]]
 * ```
 */
export function checkPredikatDistribution(predikats: readonly Predikat[], options: PredikatDistributionOptions): PredikatDistributionResult {
  if (options === undefined) {
    throw new InputError([_issue(['options'], 'invalid_type', 'Opsi wajib diisi, dengan capaian organisasi: { capaianOrganisasi }', 'Options are required, with the organisation\'s result: { capaianOrganisasi }')]);
  }
  const capaianOrganisasi = _checkOptions(options, ['capaianOrganisasi'])?.capaianOrganisasi;
  const issues: InputIssue[] = [];
  const list = _check(PredikatListSchema, predikats, ['predikats']);
  if (!list.ok) issues.push(...list.issues);
  const capaian = _check(CapaianSchema, capaianOrganisasi, ['options', 'capaianOrganisasi']);
  if (!capaian.ok) issues.push(...capaian.issues);
  if (!list.ok || !capaian.ok) throw new InputError(issues);

  const counts: Record<Predikat, number> = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
  for (const predikat of list.value) counts[predikat] += 1;
  const n = list.value.length;
  if (n === 0) {
    return {
      ok: null,
      n,
      counts,
      capaianOrganisasi: capaian.value,
      rules: [],
      findings: [_finding('predikat_distribution', 'unknown', 'predikat_distribution_empty', { capaianOrganisasi: capaian.value })],
    };
  }
  const rules: DistributionRuleResult[] = [];
  const findings: PredikatDistributionFinding[] = [];
  for (const r of PREDIKAT_DISTRIBUTION_RULES[capaian.value]) {
    let count = 0;
    for (const predikat of r.predikat) count += counts[predikat];
    let limit: number;
    let ok: boolean;
    if (r.percent === null) {
      limit = r.minCount ?? 0;
      ok = r.bound === 'min' ? count >= limit : count <= limit;
    } else if (r.bound === 'max') {
      limit = Math.floor((r.percent * n) / 100); // count ≤ limit ⇔ count × 100 ≤ percent × n
      ok = count * 100 <= r.percent * n;
    } else {
      limit = Math.floor((r.percent * n + 99) / 100); // count ≥ limit ⇔ count × 100 ≥ percent × n
      ok = count * 100 >= r.percent * n;
    }
    const predikat = [...r.predikat];
    rules.push({ rule: r.rule, predikat, bound: r.bound, percent: r.percent, count, limit, ok });
    findings.push(
      _finding('predikat_distribution', ok ? 'pass' : 'fail', ok ? 'predikat_distribution_rule_met' : 'predikat_distribution_rule_broken', {
        capaianOrganisasi: capaian.value,
        rule: r.rule,
        predikat,
        bound: r.bound,
        percent: r.percent,
        count,
        n,
        limit,
      }),
    );
  }
  return { ok: rules.every((r) => r.ok), n, counts, capaianOrganisasi: capaian.value, rules, findings };
}
