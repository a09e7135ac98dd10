// Before `npm pack` / `npm publish`: the guides, the example files and the licence the
// command's help points to, copied from the repository into the package folder.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(cli, '..');
rmSync(join(cli, 'docs'), { recursive: true, force: true });
mkdirSync(join(cli, 'docs'), { recursive: true });
for (const guide of ['cli.md', 'replikasi.md', 'calendar.md', 'policy.md', 'glossary.md']) {
  // replikasi.md: the replication guide, when written.
  if (existsSync(join(root, 'docs', guide))) cpSync(join(root, 'docs', guide), join(cli, 'docs', guide), { force: true });
}
rmSync(join(cli, 'examples'), { recursive: true, force: true });
cpSync(join(root, 'examples'), join(cli, 'examples'), { recursive: true });
cpSync(join(root, 'LICENSE'), join(cli, 'LICENSE'));
