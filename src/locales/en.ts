/**
 * The English message catalogue.
 *
 * @example
 * ```ts
 * import { localeEn } from 'kerja-dinamis/locales/en';
 * import { formatFinding } from 'kerja-dinamis/locales';
 *
 * formatFinding({ rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } }, { locale: localeEn });
 * //=> 'Box 2 is not one of the boxes that may use MKD (4, 5, 7, 8 and 9).'
 * ```
 *
 * @module locales/en
 */
import type { LocaleCatalog } from './types';
import { talentBox } from './en/talent-box';
import { workPattern } from './en/work-pattern';
import { remoteness } from './en/remoteness';
import { employeeCriteria, readiness } from './en/readiness';
import { performance } from './en/performance';
import { decision, eligibility } from './en/eligibility';

/** English messages for every finding code. */
export const localeEn: LocaleCatalog = {
  locale: 'en',
  messages: { ...talentBox, ...remoteness, ...readiness, ...employeeCriteria, ...workPattern, ...performance, ...eligibility },
  decision,
};
