/**
 * Policy files: a JSON document that is either a complete policy, or only the changes a
 * kabupaten/kota makes to the policy it names in `extends`.
 */
import * as z from 'zod/mini';
import { InputError, _checkOptions, _issue, isInputError, type InputIssue } from '../_lib/errors';
import { _isPlainObject } from '../_lib/guard';
import { _check, _parse } from '../_lib/schema';
import { _closest, _closestAll } from '../_lib/suggest';
import { _cut, _quote } from '../_lib/quote';
import { _brandPolicy, _isSealedPolicy } from './brand';
import { definePolicy, parsePolicy, type DeepPartial, type PolicyOverrides } from './define';
import { PolicyIdSchema } from './meta';
import { presets } from './presets';
import { PolicySchema, type Policy } from './schema';
import { _shapeOf, _unwrap, type _Shape } from './shape';

/**
 * A policy file: a complete {@link Policy}, or `extends` naming the policy it starts
 * from, a new `id`, and only the settings that differ (objects merge into the base's,
 * arrays and values replace). `$schema` may point an editor at the file's JSON Schema
 * and is ignored.
 */
export type PolicyFile = DeepPartial<Omit<Policy, 'id' | 'extends'>> & {
  /** The address of the file's JSON Schema, for editors; ignored. */
  readonly $schema?: string;
  /**
   * The policy this file changes: a preset id (`jabar-mkd-2026`), the id of a policy the
   * caller supplies, or — on the command line — the path of another policy file,
   * relative to this one. Absent: the file is a complete policy.
   */
  readonly extends?: string;
  /** The policy's own id; a file with `extends` must give one different from its base's. */
  readonly id: string;
};

/** The same schema with every object's keys optional; arrays, records and values as they are (a file's array replaces the base's whole). */
function partialOf(schema: z.core.$ZodType): z.core.$ZodType {
  const inner = _unwrap(schema);
  const def = inner._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType> };
  if (def.type === 'object' && def.shape !== undefined) {
    const shape: Record<string, z.core.$ZodType> = {};
    for (const [key, child] of Object.entries(def.shape)) shape[key] = z.exactOptional(partialOf(child));
    return z.strictObject(shape);
  }
  return inner;
}

/**
 * A strict object of `$schema`, `extends` and `id`, and each section of a policy,
 * optional, with every key in it optional (built from `PolicySchema`).
 */
function policyFileSchema() {
  const { id: _id, extends: _extends, ...sections } = (partialOf(PolicySchema) as z.ZodMiniObject).shape;
  return z.strictObject({
    $schema: z.exactOptional(z.string()),
    extends: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(1000))),
    id: PolicyIdSchema,
    ...sections,
  }) as unknown as z.ZodMiniObject<
    {
      $schema: z.ZodMiniExactOptional<z.ZodMiniString<string>>;
      extends: z.ZodMiniExactOptional<z.ZodMiniString<string>>;
      id: typeof PolicyIdSchema;
    } & { [K in keyof Omit<Policy, 'id' | 'extends'>]-?: z.ZodMiniExactOptional<z.ZodMiniType<DeepPartial<NonNullable<Policy[K]>>, unknown>> },
    z.core.$strict
  >;
}

/**
 * Schema of a {@link PolicyFile}: the shape of every setting, each optional, with `id`
 * required. It checks each value's type where it stands; the rules across settings (the
 * score weights add up to 100, each week's hours add up to its minutes…) are checked on
 * the merged policy by {@link parsePolicyFile}. `kerja-dinamis schema policy-file`
 * prints it as a JSON Schema.
 */
export const PolicyFileSchema = /* @__PURE__ */ policyFileSchema();

