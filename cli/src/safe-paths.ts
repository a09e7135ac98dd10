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

async function identity(io: CliIo, file: string): Promise<string | undefined> {
  try {
    const info = await stat(resolvePath(io, file));
    // Devices and FIFOs are written directly and never replaced; `/dev/null` may be named twice.
    if (!info.isFile()) return undefined;
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
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
    // A file that does not exist yet: compare the resolved paths of the outputs.
    const key = id ?? (/^\/dev\//.test(resolvePath(io, output.file)) ? undefined : `path:${resolvePath(io, output.file)}`);
    if (key === undefined) continue;
    const input = inputIds.find((i) => i.id !== undefined && i.id === id);
    if (input !== undefined) throw new CliFailure([t.outputIsInput(output.label, output.file, input.file)]);
    const other = seen.get(key);
    if (other !== undefined) throw new CliFailure([t.outputsCollide(other.label, output.label, output.file)]);
    seen.set(key, output);
  }
}
