/**
 * npm run build -w @atlas/data: validates content/incidents and writes the
 * published artifacts to packages/data/dist/. Any problem fails the build
 * with every diagnostic listed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetError, datasetOf } from '../dataset.ts';
import { artifacts } from '../export.ts';
import { contentDir, repoRoot } from '../paths.ts';
import { SQLITE_FILE, sqliteFile } from '../sqlite.ts';
import { validateInParallel } from '../validate-parallel.ts';

const out = fileURLToPath(new URL('../../dist/', import.meta.url));

try {
  const started = performance.now();
  // Both cores: a large folder is shared with a worker thread (validate-parallel.ts).
  const { dataset } = datasetOf(await validateInParallel({ dir: contentDir(), cwd: repoRoot }));
  const files = artifacts(dataset);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  writeFileSync(join(out, SQLITE_FILE), await sqliteFile(dataset));
  const { incidentCount, figureCount, sourceCount, version } = dataset.info;
  console.log(
    `@atlas/data: ${incidentCount} incidents, ${figureCount} figures, ${sourceCount} sources (version ${version}) in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(`@atlas/data: wrote ${relative(repoRoot, out)}/{${[...Object.keys(files), SQLITE_FILE].join(',')}}`);
} catch (e) {
  if (e instanceof DatasetError) console.error(e.message);
  else console.error(`@atlas/data: internal error: ${(e as Error).message}`);
  process.exitCode = 1;
}
