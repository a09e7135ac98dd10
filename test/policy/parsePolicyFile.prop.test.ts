import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { isInputError } from '../../src/_lib/errors';
import { POLICY_SETTINGS, PolicySchema, parsePolicyFile, presets, type Policy } from '../../src/policy/index';

/** The value at a dotted path, or `undefined`. */
function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Sets a dotted path in a plain object, creating the objects on the way. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const without = (policy: Policy): Record<string, unknown> => {
  const { id: _id, extends: _extends, ...rest } = json(policy);
  return rest;
};

/** Settings a file may give (the identity fields `id` and `extends` aside). */
const SETTINGS = POLICY_SETTINGS.map((s) => s.path).filter((p) => p !== 'id' && p !== 'extends');
/** A preset id (short in a counterexample). */
const presetArb = fc.constantFrom(...presets.map((p) => p.id));
const preset = (id: string): Policy => presets.find((p) => p.id === id)!;
const settingsArb = fc.subarray(SETTINGS);

/** A file holding, at each chosen path, the value `source` has there. */
function fileOf(base: Policy, source: Policy, paths: readonly string[]): Record<string, unknown> {
  const file: Record<string, unknown> = { extends: base.id, id: `${base.id}-file` };
  for (const path of paths) {
    const value = valueAt(source, path);
    if (value !== undefined) setAt(file, path, json(value));
  }
  return file;
}

describe('parsePolicyFile', () => {
  it.prop([presetArb, settingsArb])("a partial file holding a preset's own values yields that preset's settings", (id, paths) => {
    const p = parsePolicyFile(fileOf(preset(id), preset(id), paths));
    expect(without(p)).toEqual(without(preset(id)));
    expect(p.extends).toBe(id);
  });

  // The period is left out: one preset's start with another's end may not be a period.
  const MIXABLE = SETTINGS.filter((p) => p !== 'effectiveFrom' && p !== 'effectiveUntil');
  // Which boxes are eligible and how many days each gets are mixed together: one preset's
  // eligible boxes with another's days may leave an eligible box without days, which a
  // policy may not do (eligible_box_without_days).
  const BOX_RULES = ['talentBox.gate', 'talentBox.eligibleBoxes', 'eligibility.flexibleDaysByBox', 'eligibility.flexibleDaysWithoutBox'];
  const mixedArb = fc.subarray(MIXABLE).map((paths) => (paths.some((p) => BOX_RULES.includes(p)) ? [...new Set([...paths, ...BOX_RULES])] : paths));
  it.prop([presetArb, presetArb, mixedArb])("a file's values win where it gives them and the base's hold elsewhere", (baseId, otherId, paths) => {
    const [base, other] = [preset(baseId), preset(otherId)];
    const p = parsePolicyFile(fileOf(base, other, paths));
    for (const path of SETTINGS) {
      const given = paths.includes(path) && valueAt(other, path) !== undefined;
      const expected = path === 'eligibility.flexibleDaysByBox' && given ? { ...json(valueAt(base, path) as object), ...json(valueAt(other, path) as object) } : valueAt(given ? other : base, path);
      expect(json(valueAt(p, path)), path).toEqual(json(expected));
    }
  });

  it.prop([presetArb, fc.dictionary(fc.string(), fc.anything({ maxDepth: 3 }), { maxKeys: 4 })])(
    'any file gives a valid frozen policy or an InputError with every issue bilingual, never anything else, and is never changed',
    (id, extra) => {
      const file = { ...extra, extends: id, id: 'x' };
      const before = JSON.stringify(file);
      try {
        const p = parsePolicyFile(file);
        expect(PolicySchema.safeParse(p).success).toBe(true);
        expect(Object.isFrozen(p)).toBe(true);
      } catch (error) {
        if (!isInputError(error)) throw error;
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) expect(issue.message.id !== '' && issue.message.en !== '').toBe(true);
      }
      expect(JSON.stringify(file)).toBe(before);
    },
  );

  it.prop([presetArb, fc.subarray(SETTINGS, { minLength: 1 }), fc.string({ minLength: 1, maxLength: 3 })])(
    'every misspelt key is reported at its own path',
    (id, paths, suffix) => {
      const file = fileOf(preset(id), preset(id), paths);
      const misspelt = paths.map((path) => `${path}${suffix.replace(/[.]/g, '_')}`);
      for (const path of misspelt) setAt(file, path, 1);
      if (misspelt.length === 0) return;
      let issues: readonly { path: readonly (string | number)[]; code: string }[] = [];
      try {
        parsePolicyFile(file);
      } catch (error) {
        if (!isInputError(error)) throw error;
        issues = error.issues;
      }
      const reported = issues.filter((i) => i.code === 'unrecognized_keys').map((i) => i.path.join('.'));
      for (const path of misspelt) expect(reported).toContain(path);
    },
  );
});
