/**
 * The English message catalogue.
 *
 * @example
 * ```ts
 * import { en } from 'kerja-dinamis/locales/en';
 * formatFinding(finding, en);
 * ```
 *
 * @module locales/en
 */
import type { Catalogue } from './types';
import { talentBox } from './en/talent-box';
import { workPattern } from './en/work-pattern';
import { remoteness } from './en/remoteness';
import { employeeCriteria, readiness } from './en/readiness';
import { performance } from './en/performance';
import { decision, eligibility } from './en/eligibility';

/** English messages for every finding code. */
export const en: Catalogue = {
  locale: 'en',
  messages: { ...talentBox, ...remoteness, ...readiness, ...employeeCriteria, ...workPattern, ...performance, ...eligibility },
  decision,
};
