import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in packages/data/src. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The folder of incident files: ATLAS_CONTENT_DIR when set (benchmarks, tests), else content/incidents
 * under `root`. A bundler that moves this file (Vite in the site) must pass the real root.
 */
export function contentDir(root: string = repoRoot): string {
  return process.env.ATLAS_CONTENT_DIR ?? join(root, 'content/incidents');
}
