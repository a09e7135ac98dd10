/**
 * `--policy`: a preset id, or a policy JSON file checked by `parsePolicy`; without it,
 * the Jabar policy in force on the decision date (for a roster, on the 1st of its month).
 */
import { readFile } from 'node:fs/promises';
import { isInputError } from 'kerja-dinamis';
import { parsePolicy } from 'kerja-dinamis';
import { presets } from 'kerja-dinamis';
import type { Policy } from 'kerja-dinamis';
import { selectPolicy } from 'kerja-dinamis';
import { CliFailure, fileErrorLine } from './input';
import { resolvePath, type CliIo } from './io';
import type { CliText, Lang } from './text';

/** The jurisdiction of the default: the command is for MKD in Jawa Barat; `national-fwa-2025` is offered by name. */
const DEFAULT_JURISDICTION = 'ID-JB';

/**
 * The policy a run uses.
 *
 * @param option - The `--policy` value, if given.
 * @param date - The date the default is chosen for.
 * @throws {@link CliFailure} for an unknown preset, an unreadable or invalid file, or no preset in force.
 */
export async function resolvePolicy(io: CliIo, t: CliText, lang: Lang, option: string | undefined, date: string): Promise<Policy> {
  if (option === undefined) {
    try {
      return selectPolicy(presets, date, { jurisdiction: DEFAULT_JURISDICTION });
    } catch (error) {
      if (isInputError(error) && error.issues.some((i) => i.code === 'no_policy_in_force')) throw new CliFailure([t.noPolicyInForce(date)]);
      throw error;
    }
  }
  const preset = presets.find((p) => p.id === option);
  if (preset !== undefined) return preset;
  let text: string;
  try {
    text = await readFile(resolvePath(io, option), 'utf8');
  } catch (error) {
    const looksLikeFile = /[/\\]|\.json$/i.test(option);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !looksLikeFile) throw new CliFailure([t.unknownPolicy(option, presets.map((p) => p.id))]);
    throw new CliFailure([fileErrorLine(t, option, error)]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliFailure([t.badJson(option, error instanceof Error ? error.message : String(error))]);
  }
  try {
    return parsePolicy(data);
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new CliFailure([t.policyInvalid(option), ...error.issues.map((i) => `  ${i.path.length === 0 ? (lang === 'id' ? '(kebijakan)' : '(policy)') : i.path.join('.')}: ${i.message[lang]}`)]);
  }
}

/** `id (version)` of a policy, for titles. */
export function policyLabel(policy: Policy): string {
  return `${policy.id} (${policy.version})`;
}
