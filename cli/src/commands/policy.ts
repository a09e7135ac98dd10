/**
 * `kerja-dinamis policy init|show|check`: policy files of a kabupaten/kota — a starting
 * file derived from a preset, the effective policy setting by setting (`describePolicy`),
 * and a check that lists every problem with its place in the file (`parsePolicyFile`).
 */
import { PolicyIdSchema, describePolicy, parsePolicyFile, presets, validate, type Policy, type PolicySettingRow } from 'kerja-dinamis';
import { asOfOf, warn, type Ctx } from '../context';
import { CliFailure } from '../input';
import { BOM, csvDelimiter, csvLine, openTarget } from '../output';
import { chainText, loadPolicy, loadPolicyFile, policyLabel, type LoadedPolicy } from '../policy';
import { POLICY_FILE_SCHEMA_REF, policyTextOf, type PolicyText } from '../policy-text';
import { suggestNames } from '../templates';
import type { CliText } from '../text';

type Subcommand = 'init' | 'show' | 'check';

/** The options each subcommand takes, besides `--lang` and `--help`. */
const OPTIONS_OF: Readonly<Record<Subcommand, readonly string[]>> = {
  init: ['from', 'id', 'out'],
  show: ['as-of', 'format', 'out'],
  check: [],
};

/** The width of `show`'s table. */
const WIDTH = 100;

/** Refuses an option another subcommand takes, and more arguments than `max`. */
function checkArguments(ctx: Ctx, sub: Subcommand, rest: readonly string[], max: number): void {
  const { t, args } = ctx;
  const values = args.values as Readonly<Record<string, string | undefined>>;
  for (const name of ['from', 'id', 'as-of', 'format', 'out']) {
    if (values[name] !== undefined && !OPTIONS_OF[sub].includes(name)) throw new CliFailure([t.optionNotFor(`--${name}`, `policy ${sub}`)]);
  }
  if (rest.length > max) throw new CliFailure([t.extraArgument(rest[max]!, `policy ${sub}`)]);
}

