import { _issue, type InputIssue } from '../_lib/errors';
import { _isPlainObject } from '../_lib/guard';
import { _quote } from '../_lib/quote';
import type { EligibilityDecision } from '../eligibility/assess';
import { _localeCatalog, _localeCatalogOf, _findingIssues, _formatChecked, _localeOption, type LocaleOptions } from './format';

const STATUSES: readonly unknown[] = ['ELIGIBLE', 'NOT_ELIGIBLE', 'INDETERMINATE'];
const OUTCOMES: readonly unknown[] = ['pass', 'fail', 'unknown'];

/** The items of an array without holes, or `undefined` for anything else. */
function itemsOf(value: unknown): readonly unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i++) if (!(i in value)) return undefined;
  return value as unknown[];
}

/**
 * The problems of a value given as a decision: what {@link explain} reads — a status, the
 * days when eligible, the gates (each named in `gateNames` with an outcome) and the
 * findings. `[]` when there is none.
 */
function decisionIssues(decision: unknown, gateNames: object | undefined): InputIssue[] {
  if (!_isPlainObject(decision)) {
    return [_issue(['decision'], 'invalid_type', `Keputusan harus berupa objek, bukan ${_quote(decision)}`, `A decision must be an object, not ${_quote(decision)}`)];
  }
  const issues: InputIssue[] = [];
  const { status, maxFlexibleDaysPerWeek, gates, findings } = decision;
  if (!STATUSES.includes(status)) {
    issues.push(
      _issue(['decision', 'status'], 'invalid_value', `Status harus ELIGIBLE, NOT_ELIGIBLE atau INDETERMINATE, bukan ${_quote(status)}`, `The status must be ELIGIBLE, NOT_ELIGIBLE or INDETERMINATE, not ${_quote(status)}`),
    );
  }
  if (status === 'ELIGIBLE' && !(typeof maxFlexibleDaysPerWeek === 'number' && Number.isFinite(maxFlexibleDaysPerWeek))) {
    issues.push(
      _issue(
        ['decision', 'maxFlexibleDaysPerWeek'],
        'invalid_type',
        `Jumlah hari fleksibel harus berupa angka, bukan ${_quote(maxFlexibleDaysPerWeek)}`,
        `The flexible days must be a number, not ${_quote(maxFlexibleDaysPerWeek)}`,
      ),
    );
  }
  const gateList = itemsOf(gates);
  if (gateList === undefined) {
    issues.push(_issue(['decision', 'gates'], 'invalid_type', 'Gerbang harus berupa daftar tanpa lubang', 'The gates must be a list without holes'));
  } else {
    gateList.forEach((gate, i) => {
      const name = _isPlainObject(gate) ? gate['gate'] : undefined;
      const known = typeof name === 'string' && gateNames !== undefined && Object.hasOwn(gateNames, name);
      if (!known || !OUTCOMES.includes((gate as { outcome?: unknown }).outcome)) {
        issues.push(
          _issue(['decision', 'gates', i], 'invalid_gate', 'Gerbang harus berupa objek { gate, outcome } dengan nama gerbang yang dikenal', 'A gate must be an object { gate, outcome } with a known gate name'),
        );
      }
    });
  }
  const findingList = itemsOf(findings);
  if (findingList === undefined) {
    issues.push(_issue(['decision', 'findings'], 'invalid_type', 'Temuan harus berupa daftar tanpa lubang', 'The findings must be a list without holes'));
  } else {
    findingList.forEach((finding, i) => issues.push(..._findingIssues(finding, ['decision', 'findings', i])));
  }
  return issues;
}

/**
 * An eligibility decision as short sentences: first the verdict ("eligible for 2
 * flexible days a week", or which gates failed or could not be assessed), then one
 * sentence per finding, in gate order.
 *
 * @param decision - A decision from `assessEligibility`, `assessUnit` or `planMonth`.
 * @param options - `locale`: `'id'` (default), `'en'`, or a {@link LocaleCatalog} object.
 * @returns The sentences, verdict first.
 * @throws {@link InputError} when `decision` lacks what it reads (a status, the days when
 *   eligible, known gates with outcomes, findings as {@link formatFinding} takes them) or
 *   `locale` is none of the three.
 *
 * @example
 * ```ts
 * import { explain } from 'kerja-dinamis/locales';
 * import { assessEligibility } from 'kerja-dinamis/eligibility';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const decision = assessEligibility(
 *   { nip: '199001012015031001', name: 'Asep Saepudin', unitId: 'bidang-perencanaan', position: { serviceIds: ['perencana'] },
 *     talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' } }, // box 2, the rest unknown
 *   jabarMkd2025,
 *   { asOf: '2026-03-02' },
 * );
 * explain(decision, { locale: 'en' })[0];
 * //=> 'Not eligible for MKD: the talent box gate is not met; the employee criteria, readiness and early warning gates could not be assessed.'
 * explain(decision)[0]; // Bahasa Indonesia by default
 * //=> 'Tidak layak mengikuti MKD karena gerbang kotak talenta tidak terpenuhi; gerbang kriteria pegawai, kesiapan kerja dan peringatan dini belum dapat dinilai.'
 * ```
 */
export function explain(decision: EligibilityDecision, options?: LocaleOptions): string[] {
  const locale = _localeOption(options);
  const gateNames = _localeCatalogOf(locale)?.decision.gate;
  const catalog = _localeCatalog(locale, decisionIssues(decision, gateNames));
  const words = catalog.decision;
  const failing = decision.gates.filter((g) => g.outcome === 'fail').map((g) => g.gate);
  const unknown = decision.gates.filter((g) => g.outcome === 'unknown').map((g) => g.gate);
  const verdict =
    decision.status === 'ELIGIBLE'
      ? words.eligible(decision.maxFlexibleDaysPerWeek)
      : decision.status === 'NOT_ELIGIBLE'
        ? words.notEligible(failing, unknown)
        : words.indeterminate(unknown);
  return [verdict, ...decision.findings.map((f, i) => _formatChecked(f, catalog, ['decision', 'findings', i]))];
}
