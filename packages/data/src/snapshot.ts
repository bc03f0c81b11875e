/**
 * A validated dataset handed from one process of a build to another, so that
 * the folder is validated once per build and not once per process. The build
 * script (apps/site/scripts/build.mjs) names a file in ATLAS_DATASET_SNAPSHOT;
 * the first process to validate the folder writes the records there, and the
 * next one reads them back when the folder is still the one that was
 * validated (same file names, sizes and times) on the same day. At 10,000
 * incidents reading takes about a twentieth of validating.
 *
 * Only a valid folder is ever written: a snapshot holds records, never
 * diagnostics, so a folder with a problem is validated, and refused, by every
 * process that loads it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Incident } from '@atlas/schema';
import { listIncidentFiles } from './validate.ts';

/** The folder's incident files by name, size and modification time: what changes when any file does. */
export function folderFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const path of listIncidentFiles(dir)) {
    const s = statSync(path);
    hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

interface Snapshot {
  key: string;
  incidents: Incident[];
}

/** The records of `file` when it was written for `key`; undefined when it is absent, unreadable or for another key. */
export function readSnapshot(file: string, key: string): Incident[] | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(readFileSync(file)) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.key === key && Array.isArray(snapshot.incidents) ? snapshot.incidents : undefined;
}

/** Writes the records for `key`, whole or not at all (a temporary file, then a rename). */
export function writeSnapshot(file: string, key: string, incidents: Incident[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize({ key, incidents } satisfies Snapshot));
  renameSync(temporary, file);
}
