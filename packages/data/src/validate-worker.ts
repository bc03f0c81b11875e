/**
 * A validation worker's entry. validate-parallel.ts bundles it with esbuild into
 * one script, with which a worker thread is ready in about 0.25 s (through tsx, 0.7–1 s).
 * It takes files from the shared counter once its door is open, and posts
 * [index, outcome] for each file it checked, BATCH files at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BATCH, DOOR, type WorkerInput, type WorkerMessage, type WorkerOutcome } from './worker-protocol.ts';
import { checkPath } from './validate.ts';

const { paths, shown, today, shared, slot } = workerData as WorkerInput;
const state = new Int32Array(shared);
let outcomes: [number, WorkerOutcome][] = [];
const post = (done: boolean) => {
  parentPort?.postMessage({ outcomes, done } satisfies WorkerMessage);
  outcomes = [];
};
if (Atomics.compareExchange(state, slot, DOOR.OPEN, DOOR.ENTERED) === DOOR.OPEN) {
  Atomics.notify(state, slot);
  for (let i = Atomics.add(state, 0, 1); i < paths.length; i = Atomics.add(state, 0, 1)) {
    const { record, diagnostics } = checkPath(paths[i] as string, shown[i] as string, today);
    outcomes.push([i, record ? { incident: record.incident, diagnostics } : { diagnostics }]);
    if (outcomes.length === BATCH) post(false);
  }
}
post(true);
