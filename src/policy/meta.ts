import { z } from 'zod';
import type { LocalizedText } from '../_lib/errors';
import { IsoDateSchema } from '../_lib/schema';

const LocalizedTextSchema: z.ZodType<LocalizedText> = /* @__PURE__ */ z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

/** Identifier of a policy: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export const PolicyIdSchema: z.ZodType<string> = /* @__PURE__ */ z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, ".", "_" or "-", at most 100');

/** The fields that identify a policy, shared by the full schema and the per-module checks. */
export const _PolicyMetaSchema = /* @__PURE__ */ z.strictObject({
  id: PolicyIdSchema,
  version: z.string().min(1).max(50),
  effectiveFrom: IsoDateSchema,
  name: LocalizedTextSchema,
  basis: z.array(z.string().min(1)),
  extends: PolicyIdSchema.exactOptional(),
});
