/**
 * The dataset, loaded once per build. A build fails with the validator's full
 * list (`file:line:col  field  message`) when any incident file is invalid.
 *
 * In `astro dev` the folder is watched (see astro.config.ts): the dataset is
 * reloaded when a file changes, and invalid files are left out with their
 * diagnostics printed instead of stopping the server, so a contributor sees a
 * new incident as soon as its YAML is valid.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, type Dataset, DatasetError, loadDataset, repoRoot } from '@atlas/data';

/**
 * Vite's `import.meta.env` inside Astro; absent when the build's side process
 * (scripts/side-outputs.ts) runs these modules under plain Node with tsx.
 */
const viteEnv = typeof import.meta.env === 'object' ? import.meta.env : undefined;

/**
 * The repository root, defined by astro.config.ts. @atlas/data's own
 * `repoRoot` is computed from its file location, which is wrong once Vite has
 * bundled it into dist/chunks/, but right when the modules run unbundled.
 */
export const REPO_ROOT: string = viteEnv ? import.meta.env.ATLAS_REPO_ROOT : repoRoot;

/** content/incidents, or ATLAS_CONTENT_DIR when set (benchmarks, contributor tests), read at call time. */
export function incidentsDir(): string {
  return contentDir(REPO_ROOT);
}

let cached: { key: string; dataset: Dataset } | undefined;

/** A cheap fingerprint of the folder (names, sizes and times), so dev reloads only on change. */
function fingerprint(dir: string): string {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => {
        const s = statSync(join(dir, f));
        return `${f}:${s.size}:${s.mtimeMs}`;
      })
      .join('|');
  } catch {
    return 'missing';
  }
}

export function getDataset(): Dataset {
  // Every component of every page asks: in a build the first answer stands, with no file-system call.
  if (cached && cached.key === 'build') return cached.dataset;
  const dir = incidentsDir();
  // An empty dataset would publish an empty site without a word: refuse a missing folder.
  if (!existsSync(dir)) throw new Error(`the incident folder does not exist: ${dir} (check ATLAS_CONTENT_DIR)`);
  const dev = viteEnv?.DEV === true;
  const key = dev ? fingerprint(dir) : 'build';
  if (cached && cached.key === key) return cached.dataset;
  try {
    const { dataset } = loadDataset({ dir, cwd: REPO_ROOT, strict: !dev });
    cached = { key, dataset };
    // For the sitemap filter in astro.config.ts, which runs in the same process but another module graph.
    (globalThis as { __atlasMergedIds?: Set<string> }).__atlasMergedIds = new Set(
      dataset.incidents.filter((i) => i.status === 'merged').map((i) => i.id),
    );
    return dataset;
  } catch (error) {
    if (error instanceof DatasetError) {
      // Astro shortens long error messages; print the whole list first.
      console.error(`\n${error.message}\n`);
    }
    throw error;
  }
}

/** The day of this build (UTC), used as the access date in citations. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);
