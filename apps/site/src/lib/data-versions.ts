/**
 * The files of /data/, /data/latest/ and /data/v/<version>/ (issue 17).
 * The current version comes from the dataset; older versions come from
 * `.data-releases/<version>/` at the repository root (git-ignored), which the
 * deploy workflow fills from the GitHub releases `data-<version>` before it
 * builds (docs/data-guidelines.md). A folder is copied only when its
 * datapackage.json names that version, so a mislabelled folder fails the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE, sqliteFile } from '@atlas/data';
import { repositoryRoot } from './paths.ts';
import { site } from './site.ts';

export type DataFile = string | Uint8Array;

const current = new WeakMap<object, Promise<Record<string, DataFile>>>();

/**
 * The current version's files: the text artifacts and the SQLite file, made
 * once per dataset for the three routes that serve them (/data/, /data/latest/,
 * /data/v/<version>/).
 */
export function currentDataFiles(): Promise<Record<string, DataFile>> {
  const model = site();
  let files = current.get(model);
  if (!files) {
    files = sqliteFile(model.dataset).then((bytes) => ({ ...model.downloads(), [SQLITE_FILE]: bytes }));
    current.set(model, files);
  }
  return files;
}

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
