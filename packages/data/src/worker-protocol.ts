/** What validate-parallel.ts and its workers (validate-worker.ts) say to each other. */
import type { Incident } from '@atlas/schema';
import type { Diagnostic } from './diagnostics.ts';

/** What a worker sends back for one file: no `locate` (functions do not cross threads). */
export interface WorkerOutcome {
  incident?: Incident;
  diagnostics: Diagnostic[];
}

/** What a worker is given: every path, and the shared state through which threads take files one at a time. */
export interface WorkerInput {
  paths: string[];
  shown: string[];
  today: string;
  /** Int32 slots: [0] the next file to take; [slot] this worker's door (OPEN, then ENTERED by the worker or CLOSED by the main thread). */
  shared: SharedArrayBuffer;
  slot: number;
}

/**
 * What a worker posts: the outcomes of the files it checked since its last
 * message, every BATCH files (so that the main thread takes them in while it
 * works), and `done` with its last ones.
 */
export interface WorkerMessage {
  outcomes: [number, WorkerOutcome][];
  done: boolean;
}

export const BATCH = 256;

export const DOOR = { OPEN: 0, ENTERED: 1, CLOSED: 2 } as const;
