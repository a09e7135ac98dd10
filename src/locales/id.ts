/**
 * The Bahasa Indonesia message catalogue (the library's default language).
 *
 * @example
 * ```ts
 * import { id } from 'kerja-dinamis/locales/id';
 * formatFinding(finding, id);
 * ```
 *
 * @module locales/id
 */
import type { Catalogue } from './types';
import { talentBox } from './id/talent-box';
import { workPattern } from './id/work-pattern';
import { remoteness } from './id/remoteness';
import { employeeCriteria, readiness } from './id/readiness';
import { performance } from './id/performance';
import { decision, eligibility } from './id/eligibility';

/** Bahasa Indonesia messages for every finding code. */
export const id: Catalogue = {
  locale: 'id',
  messages: { ...talentBox, ...remoteness, ...readiness, ...employeeCriteria, ...workPattern, ...performance, ...eligibility },
  decision,
};
