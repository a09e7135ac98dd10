/**
 * The `kerja-dinamis` command: `main(argv, io)` parses the arguments, runs one command
 * and returns the exit code. It never throws and never prints a stack trace (unless
 * `KERJA_DINAMIS_DEBUG=1`): a usage, file or policy problem is one clear line.
 *
 * Exit codes: 0 every row processed; 1 some rows rejected (the others processed and
 * written); 2 usage, file or policy error; 3 internal error (a bug: please report).
 */
import { readFileSync } from 'node:fs';
import { runDemo } from './commands/demo';
import { runEligibility } from './commands/eligibility';
import { runPolicy } from './commands/policy';
import { runRoster } from './commands/roster';
import { runSchema, runTemplate } from './commands/schema';
import { runWarnings } from './commands/warnings';
import type { Ctx } from './context';
import { CliFailure } from './input';
import { OutputWriteError, abortOpenFiles, terminalSink, type CliIo } from './io';
import { refuseOutputOntoInput } from './safe-paths';
import { parseCommandLine, scanLang, type Command } from './options';
import { textOf } from './text';

/** Exit codes of the command. */
export const EXIT = { OK: 0, REJECTED_ROWS: 1, FAILURE: 2, INTERNAL: 3 } as const;

/** The package version, read from the command-line package's package.json, beside `dist/` and `src/`. */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const RUN: Readonly<Record<Command, (ctx: Ctx) => Promise<number>>> = {
  demo: runDemo,
  eligibility: runEligibility,
  roster: runRoster,
  warnings: runWarnings,
  schema: runSchema,
  template: runTemplate,
  policy: runPolicy,
};

/**
 * Runs the command line.
 *
 * @param argv - The arguments after the program name, e.g. `['eligibility', 'pegawai.csv', '--as-of', '2026-03-02']`.
 * @param io - Where output goes, where files are found, and the clock.
 * @returns The exit code (see {@link EXIT}).
 */
export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  const t = textOf(scanLang(argv));
  // Problems and summaries quote names and cells from the input: never raw on a terminal.
  let io: CliIo = { ...given, stderr: terminalSink(given.stderr) };
  try {
    const args = parseCommandLine(argv, t);
    const text = textOf(args.lang);
    if (args.version) {
      await io.stdout.write(`${version()}\n`);
      return EXIT.OK;
    }
    if (args.command === undefined) {
      if (args.help) {
        await io.stdout.write(`${text.help.main}\n`);
        return EXIT.OK;
      }
      await io.stderr.write(`${text.help.main}\n`);
      return EXIT.FAILURE;
    }
    if (args.help) {
      await io.stdout.write(`${text.help[args.command]}\n`);
      return EXIT.OK;
    }
    // Tables are for people, and anything shown on a terminal is too; CSV or JSON into a pipe stays byte for byte.
    if (args.format === 'table' || given.stdoutIsTTY === true) io = { ...io, stdout: terminalSink(given.stdout) };
    await refuseOutputOntoInput(io, text, args);
    return await RUN[args.command]({ io, t: text, lang: args.lang, args });
  } catch (error) {
    if (error instanceof CliFailure) {
      for (const line of error.lines) await io.stderr.write(`${line}\n`);
      return EXIT.FAILURE;
    }
    if (error instanceof OutputWriteError) {
      await io.stderr.write(`${t.cannotWrite(error.file, error.reason)}\n`);
      return EXIT.FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    await io.stderr.write(`${t.internalError(message.split('\n')[0] ?? message)}\n`);
    if (process.env['KERJA_DINAMIS_DEBUG'] === '1' && error instanceof Error && error.stack !== undefined) await io.stderr.write(`${error.stack}\n`);
    return EXIT.INTERNAL;
  } finally {
    // A file a failed run opened is given up: its temporary file goes, an earlier file stays.
    await abortOpenFiles(io);
  }
}
