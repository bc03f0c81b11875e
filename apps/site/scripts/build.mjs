/**
 * `npm run build`: `astro build` in a Node process whose heap is bounded.
 *
 * At 10,000 incidents the pages Astro holds while it renders (the dataset,
 * every route's parameters) come to under 1 GB, but V8 let the heap of a
 * default process grow to 2.4 GB of mostly garbage before collecting it.
 * A ceiling makes V8 collect sooner; the build measured no slower for it
 * (npm run bench). Arguments are passed on to `astro build`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node flags of the build process. */
export const ASTRO_NODE_FLAGS = ['--max-old-space-size=1024'];

/** astro's CLI file (its package exports do not include it). */
export function astroBin(from = fileURLToPath(new URL('..', import.meta.url))) {
  return join(dirname(createRequire(import.meta.url).resolve('astro/package.json', { paths: [from] })), 'astro.js');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, astroBin(), 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
