/**
 * The generated references of the documentation site: docs/reference/policy.md from
 * `POLICY_SETTINGS` and the presets (through `describePolicy`), docs/reference/findings.md
 * from the locale catalogues and the params table of test/_helpers/finding-params.ts.
 * test/reference.test.ts checks that the committed pages are what these functions write;
 * `UPDATE_EXPECTED=1 npx vitest run test/reference.test.ts` rewrites them.
 *
 * The pages hold no fenced code: every code example of the site is in the guides or in
 * the TSDoc, and runs in test/docs.test.ts or test/examples.test.ts.
 */
import { localeEn } from '../../src/locales/en';
import { localeId } from '../../src/locales/id';
import { formatFinding } from '../../src/locales/format';
import type { FindingCode, LocaleCatalog } from '../../src/locales/types';
import { POLICY_SETTINGS, POLICY_SETTING_UNITS, describePolicy, presets, type Policy } from '../../src/policy/index';
import { PARAMS } from './finding-params';

/** Where each page is written, from the root of the repository. */
export const REFERENCE_PAGES = {
  policy: 'docs/reference/policy.md',
  findings: 'docs/reference/findings.md',
} as const;

const REGENERATE = 'UPDATE_EXPECTED=1 npx vitest run test/reference.test.ts';

/** Text safe inside a Markdown table cell or list item: no HTML, emphasis, links or cell breaks. */
function md(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([*_[\]`])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

/** Inline code (a span of backticks longer than any run inside it). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}

const frontMatter = (title: string): string => `---\ntitle: ${title}\ngroup: Reference\n---\n`;

/** The sections of a policy, in the order of `PolicySchema`, with their headings. */
const SECTIONS: readonly (readonly [prefix: string, title: string])[] = [
  ['', 'Identity / Identitas'],
  ['talentBox', 'talentBox — talent box / kotak talenta'],
  ['schedule', 'schedule — working hours / jam kerja'],
  ['calendar', 'calendar — holidays / hari libur'],
  ['workPattern', 'workPattern — work pattern / pola kerja'],
  ['remoteness', 'remoteness — services / layanan'],
  ['readiness', 'readiness — readiness / kesiapan'],
  ['employeeCriteria', 'employeeCriteria — employee criteria / kriteria pegawai'],
  ['performance', 'performance — performance score / nilai kinerja'],
  ['earlyWarning', 'earlyWarning — early warning / peringatan dini'],
  ['eligibility', 'eligibility — eligibility / kelayakan'],
];

const sectionOf = (path: string): string => (path.includes('.') ? path.slice(0, path.indexOf('.')) : '');

/** The value of each preset for one setting, presets with the same value on one line. */
function presetValues(path: string, rows: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const byValue = new Map<string, string[]>();
  for (const preset of presets) {
    const value = rows.get(preset.id)?.get(path);
    if (value === undefined) throw new Error(`describePolicy gave no row ${path} for ${preset.id}`);
    byValue.set(value, [...(byValue.get(value) ?? []), preset.id]);
  }
  if (byValue.size === 1) return [`- all presets / semua preset: ${md([...byValue.keys()][0]!)}`];
  return [...byValue].map(([value, ids]) => `- ${ids.map(code).join(', ')}: ${md(value)}`);
}

/** docs/reference/policy.md: every setting of a policy, its meaning, unit, source or [D], and its value in each preset. */
export function policyReference(): string {
  const rows = new Map(presets.map((p: Policy) => [p.id, new Map(describePolicy(p, { lang: 'en' }).map((r) => [r.path, r.value]))] as const));
  const out: string[] = [
    frontMatter('Policy reference'),
    '# Policy reference / Rujukan kebijakan',
    '',
    `Generated from \`POLICY_SETTINGS\` and the built-in presets by test/_helpers/reference.ts; do not edit by hand (\`${REGENERATE}\`).`,
    `Dibuat dari \`POLICY_SETTINGS\` dan preset bawaan; jangan diubah langsung.`,
    '',
    'Every setting of `PolicySchema`: its meaning in Bahasa Indonesia and English, its unit, where its value comes from — a regulation or circular, or **[D]** for a default chosen by this project where no public rule was found — and its value in each preset. Values are shown as `describePolicy(preset, { lang: \'en\' })` shows them; `—` means absent or empty. How a policy is written, extended and checked: [the policy guide](../policy.md).',
    '',
    '## Presets',
    '',
    '| id | name | in force | extends |',
    '| --- | --- | --- | --- |',
    ...presets.map((p) => `| ${code(p.id)} | ${md(p.name.en)} / ${md(p.name.id)} | ${p.effectiveFrom}${p.effectiveUntil === undefined ? ' –' : ` – ${p.effectiveUntil}`} | ${p.extends === undefined ? '—' : code(p.extends)} |`),
  ];
  const done = new Set<string>();
  for (const [prefix, title] of SECTIONS) {
    const settings = POLICY_SETTINGS.filter((s) => sectionOf(s.path) === prefix);
    if (settings.length === 0) throw new Error(`no setting in the section ${prefix || '(identity)'}`);
    out.push('', `## ${title}`);
    for (const s of settings) {
      done.add(s.path);
      out.push(
        '',
        `### ${s.path}`,
        '',
        `- en: ${md(s.meaning.en)}`,
        `- id: ${md(s.meaning.id)}`,
        `- unit / satuan: ${md(POLICY_SETTING_UNITS[s.unit].en)} / ${md(POLICY_SETTING_UNITS[s.unit].id)}`,
        `- source / sumber: ${s.source === null ? 'identifies the policy / pengenal kebijakan' : md(s.source)}`,
        '',
        'Value in each preset / nilai pada setiap preset:',
        '',
        ...presetValues(s.path, rows),
      );
    }
  }
  const missed = POLICY_SETTINGS.filter((s) => !done.has(s.path)).map((s) => s.path);
  if (missed.length > 0) throw new Error(`settings in no section: ${missed.join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** The modules of the finding codes, by the prefix of their codes. */
const MODULES: readonly (readonly [prefix: string, title: string])[] = [
  ['talent_', 'talent-box'],
  ['remoteness_', 'remoteness'],
  ['readiness_', 'readiness'],
  ['employee_', 'eligibility — employee criteria'],
  ['work_pattern_', 'work-pattern'],
  ['performance_', 'performance'],
  ['early_warning_', 'performance — early warning'],
  ['predikat_distribution_', 'performance — predikat distribution'],
  ['eligibility_', 'eligibility'],
];

const render = (code: FindingCode, params: unknown, catalog: LocaleCatalog): string =>
  formatFinding({ rule: 'x', outcome: 'pass', code, params } as never, { locale: catalog });

/** docs/reference/findings.md: every finding code, with each example of params and its sentence in both languages. */
export function findingReference(): string {
  const codes = Object.keys(localeEn.messages) as FindingCode[];
  const out: string[] = [
    frontMatter('Finding codes'),
    '# Finding codes / Kode temuan',
    '',
    `Generated from the catalogues \`localeId\` and \`localeEn\` and the params of test/_helpers/finding-params.ts by test/_helpers/reference.ts; do not edit by hand (\`${REGENERATE}\`).`,
    `Dibuat dari katalog \`localeId\` dan \`localeEn\`; jangan diubah langsung.`,
    '',
    'Every finding a decision can carry has a stable `code` and structured `params`; its sentence comes from a catalogue, through `formatFinding(finding, { locale })` or `explain`. For each code below: one or more examples of params (each branch of its sentence, singular and plural) and the sentence each gives in Bahasa Indonesia and English.',
  ];
  const done = new Set<FindingCode>();
  for (const [prefix, title] of MODULES) {
    const inModule = codes.filter((c) => c.startsWith(prefix) && !done.has(c));
    if (inModule.length === 0) throw new Error(`no finding code starts with ${prefix}`);
    out.push('', `## ${title}`);
    for (const c of inModule) {
      done.add(c);
      out.push('', `### ${c}`, '');
      for (const params of PARAMS[c]) {
        out.push(`- params: ${code(JSON.stringify(params))}`, `  - id: ${md(render(c, params, localeId))}`, `  - en: ${md(render(c, params, localeEn))}`);
      }
    }
  }
  const missed = codes.filter((c) => !done.has(c));
  if (missed.length > 0) throw new Error(`finding codes in no module: ${missed.join(', ')}`);
  return `${out.join('\n')}\n`;
}
