/**
 * The `kerja-dinamis` executable (`bin` in cli/package.json → cli/dist/index.js). Node
 * only; the library never imports this folder. Everything is in `main`, which tests
 * call in-process.
 */
import { nodeIo, removePendingTemps } from './io';
import { main } from './main';

// `kerja-dinamis eligibility big.csv | head`: the reader went away; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Ctrl-C or a kill: no temporary output file is left behind, and any earlier file stays.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    removePendingTemps();
    process.exit(code);
  });
}

const io = nodeIo();
process.exitCode = await main(process.argv.slice(2), io);
