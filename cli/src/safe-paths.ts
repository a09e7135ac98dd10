/**
 * Outputs never destroy inputs: before a command runs, every output option (`--out`,
 * `--rejected`, `--html`) is compared with every input file (the command's file and the
 * file options) by device and inode, following symbolic and hard links, and with the
 * other outputs. A match stops the run (exit 2) before anything is opened.
 */
import { stat } from 'node:fs/promises';
import { CliFailure } from './input';
import { resolvePath, type CliIo } from './io';
import type { ParsedArgs } from './options';
import type { CliText } from './text';

/** Options that name files the command reads. */
const INPUT_OPTIONS = ['policy', 'performance', 'units', 'holidays'] as const;
/** Options that name files the command writes. */
const OUTPUT_OPTIONS = ['out', 'rejected', 'html'] as const;
/** Commands whose positional arguments are names, not files. */
const NAME_POSITIONALS: ReadonlySet<string> = new Set(['schema', 'template']);

interface Named {
  readonly label: string;
  readonly file: string;
}

/**
 * What a path names: a regular file by device and inode (links followed), a path that
 * does not exist yet by its resolved name, or nothing to compare for a device or FIFO —
 * written directly and never replaced, so `/dev/null` may be named twice.
 */
async function identity(io: CliIo, file: string): Promise<string | undefined> {
  const path = resolvePath(io, file);
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return `path:${path}`;
  }
}

/**
 * Refuses a run whose output would be one of its input files, or two of whose outputs
 * are one file.
 *
 * @throws {@link CliFailure} naming the option, the output and the input.
 */
export async function refuseOutputOntoInput(io: CliIo, t: CliText, args: ParsedArgs): Promise<void> {
  const values = args.values as Readonly<Record<string, string | undefined>>;
  const inputs: Named[] = [];
  if (args.command !== undefined && !NAME_POSITIONALS.has(args.command)) for (const file of args.positionals) inputs.push({ label: file, file });
  for (const option of INPUT_OPTIONS) if (values[option] !== undefined) inputs.push({ label: `--${option}`, file: values[option] });
  const outputs: Named[] = [];
  for (const option of OUTPUT_OPTIONS) if (values[option] !== undefined) outputs.push({ label: `--${option}`, file: values[option] });
  if (outputs.length === 0) return;
  const inputIds = await Promise.all(inputs.map(async (i) => ({ ...i, id: await identity(io, i.file) })));
  const seen = new Map<string, Named>();
  for (const output of outputs) {
    const id = await identity(io, output.file);
    if (id === undefined) continue;
    const input = inputIds.find((i) => i.id === id);
    if (input !== undefined) throw new CliFailure([t.outputIsInput(output.label, output.file, input.file)]);
    const other = seen.get(id);
    if (other !== undefined) throw new CliFailure([t.outputsCollide(other.label, output.label, output.file)]);
    seen.set(id, output);
  }
}
