/**
 * Settings of different sections that contradict each other: each section's schema checks
 * its own values, this refinement of the whole policy checks that they fit together, so
 * that a policy which contradicts itself is refused when it is defined rather than
 * producing sentences such as "eligible for MKD: at most 0 flexible days a week".
 */
import type * as z from 'zod/mini';
import { _addIssue } from '../_lib/schema';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The flexible days a policy gives a box, or `undefined` when it names none (or the value is not a number). */
function daysOf(byBox: Record<string, unknown>, box: number): number | undefined {
  const key = String(box);
  const days = Object.hasOwn(byBox, key) ? byBox[key] : undefined;
  return typeof days === 'number' ? days : undefined;
}

/**
 * Refuses a policy whose eligibility gives an employee it admits no flexible day:
 * - with the talent-box gate, a box in `talentBox.eligibleBoxes` without a positive entry
 *   in `eligibility.flexibleDaysByBox` (`eligible_box_without_days`, at that box's key);
 * - without the gate, where every box is admitted, `eligibility.flexibleDaysWithoutBox`
 *   of 0 or an entry of 0 in `eligibility.flexibleDaysByBox` (`eligible_without_days`).
 *
 * zod runs a refinement even when a section failed its own checks, so values are read
 * defensively; a section that is not what its schema wants has been reported already.
 */
export function _refinePolicyCoherence(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (!isRecord(value)) return;
  const { talentBox, eligibility } = value;
  if (!isRecord(talentBox) || !isRecord(eligibility) || !isRecord(eligibility['flexibleDaysByBox'])) return;
  const byBox = eligibility['flexibleDaysByBox'];
  if (talentBox['gate'] === true) {
    const boxes = Array.isArray(talentBox['eligibleBoxes']) ? (talentBox['eligibleBoxes'] as unknown[]) : [];
    for (const box of new Set(boxes)) {
      if (typeof box !== 'number' || !Number.isInteger(box) || box < 1 || box > 9) continue;
      const days = daysOf(byBox, box);
      if (days !== undefined && days !== 0) continue;
      _addIssue(
        ctx,
        'eligible_box_without_days',
        {
          id: `Kotak ${box} termasuk talentBox.eligibleBoxes, tetapi eligibility.flexibleDaysByBox ${days === 0 ? 'memberinya 0 hari' : 'tidak menyebut jumlah harinya'}, sehingga pegawai kotak ini layak tanpa hari fleksibel; tetapkan jumlah harinya (1 sampai 5) atau keluarkan kotak ini dari eligibleBoxes`,
          en: `Box ${box} is in talentBox.eligibleBoxes, but eligibility.flexibleDaysByBox ${days === 0 ? 'gives it 0 days' : 'gives it no days'}, so its employees would be eligible with no flexible day; set its days (1 to 5) or take it out of eligibleBoxes`,
        },
        ['eligibility', 'flexibleDaysByBox', String(box)],
      );
    }
    return;
  }
  if (talentBox['gate'] !== false) return;
  if (eligibility['flexibleDaysWithoutBox'] === 0) {
    _addIssue(
      ctx,
      'eligible_without_days',
      {
        id: 'Kebijakan tanpa syarat kotak talenta (talentBox.gate false) memberi 0 hari fleksibel kepada pegawai tanpa kotak, sehingga mereka layak tanpa hari fleksibel; tetapkan 1 sampai 5 hari',
        en: 'A policy without the talent-box gate (talentBox.gate false) gives employees without a box 0 flexible days, so they would be eligible with no flexible day; set 1 to 5 days',
      },
      ['eligibility', 'flexibleDaysWithoutBox'],
    );
  }
  for (let box = 1; box <= 9; box++) {
    if (daysOf(byBox, box) !== 0) continue;
    _addIssue(
      ctx,
      'eligible_without_days',
      {
        id: `Kebijakan tanpa syarat kotak talenta (talentBox.gate false) menerima setiap kotak, tetapi eligibility.flexibleDaysByBox memberi kotak ${box} 0 hari; tetapkan 1 sampai 5 hari atau hapus entrinya`,
        en: `A policy without the talent-box gate (talentBox.gate false) admits every box, but eligibility.flexibleDaysByBox gives box ${box} 0 days; set 1 to 5 days or remove the entry`,
      },
      ['eligibility', 'flexibleDaysByBox', String(box)],
    );
  }
}
