import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..');
const ROOT = join(CLI, '..');
const SRC = join(CLI, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every import of a file: the specifier and the names it brings. */
function importsOf(file: string): { specifier: string; names: string[] }[] {
  const text = readFileSync(file, 'utf8');
  // Statements at the start of a line (an import shown in a doc comment is not one).
  return [...text.matchAll(/^(?:import|export)\s+(?:type\s+)?(?:\{([^}]*)\}|[\w*\s]+)\s+from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)].map((m) => ({
    specifier: m[2] ?? m[3]!,
    names: (m[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!).filter((n) => n !== ''),
  }));
}

const library = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; exports: Record<string, unknown> };
const cli = JSON.parse(readFileSync(join(CLI, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const publicSubpaths = new Set(Object.keys(library.exports).map((k) => k.replace(/^\./, 'kerja-dinamis')));

describe('the command line is a client of the library', () => {
  const sources = files(SRC);

  it.each(sources.map((f) => [relative(CLI, f), f] as const))('%s imports only the library\'s public exports, its own files, Node and its dependencies', (_name, file) => {
    for (const { specifier, names } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        expect(target.startsWith(SRC), `${specifier} leaves cli/src`).toBe(true);
      } else if (specifier.startsWith('kerja-dinamis')) {
        expect(publicSubpaths.has(specifier), `${specifier} is not a public subpath`).toBe(true);
        for (const name of names) expect(name.startsWith('_'), `${name} is internal`).toBe(false);
      } else if (!specifier.startsWith('node:')) {
        expect(Object.keys(cli.dependencies), `${specifier} is not a dependency`).toContain(specifier.split('/')[0]);
      }
    }
  });

  it.each(files(join(CLI, 'test')).map((f) => [relative(CLI, f), f] as const))('%s reaches the library only through its public exports', (_name, file) => {
    for (const { specifier, names } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        // Its own sources and helpers, or the library's shared test generators (never its sources).
        const target = resolve(dirname(file), specifier);
        expect(target.startsWith(CLI) || target.startsWith(join(ROOT, 'test', 'arbitraries')), `${specifier} reaches into the library`).toBe(true);
      } else if (specifier.startsWith('kerja-dinamis')) {
        expect(publicSubpaths.has(specifier), `${specifier} is not a public subpath`).toBe(true);
        for (const name of names) expect(name.startsWith('_'), `${name} is internal`).toBe(false);
      }
    }
  });

  it('depends on the library by a version range the workspace resolves', () => {
    expect(cli.dependencies['kerja-dinamis']).toMatch(/^\^\d+\.\d+\.\d+/);
  });
});

describe('the library package', () => {
  it('depends on zod and nothing else', () => {
    expect(Object.keys(library.dependencies)).toEqual(['zod']);
  });

  it('never imports the command line or a Node built-in', () => {
    for (const file of files(join(ROOT, 'src'))) {
      for (const { specifier } of importsOf(file)) {
        expect(specifier.startsWith('node:') || specifier.includes('/cli'), `${relative(ROOT, file)}: ${specifier}`).toBe(false);
        if (!specifier.startsWith('.')) expect(specifier === 'zod' || specifier.startsWith('zod/'), `${relative(ROOT, file)}: ${specifier}`).toBe(true);
      }
    }
  });
});
