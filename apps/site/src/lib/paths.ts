/**
 * Where the incident files are, for the pages and for the build's sibling
 * process alike: ATLAS_CONTENT_DIR when set (benchmarks, contributor tests),
 * else content/incidents of the repository that holds the working folder.
 * Found from the working folder, not from this file's location, because Vite
 * bundles this file into the build's chunks.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above `from` that holds content/incidents/. */
export function repositoryRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'incidents'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no content/incidents/ folder in ${from} or above it: run from the repository, or set ATLAS_CONTENT_DIR`);
  }
}

/** The incident folder and the root its file names are shown relative to. */
export function incidentsDir(): { dir: string; root: string } {
  const env = process.env.ATLAS_CONTENT_DIR;
  if (env) {
    // An empty dataset would publish an empty site without a word: refuse a missing folder.
    if (!existsSync(env)) throw new Error(`the incident folder does not exist: ${env} (check ATLAS_CONTENT_DIR)`);
    return { dir: resolve(env), root: process.cwd() };
  }
  const root = repositoryRoot();
  return { dir: join(root, 'content', 'incidents'), root };
}
