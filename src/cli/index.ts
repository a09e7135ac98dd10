/**
 * The `kerja-dinamis` executable (`bin` in package.json → dist/cli/index.js). Node
 * only; the library never imports this folder. Everything is in `main`, which tests
 * call in-process.
 */
import { nodeIo } from './io';
import { main } from './main';

const io = nodeIo();
process.exitCode = await main(process.argv.slice(2), io);
