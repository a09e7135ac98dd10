/**
 * Arguments, parsed with Node's `util.parseArgs`: every option is known to the parser,
 * then checked against the command it is given to, so that a typo and an option of
 * another command get different, clear messages.
 */
import { parseArgs } from 'node:util';
import { isIsoDate, isIsoMonth } from 'kerja-dinamis';
import { CliFailure } from './input';
import { sheetTextOf } from './sheet-text';
import { LANGS, type CliText, type Lang } from './text';

/** The commands. */
export const COMMANDS = ['demo', 'eligibility', 'roster', 'warnings', 'schema', 'template', 'policy'] as const;
/** A command. */
export type Command = (typeof COMMANDS)[number];

/** Output formats (`xlsx` needs `--out`). */
export const FORMATS = ['table', 'csv', 'json', 'xlsx'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

const OPTIONS = {
  policy: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  rejected: { type: 'string' },
  'ignore-unknown-columns': { type: 'boolean' },
  performance: { type: 'string' },
  month: { type: 'string' },
  units: { type: 'string' },
  html: { type: 'string' },
  holidays: { type: 'string' },
  provisional: { type: 'boolean' },
  // The printed roster (--html): print date, agency and signature block.
  'printed-on': { type: 'string' }, agency: { type: 'string' }, 'sign-place': { type: 'string' }, 'sign-title': { type: 'string' }, 'sign-name': { type: 'string' }, 'sign-nip': { type: 'string' },
  // policy init.
  from: { type: 'string' },
  id: { type: 'string' },
  // Workbooks and templates.
  sheet: { type: 'string' },
  contoh: { type: 'boolean' },
  example: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMON: readonly OptionName[] = ['policy', 'format', 'out', 'lang', 'rejected', 'ignore-unknown-columns', 'sheet', 'help'];
/** Options of the printed roster page; they need `--html`. */
export const PRINT_OPTIONS = ['printed-on', 'agency', 'sign-place', 'sign-title', 'sign-name', 'sign-nip'] as const;
/** An option of the printed roster page. */
export type PrintOption = (typeof PRINT_OPTIONS)[number];
const ALLOWED: Readonly<Record<Command, readonly OptionName[]>> = {
  demo: ['lang', 'html', 'help', 'printed-on'],
  eligibility: [...COMMON, 'as-of', 'performance', 'holidays', 'provisional'],
  roster: [...COMMON, 'month', 'units', 'html', 'performance', 'holidays', 'provisional', ...PRINT_OPTIONS],
  warnings: [...COMMON, 'as-of', 'holidays', 'provisional'],
  schema: ['out', 'lang', 'help'],
  template: ['out', 'lang', 'help', 'format', 'contoh', 'example'],
  // Each subcommand narrows these further (commands/policy.ts).
  policy: ['from', 'id', 'as-of', 'format', 'out', 'lang', 'help'],
};

/** The options of one run, checked. */
export interface ParsedArgs {
  /** The command, or `undefined` when none was given. */
  readonly command: Command | undefined;
  /** Positional arguments after the command. */
  readonly positionals: readonly string[];
  /** The language. */
  readonly lang: Lang;
  /** `--help`. */
  readonly help: boolean;
  /** `--version`. */
  readonly version: boolean;
  /** `--format`, default `table`. */
  readonly format: Format;
  /** The string options given. */
  readonly values: Readonly<Partial<Record<'policy' | 'as-of' | 'out' | 'rejected' | 'performance' | 'month' | 'units' | 'html' | 'holidays' | 'sheet' | 'from' | 'id' | 'format' | PrintOption, string>>>;
  /** `--ignore-unknown-columns`. */
  readonly ignoreUnknownColumns: boolean;
  /** `--provisional`: a provisional year of the calendar may be used. */
  readonly provisional: boolean;
  /** `--contoh` (alias `--example`): `template` adds example rows. */
  readonly example?: boolean;
}

/** The `--lang` of an argument list, read before anything else so that every message is in it. */
export function scanLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return 'id';
}

function optionOfMessage(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? message;
}

/**
 * Parses and checks the arguments.
 *
 * @throws {@link CliFailure} for an unknown command or option, an option of another
 *   command, a missing or bad value, or an extra argument.
 */
export function parseCommandLine(argv: readonly string[], t: CliText): ParsedArgs {
  const first = argv[0];
  let command: Command | undefined;
  let rest = argv;
  if (first !== undefined && !first.startsWith('-')) {
    if (first === 'help') {
      const topic = argv[1];
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) throw new CliFailure([t.unknownCommand(topic)]);
      return { command: topic as Command | undefined, positionals: [], lang: scanLang(argv), help: true, version: false, format: 'table', values: {}, ignoreUnknownColumns: false, provisional: false };
    }
    if (!(COMMANDS as readonly string[]).includes(first)) throw new CliFailure([t.unknownCommand(first)]);
    command = first as Command;
    rest = argv.slice(1);
  }
  const label = command ?? '';
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const message = e.message ?? String(error);
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliFailure([t.unknownOption(optionOfMessage(message), label)]);
    const missing = /'(--[a-z-]+) <value>' argument missing/.exec(message);
    if (missing !== null) throw new CliFailure([t.badOption(t.missingValue(missing[1]!), label)]);
    throw new CliFailure([t.badOption(message.replace(/\.$/, ''), label)]);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const given = Object.keys(values).filter((k) => values[k] !== undefined) as OptionName[];
  if (command === undefined) {
    const stray = given.find((k) => k !== 'help' && k !== 'version' && k !== 'lang');
    if (stray !== undefined) throw new CliFailure([t.unknownOption(`--${stray}`, '')]);
  } else {
    const stray = given.find((k) => !ALLOWED[command].includes(k));
    if (stray !== undefined) throw new CliFailure([t.optionNotFor(`--${stray}`, command)]);
  }
  const lang = values['lang'];
  if (lang !== undefined && !(LANGS as readonly unknown[]).includes(lang)) throw new CliFailure([t.badOption(t.badValue('--lang', String(lang), 'id, en'), label)]);
  const format = values['format'] ?? 'table';
  if (!(FORMATS as readonly unknown[]).includes(format)) throw new CliFailure([t.badOption(t.badValue('--format', String(format), FORMATS.join(', ')), label)]);
  checkWorkbookOutput(command, format as Format, typeof values['out'] === 'string' ? values['out'] : undefined, scanLang(argv));
  const asOf = values['as-of'];
  if (typeof asOf === 'string' && !isIsoDate(asOf)) throw new CliFailure([t.badOption(t.badDate('--as-of', asOf), label)]);
  const month = values['month'];
  if (typeof month === 'string' && !isIsoMonth(month)) throw new CliFailure([t.badOption(t.badMonth('--month', month), label)]);
  const printedOn = values['printed-on'];
  if (typeof printedOn === 'string' && !isIsoDate(printedOn)) throw new CliFailure([t.badOption(t.badDate('--printed-on', printedOn), label)]);
  const strings: Record<string, string> = {};
  // `format` is kept as given too, so that a command can tell a default from a choice.
  for (const key of ['policy', 'as-of', 'out', 'rejected', 'performance', 'month', 'units', 'html', 'holidays', 'sheet', 'from', 'id', 'format', ...PRINT_OPTIONS] as const) {
    const v = values[key];
    if (typeof v === 'string') strings[key] = v;
  }
  return {
    command,
    positionals: parsed.positionals,
    lang: (lang as Lang | undefined) ?? 'id',
    help: values['help'] === true,
    version: values['version'] === true,
    format: format as Format,
    values: strings,
    ignoreUnknownColumns: values['ignore-unknown-columns'] === true,
    provisional: values['provisional'] === true,
    example: values['contoh'] === true || values['example'] === true,
  };
}

