/**
 * The build's dataset snapshot (src/snapshot.ts): the first strict load of a
 * folder writes the validated records, the next load of the same folder on the
 * same day reads them, and anything else validates the folder again.
 */
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../src/dataset.ts';
import { edit, SEEDS, seedFolder, seedText, TODAY, write } from './helpers.ts';

let made = 0;
const snapshotFile = () => join(tmpdir(), `atlas-snapshot-${process.pid}-${++made}`);

/** Rewrites the snapshot's records with another title for the first one, keeping its key: a later load that shows this title read the snapshot. */
function plantTitle(file: string, title: string): void {
  const saved = deserialize(readFileSync(file)) as { key: string; incidents: { title: { en: string } }[] };
  (saved.incidents[0] as { title: { en: string } }).title.en = title;
  writeFileSync(file, serialize(saved));
}

describe('dataset snapshot', () => {
  it('writes the validated records on the first load and reads them on the next', () => {
    const dir = seedFolder();
    const snapshot = snapshotFile();
    const first = loadDataset({ dir, today: TODAY, snapshot }).dataset;
    expect(existsSync(snapshot)).toBe(true);
    plantTitle(snapshot, 'Read from the snapshot');
    const second = loadDataset({ dir, today: TODAY, snapshot }).dataset;
    expect(second.incidents.map((i) => i.id)).toEqual(first.incidents.map((i) => i.id));
    expect(second.incidents.some((i) => i.title.en === 'Read from the snapshot')).toBe(true);
  });

  it('validates again when a file changed, or on another day', () => {
    const dir = seedFolder();
    const snapshot = snapshotFile();
    loadDataset({ dir, today: TODAY, snapshot });
    plantTitle(snapshot, 'Stale');
    expect(loadDataset({ dir, today: '2026-12-03', snapshot }).dataset.incidents.some((i) => i.title.en === 'Stale')).toBe(false);
    plantTitle(snapshot, 'Stale');
    const file = join(dir, SEEDS[0]);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(loadDataset({ dir, today: TODAY, snapshot }).dataset.incidents.some((i) => i.title.en === 'Stale')).toBe(false);
  });

  it('never holds a folder with a problem: every load refuses it with the full list', () => {
    const dir = seedFolder();
    const snapshot = snapshotFile();
    write(dir, SEEDS[0], edit(seedText(SEEDS[0]), /^id: .*$/m, 'id: Not A Slug'));
    expect(() => loadDataset({ dir, today: TODAY, snapshot })).toThrow(DatasetError);
    expect(existsSync(snapshot)).toBe(false);
    expect(() => loadDataset({ dir, today: TODAY, snapshot })).toThrow(DatasetError);
  });

  it('is neither read nor written by a lenient load, which reports diagnostics', () => {
    const dir = seedFolder();
    const snapshot = snapshotFile();
    const { diagnostics } = loadDataset({ dir, today: TODAY, snapshot, strict: false });
    expect(diagnostics).toEqual([]);
    expect(existsSync(snapshot)).toBe(false);
  });

  it('ignores a file that is not a snapshot', () => {
    const dir = seedFolder();
    const snapshot = join(tmpdir(), `atlas-not-a-snapshot-${process.pid}`);
    writeFileSync(snapshot, 'not v8 data');
    expect(loadDataset({ dir, today: TODAY, snapshot }).dataset.incidents).toHaveLength(SEEDS.length);
  });
});
