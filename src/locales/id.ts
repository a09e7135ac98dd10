/**
 * The Bahasa Indonesia message catalogue (the library's default language).
 *
 * @example
 * ```ts
 * import { localeId } from 'kerja-dinamis/locales/id';
 * import { formatFinding } from 'kerja-dinamis/locales';
 *
 * formatFinding({ rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } }, { locale: localeId });
 * //=> 'Kotak 2 tidak termasuk kotak yang dapat mengikuti MKD (4, 5, 7, 8 dan 9).'
 * ```
 *
 * @module locales/id
 */
import type { LocaleCatalog } from './types';
import { talentBox } from './id/talent-box';
import { workPattern } from './id/work-pattern';
import { remoteness } from './id/remoteness';
import { employeeCriteria, readiness } from './id/readiness';
import { performance } from './id/performance';
import { decision, eligibility } from './id/eligibility';

/** Bahasa Indonesia messages for every finding code. */
export const localeId: LocaleCatalog = {
  locale: 'id',
  messages: { ...talentBox, ...remoteness, ...readiness, ...employeeCriteria, ...workPattern, ...performance, ...eligibility },
  decision,
};
