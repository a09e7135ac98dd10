import fc from 'fast-check';

// A failing property prints its seed; FC_SEED=<seed> npm test replays it.
// FC_NUM_RUNS raises or lowers the number of generated cases.
const seed = process.env['FC_SEED'];
const numRuns = process.env['FC_NUM_RUNS'];
fc.configureGlobal({
  ...(seed !== undefined ? { seed: Number(seed) } : {}),
  ...(numRuns !== undefined ? { numRuns: Number(numRuns) } : {}),
});
