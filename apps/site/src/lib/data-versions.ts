/**
 * The files of /data/, /data/latest/ and /data/v/<version>/ (issue 17).
 * The current version comes from the dataset; older versions come from
 * `.data-releases/<version>/` at the repository root (git-ignored), which the
 * deploy workflow fills from the GitHub releases `data-<version>` before it
 * builds (docs/data-guidelines.md). A folder is copied only when its
 * datapackage.json names that version, so a mislabelled folder fails the build.
 * Plain Node: the pages (through lib/site.ts) and the build's sibling process
 * (the sitemap and the files themselves) both read it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE, sqliteFile } from '@atlas/data';
import { type DataVersion, versionDate } from '../model/changelog.ts';
import type { SiteModel } from '../model/site.ts';
import { repositoryRoot } from './paths.ts';

export type DataFile = string | Uint8Array;

/** Every frozen older version found in `dir` (default: <repository>/.data-releases), by version. */
export function frozenReleases(dir: string = process.env.ATLAS_DATA_RELEASES ?? join(repositoryRoot(), '.data-releases')): Map<string, Record<string, DataFile>> {
  const out = new Map<string, Record<string, DataFile>>();
  if (!existsSync(dir)) return out;
  for (const version of readdirSync(dir).sort()) {
    const folder = join(dir, version);
    if (!statSync(folder).isDirectory()) continue;
    if (!/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/.test(version)) throw new Error(`${folder}: not a dataset version name`);
    const pkgPath = join(folder, 'datapackage.json');
    if (!existsSync(pkgPath)) throw new Error(`${folder}: no datapackage.json`);
    const named = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version?: string }).version;
    if (named !== version) throw new Error(`${pkgPath}: names version ${named}, not ${version}`);
    const files: Record<string, DataFile> = {};
    for (const name of readdirSync(folder)) if (statSync(join(folder, name)).isFile()) files[name] = new Uint8Array(readFileSync(join(folder, name)));
    out.set(version, files);
  }
  return out;
}

/** The frozen older versions as the site model lists them: name, date, files and record count. */
export function frozenVersions(releases: Map<string, Record<string, DataFile>> = frozenReleases()): DataVersion[] {
  return [...releases].map(([version, files]) => ({
    version,
    date: versionDate(version),
    files: Object.keys(files).sort(),
    records: recordCount(files['incidents.json']),
    current: false,
  }));
}

/** The number of records in a frozen incidents.json, or undefined when it has none or cannot be read. */
function recordCount(file: DataFile | undefined): number | undefined {
  if (file === undefined) return undefined;
  try {
    const json = JSON.parse(typeof file === 'string' ? file : new TextDecoder().decode(file)) as { incidents?: unknown };
    return Array.isArray(json.incidents) ? json.incidents.length : undefined;
  } catch {
    return undefined;
  }
}

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  sqlite: 'application/vnd.sqlite3',
};

/** The response of one data file, with its content type. */
export function dataResponse(file: string, body: DataFile): Response {
  // A fresh Uint8Array is backed by a plain ArrayBuffer, which is what BodyInit accepts.
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
}

/**
 * Every data file of a build, by its path from the site root: data/<file>,
 * data/latest/<file> and data/v/<version>/<file> for the current version,
 * data/v/<version>/<file> for each frozen one. The build's sibling process
 * writes them (scripts/side-outputs.ts); under `astro dev` the routes of
 * src/pages/data/ serve the same bytes. Each current file is made when it is
 * reached, so a writer holds one at a time.
 */
export async function* dataFiles(model: SiteModel, frozen: Map<string, Record<string, DataFile>>): AsyncGenerator<[string, DataFile]> {
  const current = (file: string): string[] => [`data/${file}`, `data/latest/${file}`, `data/v/${model.version}/${file}`];
  for (const [file, make] of Object.entries(model.downloads())) {
    const body = make();
    for (const path of current(file)) yield [path, body];
  }
  const sqlite = await sqliteFile(model.dataset);
  for (const path of current(SQLITE_FILE)) yield [path, sqlite];
  for (const [version, files] of frozen) {
    // A frozen folder named like the current version is the current version: the dataset's files win.
    if (version === model.version) continue;
    for (const [file, body] of Object.entries(files)) yield [`data/v/${version}/${file}`, body];
  }
}

/** /incidents/<id>.json of every record, one at a time, by path from the site root. */
export function* incidentJsonFiles(model: SiteModel): Generator<[string, string]> {
  for (const { id } of model.dataset.incidents) yield [`incidents/${id}.json`, model.incidentJson(id)];
}
