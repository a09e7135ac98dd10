/**
 * The `kerja-dinamis` executable (`bin` in package.json → dist/cli/index.js). Node
 * only; the library never imports this folder. Everything is in `main`, which tests
 * call in-process.
 */
import { nodeIo } from './io';
import { main } from './main';

// `kerja-dinamis eligibility big.csv | head`: the reader went away; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const io = nodeIo();
process.exitCode = await main(process.argv.slice(2), io);
