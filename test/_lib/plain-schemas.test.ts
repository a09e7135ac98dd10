import { describe, expect, it } from 'vitest';
import type * as zm from 'zod/mini';
import { _policyCheck } from '../../src/policy/brand';
import { TalentBoxPolicySchema } from '../../src/policy/sections/talent-box';
import { TalentAssessmentSchema } from '../../src/talent-box/index';
import { _describeIssue } from '../../src/_lib/messages';
import { _describeAnyIssue } from '../../src/_lib/messages-full';

/**
 * What in a schema raises an issue that only src/_lib/messages-full.ts words: a union, a
 * record, map or set, a date, or a named string format. `_parsePlain` (the talent
 * assessment, and classifyTalentBox's policy check through `_ensurePlainPolicy`) words
 * without that file.
 */
function notPlain(schema: unknown, at = '(schema)', seen = new Set<unknown>()): string[] {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def === undefined) return [];
  const found: string[] = [];
  if (['union', 'record', 'map', 'set', 'date'].includes(def['type'] as string)) found.push(`${at}: ${String(def['type'])}`);
  if (def['check'] === 'string_format' && !['regex', 'starts_with', 'ends_with', 'includes'].includes(def['format'] as string)) found.push(`${at}: format ${String(def['format'])}`);
  for (const check of (def['checks'] as { _zod: { def: { check: string; format?: string } } }[] | undefined) ?? []) {
    const { check: kind, format } = check._zod.def;
    if (kind === 'string_format' && !['regex', 'starts_with', 'ends_with', 'includes'].includes(format!)) found.push(`${at}: format ${format!}`);
  }
  for (const [key, value] of Object.entries(def)) {
    if (key === 'shape' && typeof value === 'object' && value !== null) {
      for (const [name, field] of Object.entries(value)) found.push(...notPlain(field, `${at}.${name}`, seen));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => found.push(...notPlain(item, `${at}.${key}[${i}]`, seen)));
    } else {
      found.push(...notPlain(value, `${at}.${key}`, seen));
    }
  }
  return found;
}

describe('plain schemas', () => {
  it('the talent assessment has no union, record, map, set, date nor named string format', () => {
    expect(notPlain(TalentAssessmentSchema)).toEqual([]);
  });

  it("classifyTalentBox's policy check (the identity and talentBox) has no union, record, map, set, date nor named string format", () => {
    expect(notPlain(_policyCheck({ talentBox: TalentBoxPolicySchema }))).toEqual([]);
  });

  it('the walk finds what is not plain', async () => {
    const z = await import('zod/mini');
    expect(notPlain(z.object({ a: z.array(z.union([z.string(), z.number()])), b: z.email() }))).toEqual(['(schema).a.element: union', '(schema).b: format email']);
  });

  it('without the rest of the wording, a plain issue reads the same', () => {
    const issue: zm.core.$ZodIssue = { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, input: 0, path: [], message: '' };
    expect(_describeIssue(issue)).toEqual(_describeAnyIssue(issue));
  });
});
