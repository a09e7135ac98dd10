// Before `npm pack` / `npm publish`: the guides, the example files and the licence the
// command's help points to, copied from the repository into the package folder.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(cli, '..');
rmSync(join(cli, 'docs'), { recursive: true, force: true });
mkdirSync(join(cli, 'docs'), { recursive: true });
// A guide that is missing stops the pack: the help points to every one of them.
for (const guide of ['cli.md', 'replikasi.md', 'calendar.md', 'policy.md', 'glossary.md']) {
  cpSync(join(root, 'docs', guide), join(cli, 'docs', guide), { force: true });
}
// The replication guide's files (policy, staff sheet, units, performance) and its expected results.
cpSync(join(root, 'docs', 'replikasi'), join(cli, 'docs', 'replikasi'), { recursive: true });
rmSync(join(cli, 'examples'), { recursive: true, force: true });
cpSync(join(root, 'examples'), join(cli, 'examples'), { recursive: true });
cpSync(join(root, 'LICENSE'), join(cli, 'LICENSE'));