/** Options of {@link parsePolicyFile}. */
export interface ParsePolicyFileOptions {
  /**
   * The policy the file's `extends` names, resolved by the caller — for example the
   * policy of another file, read first. When given, it is the base of a file with
   * `extends`, whatever `extends` says (a file path, say); a file without `extends` is a
   * complete policy and has no base.
   */
  readonly base?: Policy;
  /**
   * Policies `extends` may name by id when `base` is not given. Default: {@link presets}.
   */
  readonly policies?: readonly Policy[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const FILE_SHAPE = /* @__PURE__ */ (() => _shapeOf(PolicyFileSchema))();
/** The keys that make a file a complete policy (`id` aside, which every file needs). */
const COMPLETE_KEYS = /* @__PURE__ */ (() => {
  const shape = _shapeOf(PolicySchema);
  return shape.kind === 'object' ? [...shape.keys.keys()].filter((k) => !shape.optional.has(k) && k !== 'id') : [];
})();

const placeOf = (path: readonly (string | number)[]): string => path.join('.');

function unknownKey(path: readonly (string | number)[], key: string, known: readonly string[]): InputIssue {
  const shown = key.slice(0, 40);
  const suggestion = _closest(key, known);
  const within = path.length === 0 ? { id: '', en: '' } : { id: ` di ${placeOf(path)}`, en: ` in ${placeOf(path)}` };
  const list = known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '');
  const hint =
    suggestion === undefined
      ? { id: `; yang dikenal: ${list}`, en: `; known keys: ${list}` }
      : { id: `; maksud Anda "${suggestion}"?`, en: `; did you mean "${suggestion}"?` };
  return _issue([...path, key], 'unrecognized_keys', `Kunci "${shown}" tidak dikenal${within.id}${hint.id}`, `Unknown key "${shown}"${within.en}${hint.en}`);
}

/**
 * A copy of `value` without the keys its shape does not know, each reported with the
 * nearest known key; `__proto__`, `constructor` and `prototype` are refused as keys.
 */
function withoutUnknownKeys(value: unknown, shape: _Shape, path: (string | number)[], issues: InputIssue[]): unknown {
  if ((shape.kind === 'object' || shape.kind === 'record') && _isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    const known = shape.kind === 'object' ? [...shape.keys.keys()] : [];
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(_issue([...path, key], 'forbidden_key', `Kunci ${_quote(key)} tidak diizinkan dalam kebijakan`, `The key ${_quote(key)} is not allowed in a policy`));
        continue;
      }
      const child = shape.kind === 'object' ? shape.keys.get(key) : shape.value;
      if (child === undefined) {
        issues.push(unknownKey(path, key, known));
        continue;
      }
      out[key] = withoutUnknownKeys(value[key], child, [...path, key], issues);
    }
    return out;
  }
  if (shape.kind === 'array' && Array.isArray(value)) return value.map((item, index) => withoutUnknownKeys(item, shape.element, [...path, index], issues));
  return value;
}

/** Issue paths of `definePolicy`/`parsePolicy` (under `policy` or `overrides`) as paths in the file. */
function inFile(issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((issue) => (issue.path[0] === 'policy' || issue.path[0] === 'overrides' ? { ...issue, path: issue.path.slice(1) } : issue));
}

function caught(fn: () => Policy): { policy?: Policy; issues: InputIssue[] } {
  try {
    return { policy: fn(), issues: [] };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { issues: inFile(error.issues) };
  }
}

function idRequired(baseId: string): InputIssue {
  return _issue(
    ['id'],
    'policy_id_required',
    `Berkas kebijakan yang mengubah ${_quote(baseId)} memerlukan "id" sendiri yang berbeda dari ${_quote(baseId)}`,
    `A policy file that changes ${_quote(baseId)} needs an "id" of its own, different from ${_quote(baseId)}`,
  );
}