/**
 * A workbook is binary: `--format xlsx` needs `--out` with a name ending in `.xlsx`, and
 * an `--out` file ending in `.xlsx` needs `--format xlsx` (a spreadsheet refuses text
 * named `.xlsx`).
 */
function checkWorkbookOutput(command: Command | undefined, format: Format, out: string | undefined, lang: Lang): void {
  if (command === undefined || !ALLOWED[command].includes('format')) return;
  const s = sheetTextOf(lang);
  const named = out !== undefined && out.toLowerCase().endsWith('.xlsx');
  if (format === 'xlsx' && out === undefined) throw new CliFailure([s.xlsxNeedsOut(command)]);
  if (format === 'xlsx' && !named) throw new CliFailure([s.xlsxOutExtension(out!, command)]);
  if (format !== 'xlsx' && named) throw new CliFailure([s.textToXlsxFile(out, command === 'template' && format === 'table' ? 'csv' : format, command)]);
}

/** The one positional argument a command takes (a file or a name). */
export function onePositional(args: ParsedArgs, t: CliText): string {
  const command = args.command ?? '';
  const [value, extra] = args.positionals;
  if (value === undefined) throw new CliFailure([t.missingFile(command)]);
  if (extra !== undefined) throw new CliFailure([t.extraArgument(extra, command)]);
  return value;
}
