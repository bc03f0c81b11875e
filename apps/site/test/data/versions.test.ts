/**
 * Frozen versions (issue 17): a folder of .data-releases/<version>/ (filled by
 * the deploy workflow from GitHub release assets) is published at
 * /data/v/<version>/ beside the current version; a mislabelled folder fails.
 * The list of data files is the one the build's sibling writes (and the
 * routes of src/pages/data/ serve under `astro dev`).
 * Uses fixture folders, never the real one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DataFile, dataFiles, frozenReleases, frozenVersions, incidentJsonFiles } from '../../src/lib/data-versions.ts';
import { site } from '../../src/lib/site.ts';

const OLD = '2026-01-15.0123abcd';

function fixture(version: string, named: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-releases-'));
  mkdirSync(join(dir, version));
  writeFileSync(join(dir, version, 'datapackage.json'), JSON.stringify({ name: 'patient-privacy-atlas', version: named }));
  writeFileSync(join(dir, version, 'figures.csv'), 'incident_id,figure_id\r\nold-record,f1\r\n');
  writeFileSync(join(dir, version, 'atlas.sqlite'), Buffer.from([0x53, 0x51, 0x4c, 0x00, 0xff]));
  return dir;
}

describe('frozen dataset versions', () => {
  it('reads an older version folder byte for byte', () => {
    const versions = frozenReleases(fixture(OLD, OLD));
    const files = versions.get(OLD);
    expect(Object.keys(files ?? {}).sort()).toEqual(['atlas.sqlite', 'datapackage.json', 'figures.csv']);
    expect(Buffer.from(files?.['atlas.sqlite'] as Uint8Array)).toEqual(Buffer.from([0x53, 0x51, 0x4c, 0x00, 0xff]));
  });

  it('refuses a folder whose datapackage.json names another version', () => {
    expect(() => frozenReleases(fixture(OLD, '2026-02-01.ffffffff'))).toThrow(/names version 2026-02-01.ffffffff, not 2026-01-15.0123abcd/);
  });

  it('lists an older version with its date, files and the number of records its incidents.json holds', () => {
    const dir = fixture(OLD, OLD);
    writeFileSync(join(dir, OLD, 'incidents.json'), JSON.stringify({ schema_version: 2, incidents: [{ id: 'a' }, { id: 'b' }] }));
    expect(frozenVersions(frozenReleases(dir))).toEqual([
      { version: OLD, date: '2026-01-15', files: ['atlas.sqlite', 'datapackage.json', 'figures.csv', 'incidents.json'], records: 2, current: false },
    ]);
    // Without an incidents.json the count is unknown, not zero.
    expect(frozenVersions(frozenReleases(fixture(OLD, OLD)))[0]?.records).toBeUndefined();
  });

  it('has no older version when the folder is absent (local builds and CI)', () => {
    expect(frozenReleases(join(tmpdir(), 'atlas-no-such-folder')).size).toBe(0);
  });

  it('publishes the older version and the current one under /data/v/, and the current one under /data/ and /data/latest/', async () => {
    const model = site();
    const files = new Map<string, DataFile>();
    for await (const [path, body] of dataFiles(model, frozenReleases(fixture(OLD, OLD)))) {
      expect(files.has(path), `${path} once`).toBe(false);
      files.set(path, body);
    }
    const under = (prefix: string) => [...files.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length)).sort();
    expect(under(`data/v/${OLD}/`)).toEqual(['atlas.sqlite', 'datapackage.json', 'figures.csv']);
    const current = ['atlas.sqlite', 'datapackage.json', 'figures.csv', 'incident.schema.json', 'incidents.csv', 'incidents.json', 'links.csv', 'outcomes.csv', 'sources.csv'];
    expect(under(`data/v/${model.version}/`)).toEqual(current);
    expect(under('data/latest/')).toEqual(current);
    expect(under('data/')).toEqual(current);
    for (const file of current) {
      expect(files.get(`data/latest/${file}`), file).toBe(files.get(`data/v/${model.version}/${file}`));
      expect(files.get(`data/${file}`), file).toBe(files.get(`data/v/${model.version}/${file}`));
    }
    expect(JSON.parse(files.get(`data/v/${model.version}/datapackage.json`) as string).version).toBe(model.version);
    expect(files.get(`data/v/${OLD}/figures.csv`)).toEqual(new TextEncoder().encode('incident_id,figure_id\r\nold-record,f1\r\n'));
  });

  it('writes one JSON file per record, the record with the dataset metadata', () => {
    const model = site();
    const files = [...incidentJsonFiles(model)];
    expect(files.map(([path]) => path)).toEqual(model.dataset.incidents.map((i) => `incidents/${i.id}.json`));
    const [path, body] = files[0] as [string, string];
    expect(JSON.parse(body).incident.id).toBe(path.slice('incidents/'.length, -'.json'.length));
  });
});
