/**
 * The same validation as `validate()`, with the reading, YAML parsing, schema
 * check and rules of one record shared between this thread and worker threads;
 * the rules across records then run here. The result is the same, record for
 * record and diagnostic for diagnostic (test/parallel.test.ts).
 *
 * For plain Node processes (the CLIs, the benchmark, the build's side process):
 * the worker's script is bundled from the TypeScript source next to this
 * module, so this module is not for code that a bundler rewrites (the site's
 * pages use `loadDataset`).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkPath, type FileOutcome, finishValidation, planValidation, type ValidateOptions, type ValidationResult } from './validate.ts';
import { DOOR, type WorkerInput, type WorkerMessage, type WorkerOutcome } from './worker-protocol.ts';
import { bundledScript } from './worker-script.ts';
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
  /** Told how many files each thread checked, this one first (for tests and the benchmark). */
  onShares?: (files: number[]) => void;
}

let script: Promise<string | undefined> | undefined;

/**
 * The worker's script (worker-script.ts), once per process; the cache is under
 * node_modules/.cache. Undefined if bundling fails: this thread then checks
 * every file, with the same result.
 */
function workerScript(): Promise<string | undefined> {
  script ??= bundledScript(
    fileURLToPath(new URL('./validate-worker.ts', import.meta.url)),
    fileURLToPath(new URL('../node_modules/.cache/atlas-data/validate-worker.json', import.meta.url)),
  ).then(
    (bundle) => bundle.script,
    (e: unknown) => {
      process.emitWarning(`validation stays on one thread: the worker could not be bundled (${(e as Error).message})`);
      return undefined;
    },
  );
  return script;
}

/**
 * Files are taken one at a time from a shared counter, by this thread from the
 * start and by each worker once it has started. So the threads finish together
 * whatever a worker's start-up costs. Every few files this thread lets in what
 * has arrived: the worker's script, and the outcomes workers post as they go.
 * When this thread runs out of files, a worker that has not begun is shut out
 * and stopped, and is not waited for.
 */
export async function validateInParallel(options: ParallelOptions): Promise<ValidationResult> {
  const plan = planValidation(options);
  if (!('paths' in plan)) return plan;
  const n = plan.paths.length;
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), Math.floor(n / MIN_FILES_PER_WORKER)));
  const shared = new SharedArrayBuffer(4 * threads);
  const state = new Int32Array(shared);
  const outcomes: FileOutcome[] = new Array(n);
  const receive = ([i, o]: [number, WorkerOutcome]) => {
    const path = plan.paths[i] as string;
    const shown = plan.shown[i] as string;
    outcomes[i] = {
      diagnostics: o.diagnostics,
      // The rules across records ask for positions only on a finding: the file is read again then, and parsed with positions.
      record: o.incident && { file: shown, incident: o.incident, locate: lazyLocate(shown, () => decodeText(readFileSync(path))) },
    };
  };
  const workers: Started[] = [];
  // Until every file is taken, a script that arrives starts the workers.
  let open = true;
  const started =
    threads > 1
      ? workerScript().then((code) => {
          if (!code || !open) return;
          for (let slot = 1; slot < threads; slot++) {
            workers.push(startWorker(code, { paths: plan.paths, shown: plan.shown, today: plan.today, shared, slot }, receive));
          }
        })
      : undefined;
  if (options.waitForWorkers && started) {
    await started;
    // At most 30 s: a worker that failed to load never enters, and is then shut out below like a late one.
    const until = Date.now() + 30_000;
    for (let slot = 1; slot <= workers.length; slot++) {
      while (Atomics.load(state, slot) === DOOR.OPEN && Date.now() < until) Atomics.wait(state, slot, DOOR.OPEN, 50);
    }
  }
  let mine = 0;
  for (let i = Atomics.add(state, 0, 1); i < n; i = Atomics.add(state, 0, 1)) {
    outcomes[i] = checkPath(plan.paths[i] as string, plan.shown[i] as string, plan.today);
    if (++mine % 32 === 0 && started) await new Promise(setImmediate);
  }
  open = false;
  const shares = [mine];
  for (const [w, worker] of workers.entries()) {
    if (Atomics.compareExchange(state, w + 1, DOOR.OPEN, DOOR.CLOSED) === DOOR.OPEN) {
      // It never began, and now never will.
      worker.stop();
      shares.push(0);
    } else shares.push(await worker.done);
  }
  options.onShares?.(shares);
  return finishValidation(plan, outcomes);
}

interface Started {
  /** Resolves with the number of files the worker checked, once all their outcomes are in. */
  done: Promise<number>;
  stop: () => void;
}

function startWorker(code: string, input: WorkerInput, receive: (outcome: [number, WorkerOutcome]) => void): Started {
  const worker = new Worker(code, { eval: true, workerData: input });
  let stopped = false;
  let checked = 0;
  const done = new Promise<number>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      for (const outcome of message.outcomes) receive(outcome);
      checked += message.outcomes.length;
      if (message.done) {
        resolve(checked);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && !stopped) reject(new Error(`validation worker stopped with code ${code}`));
    });
  });
  return {
    done,
    stop: () => {
      stopped = true;
      done.catch(() => {});
      void worker.terminate();
    },
  };
}
