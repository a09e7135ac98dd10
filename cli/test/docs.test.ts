import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, isTextColumn } from '../src/templates';
import { ROOT, runCli, tempDir } from './_run';

// docs/cli.md is the user's manual: every template column is documented in both
// languages, and the walk-through runs, command by command, as written.
const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(title);
  const end = doc.indexOf('\n### ', start + title.length);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** The `kerja-dinamis …` commands of a text: code spans and lines of sh blocks, without elided ones. */
function commands(text: string): string[][] {
  const found = [...text.matchAll(/`(kerja-dinamis [^`]+)`/g), ...text.matchAll(/^\s*(kerja-dinamis .+)$/gm)].sort((a, b) => a.index - b.index).map((m) => m[1]!.trim());
  return found.filter((c) => !c.includes('...') && !c.includes('<')).map((c) => c.split(/\s+/).slice(1));
}

describe('docs/cli.md', () => {
  for (const template of Object.values(TEMPLATES)) {
    it(`documents every column of the ${template.name} template in both languages`, () => {
      for (const column of template.columns) {
        const rows = doc.split('\n').filter((line) => line.startsWith(`| \`${column.name}\``) || line.includes(`\`${column.name}\`, `) || line.includes(`, \`${column.name}\` |`));
        expect(rows.length, column.name).toBeGreaterThanOrEqual(2);
      }
    });
  }

  for (const [title, lang] of [['### Dari ekspor lembar kerja ke jadwal HTML', 'id'], ['### From a spreadsheet export to an HTML roster', 'en']] as const) {
    it(`runs the walk-through "${title.slice(4)}" as written`, async () => {
      const dir = tempDir();
      const steps = commands(section(title));
      expect(steps.map((s) => s[0])).toEqual(['template', 'template', 'warnings', 'eligibility', 'template', 'roster']);
      for (const args of steps) {
        // Files the walk-through writes go to a temporary folder.
        const argv = args.map((a, i) => (['--out', '--html'].includes(args[i - 1] ?? '') ? join(dir, a) : a));
        const r = await runCli(argv, { now: new Date('2026-02-02T03:00:00Z') });
        expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      }
      expect(readFileSync(join(dir, lang === 'id' ? 'jadwal-2026-02.html' : 'roster-2026-02.html'), 'utf8')).toContain('<table class="roster">');
    });
  }
});

describe('docs/cli.md: policy files', () => {
  const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'kebijakan-tasikmalaya.json'), 'utf8')) as unknown;

  for (const [title, lang] of [['### Berkas kebijakan kabupaten/kota', 'id'], ['### Kabupaten/kota policy files', 'en']] as const) {
    it(`runs every command of "${title.slice(4)}" as written`, async () => {
      const dir = tempDir();
      const steps = commands(section(title));
      expect(steps.map((s) => s.slice(0, 2).join(' '))).toEqual([
        'policy init',
        'schema policy-file',
        'policy check',
        'policy show',
        'policy show',
        'policy show',
        'eligibility examples/pegawai.csv',
      ]);
      for (const args of steps) {
        // Files the section writes go to a temporary folder.
        const argv = args.map((a, i) => (args[i - 1] === '--out' ? join(dir, a) : a));
        const r = await runCli(argv, { now: new Date('2026-03-02T03:00:00Z') });
        expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      }
      // The file `policy init` wrote passes `policy check`.
      const written = join(dir, lang === 'id' ? 'kebijakan-tasikmalaya.json' : 'tasikmalaya-policy.json');
      expect((await runCli(['policy', 'check', written])).code).toBe(0);
    });

    it(`shows the problems policy check prints as it prints them in "${title.slice(4)}"`, async () => {
      const block = /```text\n([\s\S]*?)```/.exec(section(title))?.[1] ?? '';
      const shown = block.split('\n').map((l) => l.replace(/^ {3}/, '')).filter((l) => l !== '');
      const dir = tempDir();
      const file = lang === 'id' ? 'kebijakan.json' : 'policy.json';
      writeFileSync(join(dir, file), JSON.stringify({ extends: 'jabar-mkd-2026', talentBox: { eligibleBox: [5, 7, 8, 9] } }));
      const r = await runCli(['policy', 'check', file, ...(lang === 'en' ? ['--lang', 'en'] : [])], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual(shown);
    });

    it(`shows the example file as it is in "${title.slice(4)}"`, () => {
      const block = /```json\n([\s\S]*?)```/.exec(section(title))?.[1];
      expect(JSON.parse(block ?? 'null')).toEqual(example);
    });
  }
});

describe('docs/cli.md on spreadsheets', () => {
  const halves = { id: doc.slice(0, doc.indexOf('\n## English')), en: doc.slice(doc.indexOf('\n## English')) };

  for (const template of Object.values(TEMPLATES)) {
    it(`names the Text columns of the ${template.name} template in both languages`, () => {
      const list = template.columns
        .filter(isTextColumn)
        .map((c) => `\`${c.name}\``)
        .join(', ');
      expect(halves.id).toContain(`Kolom Teks (format sebagai Teks di lembar kerja; templat \`.xlsx\` sudah memformatnya): ${list}.`);
      expect(halves.en).toContain(`Text columns (format them as Text in a spreadsheet; the \`.xlsx\` template does): ${list}.`);
    });
  }

  for (const [lang, text] of Object.entries(halves)) {
    it(`runs every command with a workbook, --sheet or --contoh as written (${lang})`, async () => {
      // In document order, in one temporary folder, so that a command may read what an earlier one wrote.
      const dir = tempDir();
      const steps = commands(text).filter((args) => args.some((a) => /xlsx|--sheet|--contoh|--example/.test(a)));
      expect(steps.length).toBeGreaterThanOrEqual(4);
      for (const args of steps) {
        const argv = args.map((a) => (a.startsWith('examples/') ? join(ROOT, a) : a));
        const r = await runCli(argv, { cwd: dir });
        expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      }
    });
  }
});

for (const readmePath of ['README.md', 'cli/README.md']) {
  describe(`${readmePath} command-line block`, () => {
    // The README's commands name the files a user would have; the test gives them the
    // repository's examples, and the files the commands write go to a temporary folder.
    const readme = readFileSync(join(ROOT, readmePath), 'utf8');
    const block = /<!-- cli:begin -->\s*```sh\n([\s\S]*?)```\s*<!-- cli:end -->/.exec(readme)?.[1] ?? '';
    const inputs: Readonly<Record<string, string>> = {
      'pegawai.csv': 'examples/pegawai.csv',
      'pegawai.xlsx': 'docs/replikasi/pegawai.xlsx',
      'kinerja.csv': 'examples/kinerja-bulanan.csv',
      'unit.csv': 'examples/unit.csv',
      'libur.csv': 'examples/libur-daerah.csv',
    };
    const lines = block.split('\n').filter((l) => l.trim() !== '');

    it('has only npx kerja-dinamis-cli commands', () => {
      expect(lines.length).toBeGreaterThanOrEqual(4);
      for (const line of lines) expect(line.startsWith('npx kerja-dinamis-cli '), line).toBe(true);
    });

    for (const line of lines) {
      const command = line.replace(/#.*$/, '').trim();
      it(`runs: ${command}`, async () => {
        const dir = tempDir();
        const args = command.split(/\s+/).slice(2);
        const argv = args.map((a, i) => (['--out', '--html'].includes(args[i - 1] ?? '') ? join(dir, a) : (inputs[a] ?? a)));
        const r = await runCli(argv, { now: new Date('2026-02-02T03:00:00Z') });
        expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
      });
    }
  });
}