/** Arrays and objects on one line when they fit, as people write small JSON by hand. */
function prettyJson(value: unknown, indent = ''): string {
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(inline).join(', ')}]`;
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
    }
    return JSON.stringify(v);
  };
  const flat = inline(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 88) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${prettyJson(v, inner)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, x]) => x !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * The starting file of `init`: identity, period, and the settings a kabupaten/kota
 * usually changes, each with the preset's value, so that the file is valid as written.
 */
export function starterFile(base: Policy, id: string): Record<string, unknown> {
  const changes = base.remoteness.catalogChanges;
  return {
    $schema: POLICY_FILE_SCHEMA_REF,
    extends: base.id,
    id,
    version: base.version,
    name: { id: policyTextOf('id').initName(id, base.id), en: policyTextOf('en').initName(id, base.id) },
    jurisdiction: base.jurisdiction,
    effectiveFrom: base.effectiveFrom,
    ...(base.effectiveUntil === undefined ? {} : { effectiveUntil: base.effectiveUntil }),
    talentBox: { eligibleBoxes: base.talentBox.eligibleBoxes },
    eligibility: { flexibleDaysByBox: base.eligibility.flexibleDaysByBox },
    workPattern: { maxFlexibleDaysPerWeek: base.workPattern.maxFlexibleDaysPerWeek, anchorWeekdays: base.workPattern.anchorWeekdays ?? [] },
    remoteness: { catalogChanges: { add: changes.add ?? [], replace: changes.replace ?? [], remove: changes.remove ?? [] } },
    calendar: { added: base.calendar.added ?? [] },
  };
}

async function runInit(ctx: Ctx, rest: readonly string[]): Promise<number> {
  const { io, t, args } = ctx;
  checkArguments(ctx, 'init', rest, 0);
  const from = args.values.from;
  const id = args.values.id;
  if (from === undefined) throw new CliFailure([t.requiredOption('--from', 'policy init')]);
  if (id === undefined) throw new CliFailure([t.requiredOption('--id', 'policy init')]);
  const p = policyTextOf(ctx.lang);
  const base = presets.find((x) => x.id === from);
  if (base === undefined) throw new CliFailure([p.unknownPreset(from, presets.map((x) => x.id), suggestNames(from, presets.map((x) => x.id)))]);
  if (!validate(PolicyIdSchema, id).ok || id === base.id) throw new CliFailure([p.badId(id, base.id)]);
  const file = starterFile(base, id);
  // The file must be valid as written: read it back as `check` would.
  parsePolicyFile(JSON.parse(JSON.stringify(file)));
  const target = await openTarget(io, t, args.values.out);
  await target.out.push(`${prettyJson(file)}\n`);
  await target.close();
  await warn(ctx, p.schemaHint(target.file));
  if (target.file !== undefined) await warn(ctx, t.written(target.file));
  return 0;
}

/** Words cut into lines of at most `width` characters (a longer word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The section of a setting: its first key, or `''` for the fields that identify the policy. */
const sectionOf = (path: string): string => (path.includes('.') ? path.slice(0, path.indexOf('.')) : '');

function tableText(loaded: LoadedPolicy, rows: readonly PolicySettingRow[], p: PolicyText): string {
  const lines = [p.showTitle(policyLabel(loaded.policy), chainText(loaded.chain)), p.showLegend(loaded.base?.id), ''];
  lines.push(`  ${p.columns.path}  ${p.columns.value}`, `      ${p.columns.meaning} · ${p.columns.unit} · ${p.columns.source}`);
  const sections = [...new Set(rows.map((r) => sectionOf(r.path)))];
  for (const section of sections) {
    const inSection = rows.filter((r) => sectionOf(r.path) === section);
    // Values aligned within a section, so that a long path elsewhere does not push them right.
    const pathWidth = Math.max(...inSection.map((r) => r.path.length));
    const valueIndent = ' '.repeat(pathWidth + 4);
    lines.push('');
    for (const row of inSection) {
      const [first = '', ...more] = wrap(row.value, Math.max(30, WIDTH - valueIndent.length));
      lines.push(`${row.changed === true ? '*' : ' '} ${row.path.padEnd(pathWidth)}  ${first}`);
      for (const line of more) lines.push(`${valueIndent}${line}`);
      const detail = `${row.meaning} · ${row.unit}${row.source === null ? '' : ` · ${p.source}: ${row.source}`}`;
      for (const line of wrap(detail, WIDTH - 6)) lines.push(`      ${line}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function csvText(rows: readonly PolicySettingRow[], p: PolicyText, t: CliText, delimiter: string, withBom: boolean): string {
  const c = p.columns;
  let text = (withBom ? BOM : '') + csvLine([c.path, c.value, c.unit, c.meaning, c.source, c.changed], delimiter);
  for (const row of rows) text += csvLine([row.path, row.value, row.unit, row.meaning, row.source ?? '', row.changed === undefined ? '' : row.changed ? t.yes : t.no], delimiter);
  return text;
}

async function runShow(ctx: Ctx, rest: readonly string[]): Promise<number> {
  const { io, t, lang, args } = ctx;
  checkArguments(ctx, 'show', rest, 1);
  const loaded = await loadPolicy(io, t, lang, rest[0], asOfOf(ctx));
  const rows = describePolicy(loaded.policy, loaded.base === undefined ? { lang } : { lang, base: loaded.base });
  const p = policyTextOf(lang);
  const target = await openTarget(io, t, args.values.out);
  if (args.format === 'json') await target.out.push(`${JSON.stringify({ policy: loaded.policy, chain: loaded.chain, settings: rows }, null, 2)}\n`);
  else if (args.format === 'csv') await target.out.push(csvText(rows, p, t, csvDelimiter(lang), target.file !== undefined));
  else await target.out.push(tableText(loaded, rows, p));
  await target.close();
  if (target.file !== undefined) await warn(ctx, t.written(target.file));
  return 0;
}

async function runCheck(ctx: Ctx, rest: readonly string[]): Promise<number> {
  const { io, t, lang } = ctx;
  checkArguments(ctx, 'check', rest, 1);
  const file = rest[0];
  if (file === undefined) throw new CliFailure([t.missingFile('policy check')]);
  const loaded = await loadPolicyFile(io, t, lang, file);
  await io.stdout.write(`${policyTextOf(lang).ok(policyLabel(loaded.policy), chainText(loaded.chain))}\n`);
  return 0;
}

/** Runs `policy`; returns the exit code. */
export async function runPolicy(ctx: Ctx): Promise<number> {
  const [sub, ...rest] = ctx.args.positionals;
  if (sub === 'init') return runInit(ctx, rest);
  if (sub === 'show') return runShow(ctx, rest);
  if (sub === 'check') return runCheck(ctx, rest);
  throw new CliFailure([policyTextOf(ctx.lang).unknownSubcommand(sub)]);
}
