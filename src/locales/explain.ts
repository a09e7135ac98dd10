import type { EligibilityDecision } from '../eligibility/assess';
import { formatFinding, _catalogue, type Locale } from './format';

/**
 * An eligibility decision as short sentences: first the verdict ("eligible for 2
 * flexible days a week", or which gates failed or could not be assessed), then one
 * sentence per finding, in gate order.
 *
 * @param decision - A decision from `assessEligibility`, `assessUnit` or `planMonth`.
 * @param locale - `'id'` (default), `'en'`, or a catalogue object.
 * @returns The sentences, verdict first.
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
 *   '2026-03-02',
 * );
 * explain(decision, 'en')[0];
 * //=> 'Not eligible for MKD: talent box not met; employee criteria, readiness and early warning could not be assessed.'
 * explain(decision)[0]; // Bahasa Indonesia by default
 * //=> 'Tidak layak mengikuti MKD karena kotak talenta tidak terpenuhi; kriteria pegawai, kesiapan kerja dan peringatan dini belum dapat dinilai.'
 * ```
 */
export function explain(decision: EligibilityDecision, locale: Locale = 'id'): string[] {
  const words = _catalogue(locale).decision;
  const failing = decision.gates.filter((g) => g.outcome === 'fail').map((g) => g.gate);
  const unknown = decision.gates.filter((g) => g.outcome === 'unknown').map((g) => g.gate);
  const verdict =
    decision.status === 'ELIGIBLE'
      ? words.eligible(decision.maxFlexibleDaysPerWeek)
      : decision.status === 'NOT_ELIGIBLE'
        ? words.notEligible(failing, unknown)
        : words.indeterminate(unknown);
  return [verdict, ...decision.findings.map((f) => formatFinding(f, locale))];
}
