import * as z from 'zod/mini';
import { InputError, _issue, type InputIssue } from '../_lib/errors';
import { _quote } from '../_lib/quote';
import { _isIsoDate } from '../_lib/guard';
import { _bilingual } from '../_lib/messages';
import { IsoDateSchema, _addIssue } from '../_lib/schema';

const LocalizedTextSchema = /* @__PURE__ */ (() => z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }))();

/** Identifier of a policy: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export const PolicyIdSchema = /* @__PURE__ */ (() => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, _bilingual({ id: 'huruf, angka, ".", "_" atau "-", diawali huruf atau angka, paling panjang 100', en: 'letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100' }))))();

const JURISDICTION_RE = /^ID(?:-[A-Z]{2}(?:-\d{4})?)?$/;

/**
 * Schema of a jurisdiction: `ID` (national), `ID-XX` for a province by its ISO 3166-2
 * code (`ID-JB`, Jawa Barat) or `ID-XX-NNNN` for a kabupaten/kota by its four-digit BPS
 * code (`ID-JB-3278`, Kota Tasikmalaya).
 */
export const JurisdictionSchema = /* @__PURE__ */ (() => z.string().check(z.superRefine((value, ctx) => {
  if (!JURISDICTION_RE.test(value)) {
    _addIssue(ctx, 'invalid_jurisdiction', {
      id: `Yurisdiksi tidak valid: ${_quote(value)} harus ID, ID-XX (kode provinsi ISO 3166-2, mis. ID-JB) atau ID-XX-NNNN (kode BPS kabupaten/kota, mis. ID-JB-3278)`,
      en: `Invalid jurisdiction: ${_quote(value)} must be ID, ID-XX (an ISO 3166-2 province code, e.g. ID-JB) or ID-XX-NNNN (a kabupaten/kota BPS code, e.g. ID-JB-3278)`,
    });
  }
})))();

/**
 * Whether jurisdiction `outer` covers `inner`: the same, or `inner` lies within it
 * (`ID` covers `ID-JB`, which covers `ID-JB-3278`).
 *
 * @param outer - A jurisdiction, e.g. `ID-JB`.
 * @param inner - A jurisdiction, e.g. `ID-JB-3278`.
 * @returns `true` when a policy of `outer` applies in `inner`.
 * @throws {@link InputError} when either is not a string.
 *
 * @example
 * ```ts
 * import { coversJurisdiction } from 'kerja-dinamis/policy';
 *
 * coversJurisdiction('ID-JB', 'ID-JB-3278');
 * //=> true
 * coversJurisdiction('ID-JB-3278', 'ID-JB');
 * //=> false
 * ```
 */
export function coversJurisdiction(outer: string, inner: string): boolean {
  if (typeof outer !== 'string' || typeof inner !== 'string') {
    const issues: InputIssue[] = [];
    for (const [name, value] of [['outer', outer], ['inner', inner]] as const) {
      if (typeof value !== 'string') issues.push(_issue([name], 'invalid_type', `Yurisdiksi harus berupa teks, bukan ${_quote(value)}`, `A jurisdiction must be text, not ${_quote(value)}`));
    }
    throw new InputError(issues);
  }
  return inner === outer || (inner.length > outer.length && inner.startsWith(outer) && inner.charCodeAt(outer.length) === 45 /* - */);
}

/** The fields that identify a policy, shared by the full schema and the per-module checks. */
export const _PolicyMetaSchema = /* @__PURE__ */ (() => z.strictObject({
  id: PolicyIdSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  jurisdiction: JurisdictionSchema,
  effectiveFrom: IsoDateSchema,
  effectiveUntil: z.exactOptional(IsoDateSchema),
  name: LocalizedTextSchema,
  basis: z.array(z.string().check(z.minLength(1))),
  extends: z.exactOptional(PolicyIdSchema),
}))();

/** The check across the identity fields: a policy's period does not end before it starts. */
export function _refinePolicyMeta(value: { readonly effectiveFrom: string; readonly effectiveUntil?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  // zod runs this refinement even when a date failed its own check: the dates are compared only when both are dates.
  const { effectiveFrom: from, effectiveUntil: until } = value as { readonly effectiveFrom: unknown; readonly effectiveUntil?: unknown };
  if (typeof until === 'string' && typeof from === 'string' && _isIsoDate(until) && _isIsoDate(from) && until < from) {
    _addIssue(
      ctx,
      'effective_until_before_from',
      {
        id: `Kebijakan berakhir (${until}) sebelum mulai berlaku (${from})`,
        en: `The policy ends (${until}) before it takes effect (${from})`,
      },
      ['effectiveUntil'],
    );
  }
}
