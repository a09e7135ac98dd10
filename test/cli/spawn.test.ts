import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './_run';

// The one test that runs the built executable (everything else calls main() in-process).
const cli = join(ROOT, 'dist', 'cli', 'index.js');

describe('the built kerja-dinamis executable', () => {
  beforeAll(() => {
    if (!existsSync(cli)) execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  }, 120_000);

  it('prints its help and exits 0', () => {
    const r = spawnSync(process.execPath, [cli, '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('kerja-dinamis — ')).toBe(true);
    expect(r.stderr).toBe('');
  });
});
