/**
 * The site model of this build, for Astro's pages: the dataset is loaded once
 * and wrapped in a SiteModel (src/model/). A build fails with the validator's
 * full list (`file:line:col  field  message`) when any incident file is invalid.
 *
 * In `astro dev` the model is rebuilt when a file of the folder changes, and
 * invalid files are left out (src/integrations/incident-preview.ts prints
 * their diagnostics), so a contributor sees a new incident as soon as its YAML
 * is valid.
 */
import { DatasetError, folderFingerprint, loadDataset } from '@atlas/data';
import { todayUtc } from '@atlas/schema';
import type { DataVersion } from '../model/changelog.ts';
import { pageOf, type Route, SiteModel } from '../model/site.ts';
import { type DataFile, dataFiles, frozenReleases, frozenVersions } from './data-versions.ts';
import { incidentsDir } from './paths.ts';

let cached: { key: string; model: SiteModel } | undefined;

/**
 * True under `astro dev`. Vite's own DEV flag follows NODE_ENV, which a test
 * runner sets to "test" even around `astro build`; the mode follows the command.
 */
export const DEV_SERVER = import.meta.env.MODE === 'development';

/** The day of this build (UTC), the access date in citations. */
const today = todayUtc();

export function site(): SiteModel {
  // Every page asks: in a build the first answer stands, with no file-system call.
  if (cached && !DEV_SERVER) return cached.model;
  const { dir, root } = incidentsDir();
  const key = DEV_SERVER ? folderFingerprint(dir) : 'build';
  if (cached && cached.key === key) return cached.model;
  try {
    // In a build, scripts/build.mjs names a snapshot file that the sibling process shares: the folder is validated once.
    const { dataset } = loadDataset({ dir, cwd: root, strict: !DEV_SERVER, snapshot: process.env.ATLAS_DATASET_SNAPSHOT });
    cached = { key, model: new SiteModel(dataset, { today }) };
    return cached.model;
  } catch (error) {
    // Astro shortens long error messages; print the whole list first.
    if (error instanceof DatasetError) console.error(`\n${error.message}\n`);
    throw error;
  }
}


export { pageOf };

/** A model's routes as getStaticPaths returns them. */
export function staticPaths<V>(routes: readonly Route<V>[]): { params: Route<V>['params']; props: Route<V>['props'] }[] {
  return routes.map(({ params, props }) => ({ params, props }));
}

const published = new WeakMap<SiteModel, Promise<[string, DataFile][]>>();

/**
 * The data files of this build (lib/data-versions.ts dataFiles) whose path
 * from the site root matches `pattern`, as getStaticPaths returns them: made
 * once per dataset, for the routes that serve them under `astro dev` (in a
 * build the sibling process writes the same list).
 */
export async function devDataFiles<P extends Record<string, string>>(pattern: RegExp): Promise<{ params: P; props: { body: DataFile } }[]> {
  const model = site();
  let files = published.get(model);
  if (!files) {
    files = (async () => {
      const all: [string, DataFile][] = [];
      for await (const entry of dataFiles(model, frozenFiles())) all.push(entry);
      return all;
    })();
    published.set(model, files);
  }
  return (await files).flatMap(([path, body]) => {
    const match = pattern.exec(path);
    return match?.groups ? [{ params: match.groups as P, props: { body } }] : [];
  });
}

let releases: Map<string, Record<string, DataFile>> | undefined;

/** The frozen older versions' files (.data-releases/), read once per build. */
export function frozenFiles(): Map<string, Record<string, DataFile>> {
  releases ??= frozenReleases();
  return releases;
}

let frozenList: DataVersion[] | undefined;

/** The frozen older versions, as the versions and changelog pages list them: one list per build, so the model's caches hold. */
export function frozen(): DataVersion[] {
  frozenList ??= frozenVersions(frozenFiles());
  return frozenList;
}
