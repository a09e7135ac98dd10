/**
 * A worker thread of `eligibility` (`decide-pool.ts`): it gets the run's setup once
 * (`workerData`, a {@link WorkerSetup}), then batches of rows, and answers each batch
 * with its decisions already written as lines of the output format, and the problems of
 * its rejected rows — the work of {@link decideBatch}, off the thread that reads the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decideBatch } from './decide-batch';
import { restoreSetup, formatDecision, type BatchReply, type BatchRequest, type WorkerSetup } from './decide-pool';

const data = workerData as WorkerSetup;
const setup = restoreSetup(data);

parentPort!.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    const counts = { ELIGIBLE: 0, NOT_ELIGIBLE: 0, INDETERMINATE: 0 };
    const result = decideBatch(setup, request.rows, (decision) => {
      counts[decision.status]++;
      return formatDecision(decision, data.format, data.lang);
    });
    reply = { id: request.id, lines: result.decisions, rejected: result.rejected, read: result.read, counts };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
