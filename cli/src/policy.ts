/**
 * `--policy`: a preset id, or a policy JSON file read by `parsePolicyFile` — complete, or
 * only changes to the policy its `extends` names: a preset id, or another policy file
 * whose path is relative to this one (a chain, at most {@link MAX_CHAIN} files, without
 * cycles). Without `--policy`, the Jabar policy in force on the decision date (for a
 * roster, on the 1st of its month).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isInputError } from 'kerja-dinamis';
import { parsePolicyFile } from 'kerja-dinamis';
import { presets } from 'kerja-dinamis';
import type { Policy } from 'kerja-dinamis';
import { selectPolicy } from 'kerja-dinamis';
import { CliFailure, fileErrorLine } from './input';
import { resolvePath, type CliIo } from './io';
import { policyTextOf } from './policy-text';
import { suggestNames } from './templates';
import type { CliText, Lang } from './text';

/** The jurisdiction of the default: the command is for MKD in Jawa Barat; `national-fwa-2025` is offered by name. */
const DEFAULT_JURISDICTION = 'ID-JB';

/** The most policy files one `extends` chain may hold. */
export const MAX_CHAIN = 8;

/** One link of an `extends` chain: a file, or the preset it ends with. */
export interface ChainLink {
  /** The policy's id. */
  readonly id: string;
  /** The file, as given or as `extends` names it from the folder of the file before; absent for a preset. */
  readonly file?: string;
}

/** A policy as a run has it, with where it came from. */
export interface LoadedPolicy {
  /** The effective policy. */
  readonly policy: Policy;
  /** The policy it extends (a preset, or the policy of another file), when it extends one. */
  readonly base?: Policy;
  /** The policy and every policy it extends, in order: `[this, its base, …]`. */
  readonly chain: readonly ChainLink[];
}

/** `extends` names a file, not an id: a path with a folder or a `.json` name. */
export function isFileReference(value: string): boolean {
  return /[/\\]/.test(value) || /\.json$/i.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Failures that already say which file's `extends` led to them. */
const annotated = new WeakSet<CliFailure>();

interface Visit {
  readonly display: string;
  readonly absolute: string;
}

async function readJson(t: CliText, display: string, absolute: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new CliFailure([fileErrorLine(t, display, error)]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliFailure([t.badJson(display, error instanceof Error ? error.message : String(error))]);
  }
}

async function load(t: CliText, lang: Lang, file: Visit, visited: readonly Visit[]): Promise<LoadedPolicy> {
  const p = policyTextOf(lang);
  // A cycle or too long a chain names its files itself.
  const chainFailure = visited.some((v) => v.absolute === file.absolute)
    ? new CliFailure([p.cycle([...visited.map((v) => v.display), file.display])])
    : visited.length >= MAX_CHAIN
      ? new CliFailure([p.tooDeep(visited[0]!.display, MAX_CHAIN)])
      : undefined;
  if (chainFailure !== undefined) {
    annotated.add(chainFailure);
    throw chainFailure;
  }
  const data = await readJson(t, file.display, file.absolute);
  const ref = isRecord(data) ? data['extends'] : undefined;
  let parent: LoadedPolicy | undefined;
  if (typeof ref === 'string') {
    const preset = presets.find((x) => x.id === ref);
    if (preset !== undefined) parent = { policy: preset, chain: [{ id: preset.id }] };
    else if (isFileReference(ref)) {
      const next = { display: join(dirname(file.display), ref), absolute: resolve(dirname(file.absolute), ref) };
      try {
        parent = await load(t, lang, next, [...visited, file]);
      } catch (error) {
        // Say which file named the one that failed (once, where the chain broke).
        if (!(error instanceof CliFailure) || annotated.has(error)) throw error;
        const failure = new CliFailure([...error.lines, p.extendsFrom(file.display)]);
        annotated.add(failure);
        throw failure;
      }
    }
  }
  let policy: Policy;
  try {
    policy = parsePolicyFile(data, parent === undefined ? undefined : { base: parent.policy });
  } catch (error) {
    if (!isInputError(error)) throw error;
    const lines = error.issues.map((i) => `  ${i.path.length === 0 ? (lang === 'id' ? '(kebijakan)' : '(policy)') : i.path.join('.')}: ${i.message[lang]}`);
    if (error.issues.some((i) => i.code === 'policy_extends_unknown')) lines.push(p.extendsHint(presets.map((x) => x.id)));
    throw new CliFailure([t.policyInvalid(file.display), ...lines]);
  }
  const chain: ChainLink[] = [{ id: policy.id, file: file.display }, ...(parent?.chain ?? [])];
  return parent === undefined ? { policy, chain } : { policy, base: parent.policy, chain };
}

/**
 * Reads a policy file and every file its `extends` chain names.
 *
 * @param file - The file as given on the command line.
 * @throws {@link CliFailure} for a file that cannot be read, is not JSON or is not a valid
 *   policy (every problem listed with its path), an `extends` cycle, or too long a chain.
 */
export function loadPolicyFile(io: CliIo, t: CliText, lang: Lang, file: string): Promise<LoadedPolicy> {
  return load(t, lang, { display: file, absolute: resolvePath(io, file) }, []);
}

/**
 * The policy a run uses, with its chain: the default in force on `date`, a preset, or a file.
 *
 * @param option - The `--policy` value (or `policy show`'s argument), if given.
 * @param date - The date the default is chosen for.
 * @throws {@link CliFailure} for an unknown preset, an unreadable or invalid file, or no preset in force.
 */
export async function loadPolicy(io: CliIo, t: CliText, lang: Lang, option: string | undefined, date: string): Promise<LoadedPolicy> {
  if (option === undefined) {
    try {
      const policy = selectPolicy(presets, { asOf: date, jurisdiction: DEFAULT_JURISDICTION });
      return { policy, chain: [{ id: policy.id }] };
    } catch (error) {
      if (isInputError(error) && error.issues.some((i) => i.code === 'no_policy_in_force')) throw new CliFailure([t.noPolicyInForce(date)]);
      throw error;
    }
  }
  const preset = presets.find((p) => p.id === option);
  if (preset !== undefined) return { policy: preset, chain: [{ id: preset.id }] };
  try {
    return await loadPolicyFile(io, t, lang, option);
  } catch (error) {
    // A bare name that is no file: most likely a mistyped preset id.
    const missing = error instanceof CliFailure && error.lines.length === 1 && error.lines[0] === t.notFound(option);
    if (missing && !/[/\\]|\.json$/i.test(option)) throw new CliFailure([t.unknownPolicy(option, presets.map((p) => p.id), suggestNames(option, presets.map((p) => p.id)))]);
    throw error;
  }
}

/**
 * The policy a run uses.
 *
 * @param option - The `--policy` value, if given.
 * @param date - The date the default is chosen for.
 * @throws {@link CliFailure} for an unknown preset, an unreadable or invalid file, or no preset in force.
 */
export async function resolvePolicy(io: CliIo, t: CliText, lang: Lang, option: string | undefined, date: string): Promise<Policy> {
  return (await loadPolicy(io, t, lang, option, date)).policy;
}

/** `id (version)` of a policy, for titles. */
export function policyLabel(policy: Policy): string {
  return `${policy.id} (${policy.version})`;
}

/** The chain after the first link, for people: `kabupaten.json (kab-x) → jabar-mkd-2026`. */
export function chainText(chain: readonly ChainLink[]): string {
  return chain
    .slice(1)
    .map((link) => (link.file === undefined ? link.id : `${link.file} (${link.id})`))
    .join(' → ');
}
