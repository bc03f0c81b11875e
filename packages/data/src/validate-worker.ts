/** Takes files from the shared counter, once its door is open, and posts [index, outcome] for each file it checked. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPath } from './validate.ts';
import { DOOR, type WorkerInput, type WorkerOutcome } from './validate-parallel.ts';

const { paths, shown, shared, slot } = workerData as WorkerInput;
const state = new Int32Array(shared);
const outcomes: [number, WorkerOutcome][] = [];
if (Atomics.compareExchange(state, slot, DOOR.OPEN, DOOR.ENTERED) === DOOR.OPEN) {
  Atomics.notify(state, slot);
  for (let i = Atomics.add(state, 0, 1); i < paths.length; i = Atomics.add(state, 0, 1)) {
    const { record, diagnostics } = checkPath(paths[i] as string, shown[i] as string);
    outcomes.push([i, record ? { incident: record.incident, diagnostics } : { diagnostics }]);
  }
}
parentPort?.postMessage(outcomes);
