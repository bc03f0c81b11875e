import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in packages/data/src. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The folder of incident files: ATLAS_CONTENT_DIR when set (benchmarks, tests), else content/incidents. */
export function contentDir(): string {
  return process.env.ATLAS_CONTENT_DIR ?? `${repoRoot}content/incidents`;
}
