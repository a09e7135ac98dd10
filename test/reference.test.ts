/**
 * The generated references of the documentation site (docs/reference/*.md) are up to
 * date, complete, and hold no code that would need to run.
 *
 * The pages are written by test/_helpers/reference.ts and committed, so that they read on
 * GitHub as on the site; `UPDATE_EXPECTED=1 npx vitest run test/reference.test.ts`
 * rewrites them (read the diff before committing). typedoc publishes them with the guides
 * (`projectDocuments` in typedoc.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeEn } from '../src/locales/en';
import { localeId } from '../src/locales/id';
import { POLICY_SETTINGS, PolicySchema, presets } from '../src/policy/index';
import { _shapeOf, type _Shape } from '../src/policy/shape';
import { REFERENCE_PAGES, findingReference, policyReference } from './_helpers/reference';

const ROOT = join(import.meta.dirname, '..');

const generated = { policy: policyReference(), findings: findingReference() };

/** The settings of a shape: paths down through objects; a list, a record or a value ends a path. */
function leavesOf(shape: _Shape, path: string[] = []): string[] {
  if (shape.kind !== 'object') return [path.join('.')];
  return [...shape.keys].flatMap(([key, child]) => leavesOf(child, [...path, key]));
}

const headings = (page: string, level: string): string[] =>
  page
    .split('\n')
    .filter((line) => line.startsWith(`${level} `))
    .map((line) => line.slice(level.length + 1));

describe('docs/reference', () => {
  for (const [name, path] of Object.entries(REFERENCE_PAGES) as [keyof typeof REFERENCE_PAGES, string][]) {
    it(`${path} is what test/_helpers/reference.ts writes (UPDATE_EXPECTED=1 rewrites it)`, () => {
      const file = join(ROOT, path);
      if (process.env['UPDATE_EXPECTED'] === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, generated[name]);
      }
      expect(readFileSync(file, 'utf8')).toBe(generated[name]);
    });

    it(`${path} holds no fenced code, so it has no example that would need to run`, () => {
      expect(generated[name]).not.toMatch(/^\s*(```|~~~)/m);
    });
  }

  it('the policy reference has one entry for every setting of PolicySchema, and a value for every preset', () => {
    const entries = headings(generated.policy, '###');
    expect(entries).toEqual(POLICY_SETTINGS.map((s) => s.path));
    for (const leaf of leavesOf(_shapeOf(PolicySchema))) {
      expect(entries.filter((e) => e === leaf || leaf.startsWith(`${e}.`)), leaf).toHaveLength(1);
    }
    for (const preset of presets) expect(generated.policy, preset.id).toContain(`| \`${preset.id}\` |`);
    expect(generated.policy).toContain('\\[D\\]');
  });

  it('the finding reference has one entry for every code of both catalogues, each with a sentence in both languages', () => {
    const codes = Object.keys(localeEn.messages).sort();
    expect(Object.keys(localeId.messages).sort()).toEqual(codes);
    expect(headings(generated.findings, '###').sort()).toEqual(codes);
    const sections = generated.findings.split('\n### ').slice(1);
    for (const section of sections) {
      expect(section, section.slice(0, 40)).toMatch(/\n {2}- id: \S/);
      expect(section, section.slice(0, 40)).toMatch(/\n {2}- en: \S/);
    }
  });
});
