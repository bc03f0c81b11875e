/**
 * Frozen versions (issue 17): a folder of .data-releases/<version>/ (filled by
 * the deploy workflow from GitHub release assets) is published at
 * /data/v/<version>/ beside the current version; a mislabelled folder fails.
 * Uses a fixture folder through ATLAS_DATA_RELEASES, never the real one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frozenReleases, frozenVersions } from '../../src/lib/data-versions.ts';
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

afterEach(() => {
  delete process.env.ATLAS_DATA_RELEASES;
});

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

  it('publishes the older version and the current one under /data/v/, and the current one under /data/latest/', async () => {
    process.env.ATLAS_DATA_RELEASES = fixture(OLD, OLD);
    const { getStaticPaths } = await import('../../src/pages/data/v/[version]/[file].ts');
    const paths = await getStaticPaths();
    const at = (version: string) => paths.filter((p) => p.params.version === version).map((p) => p.params.file).sort();
    expect(at(OLD)).toEqual(['atlas.sqlite', 'datapackage.json', 'figures.csv']);
    const current = at(site().version);
    expect(current).toEqual(
      ['atlas.sqlite', 'datapackage.json', 'figures.csv', 'incident.schema.json', 'incidents.csv', 'incidents.json', 'links.csv', 'outcomes.csv', 'sources.csv'],
    );
    const latest = await (await import('../../src/pages/data/latest/[file].ts')).getStaticPaths();
    const body = (file: string, list: { params: { file: string }; props: { body: unknown } }[]) => list.find((p) => p.params.file === file)?.props.body;
    const currentPaths = paths.filter((p) => p.params.version === site().version);
    expect(body('figures.csv', latest)).toBe(body('figures.csv', currentPaths));
    const pkg = JSON.parse(body('datapackage.json', currentPaths) as string);
    expect(pkg.version).toBe(site().version);
  });
});
