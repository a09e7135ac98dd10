/**
 * kerja-dinamis — West Java's Mekanisme Kerja Dinamis (MKD) as pure, explained rules.
 *
 * Everything of every module is re-exported here; import a subpath
 * (`kerja-dinamis/talent-box`, …) to keep a bundle small.
 *
 * @example
 * ```ts
 * import { classifyTalentBox, formatFinding, jabarMkd2025 } from 'kerja-dinamis';
 *
 * const r = classifyTalentBox({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-12-01' }, jabarMkd2025, { asOf: '2026-01-15' });
 * r.findings.map((f) => formatFinding(f, { locale: 'en' }));
 * //=> ['Talent box 9: performance above expectations and high potential.', 'Box 9 is one of the boxes that may use MKD (4, 5, 7, 8 and 9).']
 * ```
 *
 * @module kerja-dinamis
 */
export { InputError, isInputError, type InputIssue, type LocalizedText } from './_lib/errors';
export type { Finding, Outcome } from './_lib/finding';
export type { JsonValue, JsonObject } from './_lib/json';
export { WEEKDAYS, WORKING_WEEKDAYS, type Weekday } from './_lib/dates';
export { IsoDateSchema, IsoMonthSchema, EntityIdSchema } from './_lib/schema';
export { validate, type Validation, type ValidateOptions } from './_lib/validate';
export type { AsOfOptions } from './_lib/options';
export { describeZodIssue } from './_lib/messages-full';
export * from './policy/index';
export * from './talent-box/index';
export * from './calendar/index';
export * from './nip/index';
export * from './work-pattern/index';
export * from './eligibility/index';
export * from './remoteness/index';
export * from './readiness/index';
export * from './performance/index';
export * from './locales/index';