function baseOf(options: ParsePolicyFileOptions | undefined, name: unknown): Policy | undefined {
  if (options?.base !== undefined) {
    const base: unknown = options.base;
    return _isSealedPolicy(base) ? base : _brandPolicy(_parse(PolicySchema, base, ['options', 'base']));
  }
  if (typeof name !== 'string') return undefined;
  const list: unknown = options?.policies ?? presets;
  if (!Array.isArray(list)) {
    throw new InputError([_issue(['options', 'policies'], 'invalid_type', 'Opsi "policies" harus berupa larik kebijakan', 'The "policies" option must be an array of policies')]);
  }
  const index = list.findIndex((p: unknown) => _isPlainObject(p) && p['id'] === name);
  if (index === -1) return undefined;
  const found: unknown = list[index];
  return _isSealedPolicy(found) ? found : _brandPolicy(_parse(PolicySchema, found, ['options', 'policies', index]));
}

/** The ids of every policy `extends` may name (for suggestions). */
function allIds(options: ParsePolicyFileOptions | undefined): string[] {
  const list: unknown = options?.policies ?? presets;
  return Array.isArray(list) ? list.flatMap((p: unknown) => (_isPlainObject(p) && typeof p['id'] === 'string' ? [p['id']] : [])) : [];
}

/** The ids of the policies `extends` may name, for a message: the first 12, each cut like a quoted value. */
function knownIds(options: ParsePolicyFileOptions | undefined): string[] {
  const list: unknown = options?.policies ?? presets;
  const ids = Array.isArray(list) ? list.flatMap((p: unknown) => (_isPlainObject(p) && typeof p['id'] === 'string' ? [_cut(p['id'])] : [])) : [];
  return ids.length > 12 ? [...ids.slice(0, 12), '…'] : ids;
}

/**
 * Reads a policy file: a complete policy, or `extends` naming the policy it starts from,
 * a new `id`, and only the settings that differ, merged by {@link definePolicy} (objects
 * merge, arrays and values replace; the result records `extends: base.id`). `$schema` is
 * ignored. The library reads no files: `extends` names a policy of `options.policies`
 * (the presets by default), or the caller resolves it — another file, say — and passes
 * the result as `options.base`.
 *
 * A complete policy whose `extends` names no known policy is taken as written (its
 * `extends` is then only a record of where it came from).
 *
 * @param data - The parsed JSON of the file.
 * @param options - `base`: the policy `extends` resolves to; `policies`: those `extends` may name (default: the presets).
 * @returns The validated, deep-frozen policy.
 * @throws {@link InputError} listing every problem with its path in the file: an unknown
 *   key (with the nearest known one, e.g. `talentBox.eligibleBox` → `eligibleBoxes`), a
 *   value of the wrong type or out of range, a missing or unchanged `id`, an `extends`
 *   that names nothing known, or settings that do not fit together once merged.
 *
 * @example
 * ```ts
 * import { parsePolicyFile } from 'kerja-dinamis/policy';
 *
 * const tasik = parsePolicyFile({
 *   $schema: './policy-file.schema.json',
 *   extends: 'jabar-mkd-2026',
 *   id: 'tasikmalaya-mkd-2026',
 *   jurisdiction: 'ID-JB-3278',
 *   talentBox: { eligibleBoxes: [5, 7, 8, 9] },
 *   workPattern: { anchorWeekdays: ['SENIN'] },
 * });
 * tasik.extends;
 * //=> 'jabar-mkd-2026'
 * tasik.talentBox.eligibleBoxes;
 * //=> [5, 7, 8, 9]
 * tasik.workPattern.collectiveFlexibleWeekdays;
 * //=> ['KAMIS']
 * const kecamatan = parsePolicyFile({ extends: './tasikmalaya.json', id: 'tasik-kawalu-2026', talentBox: { eligibleBoxes: [8, 9] } }, { base: tasik });
 * kecamatan.extends;
 * //=> 'tasikmalaya-mkd-2026'
 * ```
 */
