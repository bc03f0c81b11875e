/**
 * The same validation as `validate()`, with the reading, YAML parsing and
 * schema check of the files shared between this thread and worker threads;
 * the cross-file rules then run here, on every record, as before. The result
 * is the same, record for record and diagnostic for diagnostic (test/parallel.test.ts).
 *
 * For plain Node processes (the CLIs, the benchmark, the build's side process):
 * the worker is started from a file next to this one, so this module is not
 * for code that a bundler rewrites (the site's pages use `loadDataset`).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Incident } from '@atlas/schema';
import type { Diagnostic } from './diagnostics.ts';
import { checkPath, type FileOutcome, finishValidation, planValidation, type ValidateOptions, type ValidationResult } from './validate.ts';
import { decodeText, lazyLocate } from './yaml-file.ts';

/** Below this many files a worker's start-up costs more than it saves. */
const MIN_FILES_PER_WORKER = 500;

export interface ParallelOptions extends ValidateOptions {
  /** Threads to use, this one included (default: the machine's available parallelism, at most 4). */
  threads?: number;
  /**
   * Let this thread start only once every worker is ready, so that workers
   * surely check some files (for tests). By default this thread starts at once
   * and a worker joins when it is ready, which is sooner on a large folder.
   */
  waitForWorkers?: boolean;
}

/** What a worker sends back for one file: no `locate` (functions do not cross threads). */
export interface WorkerOutcome {
  incident?: Incident;
  diagnostics: Diagnostic[];
}

/** What a worker is given: every path, and the shared state through which threads take files one at a time. */
export interface WorkerInput {
  paths: string[];
  shown: string[];
  /** Int32 slots: [0] the next file to take; [slot] this worker's door (OPEN, then ENTERED by the worker or CLOSED by this thread). */
  shared: SharedArrayBuffer;
  slot: number;
}

export const DOOR = { OPEN: 0, ENTERED: 1, CLOSED: 2 } as const;

/**
 * Files are taken one at a time from a shared counter, by this thread from the
 * start and by each worker once it has loaded (about 0.7 s: tsx, zod and the
 * YAML parsers). So the threads finish together whatever a worker's start-up
 * costs. When this thread runs out of files, a worker that has not begun is
 * shut out and stopped, and is not waited for.
 */
export async function validateInParallel(options: ParallelOptions): Promise<ValidationResult> {
  const plan = planValidation(options);
  if (!('paths' in plan)) return plan;
  const n = plan.paths.length;
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), Math.floor(n / MIN_FILES_PER_WORKER)));
  const shared = new SharedArrayBuffer(4 * threads);
  const state = new Int32Array(shared);
  const workers = Array.from({ length: threads - 1 }, (_, w) => startWorker({ paths: plan.paths, shown: plan.shown, shared, slot: w + 1 }));
  if (options.waitForWorkers) {
    // At most 30 s: a worker that failed to load never enters, and is then shut out below like a late one.
    const until = Date.now() + 30_000;
    for (let slot = 1; slot < threads; slot++) {
      while (Atomics.load(state, slot) === DOOR.OPEN && Date.now() < until) Atomics.wait(state, slot, DOOR.OPEN, 50);
    }
  }
  const outcomes: FileOutcome[] = new Array(n);
  for (let i = Atomics.add(state, 0, 1); i < n; i = Atomics.add(state, 0, 1)) outcomes[i] = checkPath(plan.paths[i] as string, plan.shown[i] as string);
  for (const [w, worker] of workers.entries()) {
    if (Atomics.compareExchange(state, w + 1, DOOR.OPEN, DOOR.CLOSED) === DOOR.OPEN) {
      // It never began, and now never will: every file is taken.
      worker.stop();
      continue;
    }
    for (const [i, o] of await worker.outcomes) {
      const path = plan.paths[i] as string;
      const shown = plan.shown[i] as string;
      outcomes[i] = {
        diagnostics: o.diagnostics,
        // Rules ask for positions only on a finding: the file is read again then, and parsed with positions.
        record: o.incident && { file: shown, incident: o.incident, locate: lazyLocate(shown, () => decodeText(readFileSync(path))) },
      };
    }
  }
  return finishValidation(plan, outcomes);
}

function startWorker(input: WorkerInput): { outcomes: Promise<[number, WorkerOutcome][]>; stop: () => void } {
  const worker = new Worker(new URL('./validate-worker.mjs', import.meta.url), { workerData: input });
  let stopped = false;
  const outcomes = new Promise<[number, WorkerOutcome][]>((resolve, reject) => {
    worker.once('message', (message: [number, WorkerOutcome][]) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && !stopped) reject(new Error(`validation worker stopped with code ${code}`));
    });
  });
  return {
    outcomes,
    stop: () => {
      stopped = true;
      outcomes.catch(() => {});
      void worker.terminate();
    },
  };
}
