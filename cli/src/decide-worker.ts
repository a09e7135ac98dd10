/**
 * A worker thread of `eligibility` or `roster` (`decide-pool.ts`): it gets the run's
 * setup once (`workerData`, a {@link WorkerSetup} or a {@link RosterWorkerSetup}), then
 * requests, and answers each with its result — for `eligibility` a batch's decisions
 * already written as lines of the output format and the problems of its rejected rows
 * (the work of {@link decideBatch}); for `roster` each unit's pieces of output and
 * rejected rows ({@link unitsAnswerer}) — off the thread that reads the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decideBatch } from './decide-batch';
import { restoreSetup, formatDecision, type BatchRequest, type WorkerSetup } from './decide-pool';
import { restoreRosterSetup, unitsAnswerer, type RosterWorkerSetup } from './roster-units';

const data = workerData as WorkerSetup | RosterWorkerSetup;

/** The answer to one request, without its id, and what is transferred with it. */
function answerer(): (request: never) => [object, ArrayBuffer[]] {
  if (data.task === 'roster') {
    return unitsAnswerer(restoreRosterSetup(data));
  }
  const setup = restoreSetup(data);
  const { format, lang } = data;
  return (request: BatchRequest) => {
    const counts = { ELIGIBLE: 0, NOT_ELIGIBLE: 0, INDETERMINATE: 0 };
    const result = decideBatch(setup, request.rows, (decision) => {
      counts[decision.status]++;
      return formatDecision(decision, format, lang);
    });
    return [{ lines: result.decisions, rejected: result.rejected, read: result.read, counts }, []];
  };
}

const answer = answerer();

parentPort!.on('message', (request: { readonly id: number }) => {
  let reply: object;
  let transfer: ArrayBuffer[] = [];
  try {
    const [result, buffers] = answer(request as never);
    reply = { id: request.id, ...result };
    transfer = buffers;
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
});
