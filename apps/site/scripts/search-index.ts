// `npm run build` runs this after `astro build` has exited: the search index is
// built in its own process, so Astro's memory and Pagefind's are never held at
// once. Usage: tsx scripts/search-index.ts [--dist <built site>]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search-index.ts';

const at = process.argv.indexOf('--dist');
const given = at > 0 ? process.argv[at + 1] : undefined;
const dist = given ? resolve(given) : fileURLToPath(new URL('../dist', import.meta.url));
const started = performance.now();
try {
  const { pages, languages } = await buildSearchIndex(dist);
  console.log(`[atlas-pagefind] indexed ${pages} pages into pagefind/ (${languages.join(', ')}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`search index: ${(e as Error).message}`);
  process.exitCode = 1;
}