export function parsePolicyFile(data: unknown, options?: ParsePolicyFileOptions): Policy {
  _checkOptions(options, ['base', 'policies']);
  if (!_isPlainObject(data)) {
    throw new InputError([_issue([], 'invalid_type', 'Berkas kebijakan harus berisi objek JSON', 'A policy file must hold a JSON object')]);
  }
  const issues: InputIssue[] = [];
  const cleaned = withoutUnknownKeys(data, FILE_SHAPE, [], issues) as Record<string, unknown>;
  const { $schema, ...doc } = cleaned;
  if ($schema !== undefined && typeof $schema !== 'string') {
    issues.push(_issue(['$schema'], 'invalid_type', '"$schema" harus berupa teks (alamat JSON Schema berkas ini)', '"$schema" must be a string (the address of the file\'s JSON Schema)'));
  }
  const name = doc['extends'];
  const base = name === undefined ? undefined : baseOf(options, name);
  const missing = COMPLETE_KEYS.filter((key) => doc[key] === undefined);

  // A complete policy: no base, or a base that cannot be found.
  if (base === undefined && (name === undefined || missing.length === 0)) {
    if (missing.length > 0) {
      // Changes without `extends`: say what is missing once, and check what is there.
      const list = missing.join(', ');
      issues.push(
        _issue(
          ['extends'],
          'policy_extends_required',
          `Berkas kebijakan tanpa "extends" harus memuat kebijakan lengkap, tetapi tidak memuat: ${list}. Untuk hanya mencantumkan perubahan, sebutkan kebijakan yang diubah di "extends", mis. "${presets[presets.length - 1]!.id}"`,
          `A policy file without "extends" must hold a complete policy, but it lacks: ${list}. To list only changes, name the policy they change in "extends", e.g. "${presets[presets.length - 1]!.id}"`,
        ),
      );
      const checked = _check(PolicyFileSchema, doc);
      if (!checked.ok) issues.push(...checked.issues);
      throw new InputError(issues);
    }
    const result = caught(() => parsePolicy(doc));
    if (issues.length + result.issues.length > 0 || result.policy === undefined) throw new InputError([...issues, ...result.issues]);
    return result.policy;
  }

  const { extends: _extends, ...changes } = doc;
  const id = changes['id'];
  // No id, or none of its own: said once, in the file's words, while everything else is still checked.
  const idMissing = base === undefined ? id === undefined : typeof id !== 'string' || id === base.id;
  if (base === undefined) {
    // `extends` names nothing known: the changes can only be checked one by one.
    if (typeof name === 'string') {
      const known = knownIds(options);
      const near = _closestAll(name, allIds(options)).map((x) => _quote(x));
      const choice = (or: string): string => (near.length === 1 ? near[0]! : `${near.slice(0, -1).join(', ')} ${or} ${near[near.length - 1]!}`);
      const hint = near.length === 0 ? { id: '', en: '' } : { id: `; maksud Anda ${choice('atau')}?`, en: `; did you mean ${choice('or')}?` };
      issues.push(
        _issue(
          ['extends'],
          'policy_extends_unknown',
          `"extends" menyebut ${_quote(name)}, yang bukan kebijakan yang dikenal (${known.join(', ')})${hint.id}`,
          `"extends" names ${_quote(name)}, which is not a known policy (${known.join(', ')})${hint.en}`,
        ),
      );
    }
    const ownIdIssue = idMissing && typeof name === 'string';
    const checked = _check(PolicyFileSchema, doc);
    if (!checked.ok) issues.push(...checked.issues.filter((i) => !(ownIdIssue && placeOf(i.path) === 'id')));
    if (ownIdIssue) issues.push(idRequired(name.slice(0, 100)));
    throw new InputError(issues);
  }
  if (idMissing) issues.push(idRequired(base.id));
  // Without a usable id, merge under a stand-in so that every other problem is still found.
  const overrides = (idMissing ? { ...changes, id: `${base.id}.changes` } : changes) as unknown as PolicyOverrides;
  const result = caught(() => definePolicy(base, overrides));
  issues.push(...result.issues.filter((i) => !(idMissing && placeOf(i.path) === 'id')));
  if (issues.length > 0 || result.policy === undefined) throw new InputError(issues);
  return result.policy;
}
