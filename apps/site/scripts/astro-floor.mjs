/**
 * node apps/site/scripts/astro-floor.mjs [--pages 58237]
 *
 * What Astro itself costs per page on this machine, before any template of
 * ours runs: builds a throwaway Astro project whose N pages hold a title and a
 * heading only, with the site's output settings (directory format, the same
 * render concurrency, the same Node flags as scripts/build.mjs), and prints the
 * time and ms per page. `npm run bench` runs it at the page count of the site
 * it built, in the same run, and prints the ratio of the two.
 *
 * `astroReplay(dist, files)` is the second measure the bench takes beside it: Astro
 * writing the built site's own pages again, each read as finished HTML and
 * emitted with `set:html` (no template, no model, no data). What separates the
 * floor from the replay is the weight of the pages themselves (their bytes,
 * written and read); what separates the replay from the real build is ours.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ASTRO_NODE_FLAGS, astroBin } from './build.mjs';
import { loadAverage, measure } from './qa/proc.mjs';

/** Builds `pages` empty pages with Astro; returns the whole build's wall and CPU time, Astro's own count for the pages, the peak memory and the load average after it. */
export async function astroFloor(pages) {
  return throwawayBuild(
    'astro-floor-',
    '[id]',
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`p\${i}\` } }));
const { id } = Astro.params;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{id}</title></head><body><h1>{id}</h1></body></html>
`,
    pages,
  );
}

/**
 * Builds the HTML pages of `dist` (paths relative to it) again with Astro, each
 * read from its file during the render and emitted whole with `set:html`;
 * returns the same figures as astroFloor.
 */
export async function astroReplay(dist, files) {
  const list = join(mkdtempSync(join(scratch(), 'astro-replay-list-')), 'pages.json');
  // Each page at its own path: "fr/incidents/x/index.html" is built as fr/incidents/x/, "404.html" as 404/.
  writeFileSync(list, JSON.stringify(files.map((f) => ({ path: f.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '') || undefined, file: join(dist, f) }))));
  try {
    return await throwawayBuild(
      'astro-replay-',
      '[...path]',
      `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  return JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8')).map(({ path, file }) => ({ params: { path }, props: { file } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
---
<Fragment set:html={html} />
`,
      files.length,
    );
  } finally {
    rmSync(dirname(list), { recursive: true, force: true });
  }
}

/** The repository's .tmp/, made if need be: a project there resolves astro from the repository's node_modules. */
function scratch() {
  const dir = fileURLToPath(new URL('../../../.tmp/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Builds a throwaway project of one route (`src/pages/<route>/index.astro`) with the site's output settings and flags. */
async function throwawayBuild(prefix, route, page, pages) {
  const root = mkdtempSync(join(scratch(), prefix));
  try {
    mkdirSync(join(root, 'src/pages', route), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "export default { output: 'static', build: { format: 'directory', concurrency: 8 }, devToolbar: { enabled: false } };\n",
    );
    writeFileSync(join(root, 'src/pages', route, 'index.astro'), page);
    execFileSync('sync');
    const run = await measure(process.execPath, [...ASTRO_NODE_FLAGS, astroBin(root), 'build', '--root', root], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (run.code !== 0) throw new Error(`astro build exited with ${run.code}:\n${run.output.slice(-2000)}`);
    const said = /(\d+) page\(s\) built in ([\d.]+)s/.exec(run.output);
    // Astro's own count, so that a floor or replay of fewer pages is never compared with the site.
    if (said && Number(said[1]) !== pages) throw new Error(`astro built ${said[1]} pages, not ${pages}`);
    return { pages, ms: run.ms, cpuMs: run.cpuMs, renderMs: said ? Number(said[2]) * 1000 : run.ms, peakRss: run.peakRss, load: loadAverage() };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '58237' } } });
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 1) {
    console.error('usage: node apps/site/scripts/astro-floor.mjs [--pages N]');
    process.exit(2);
  }
  const floor = await astroFloor(pages);
  console.log(`empty pages            ${pages}`);
  console.log(`astro build            ${(floor.ms / 1000).toFixed(1)} s wall, ${(floor.cpuMs / 1000).toFixed(1)} s CPU (astro says: ${(floor.renderMs / 1000).toFixed(1)} s for the pages)`);
  console.log(`ms per page            ${(floor.renderMs / pages).toFixed(2)}`);
}
