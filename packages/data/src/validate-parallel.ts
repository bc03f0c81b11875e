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
}

/** What a worker sends back for one file: no `locate` (functions do not cross threads). */
export interface WorkerOutcome {
  incident?: Incident;
  diagnostics: Diagnostic[];
}

export async function validateInParallel(options: ParallelOptions): Promise<ValidationResult> {
  const plan = planValidation(options);
  if (!('paths' in plan)) return plan;
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), Math.floor(plan.paths.length / MIN_FILES_PER_WORKER)));
  const n = plan.paths.length;
  // Contiguous slices: this thread takes the first, each worker one of the rest.
  const bounds = Array.from({ length: threads + 1 }, (_, i) => Math.round((i * n) / threads));
  const workers = bounds.slice(1, -1).map((start, w) => runWorker(plan.paths.slice(start, bounds[w + 2]), plan.shown.slice(start, bounds[w + 2])));
  const own: FileOutcome[] = [];
  for (let i = 0; i < (bounds[1] ?? n); i++) own.push(checkPath(plan.paths[i] as string, plan.shown[i] as string));
  const outcomes = [...own];
  let at = bounds[1] ?? n;
  for (const batch of await Promise.all(workers)) {
    for (const o of batch) {
      const path = plan.paths[at] as string;
      const shown = plan.shown[at] as string;
      outcomes.push({
        diagnostics: o.diagnostics,
        // Rules ask for positions only on a finding: the file is read again then, and parsed with positions.
        record: o.incident && { file: shown, incident: o.incident, locate: lazyLocate(shown, () => decodeText(readFileSync(path))) },
      });
      at++;
    }
  }
  return finishValidation(plan, outcomes);
}

function runWorker(paths: string[], shown: string[]): Promise<WorkerOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-worker.mjs', import.meta.url), { workerData: { paths, shown } });
    worker.once('message', (outcomes: WorkerOutcome[]) => {
      resolve(outcomes);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker stopped with code ${code}`));
    });
  });
}
