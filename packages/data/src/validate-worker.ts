/** Checks the files a validation worker was given and posts one outcome per file, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPath } from './validate.ts';
import type { WorkerOutcome } from './validate-parallel.ts';

const { paths, shown } = workerData as { paths: string[]; shown: string[] };
const outcomes: WorkerOutcome[] = paths.map((path, i) => {
  const { record, diagnostics } = checkPath(path, shown[i] as string);
  return record ? { incident: record.incident, diagnostics } : { diagnostics };
});
parentPort?.postMessage(outcomes);
