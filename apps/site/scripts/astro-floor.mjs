/**
 * node apps/site/scripts/astro-floor.mjs [--pages 58237]
 *
 * What Astro itself costs per page on this machine, before any template of
 * ours runs: builds a throwaway Astro project whose N pages hold a title and a
 * heading only, with the site's output settings (directory format, the same
 * render concurrency, the same Node flags as scripts/build.mjs), and prints the
 * time and ms per page. `npm run bench` at 10,000 incidents writes 58,237
 * pages; this is the floor under its render time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASTRO_NODE_FLAGS, astroBin } from './build.mjs';
import { measure } from './qa/proc.mjs';

const at = process.argv.indexOf('--pages');
const pages = Number(at > 0 ? process.argv[at + 1] : 58237);
if (!Number.isInteger(pages) || pages < 1) {
  console.error('usage: node apps/site/scripts/astro-floor.mjs [--pages N]');
  process.exit(2);
}

// Under the repository's .tmp/ so that the project resolves astro from the repository's node_modules.
const scratch = fileURLToPath(new URL('../../../.tmp/', import.meta.url));
mkdirSync(scratch, { recursive: true });
const root = mkdtempSync(join(scratch, 'astro-floor-'));
try {
  mkdirSync(join(root, 'src/pages/[id]'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "export default { output: 'static', build: { format: 'directory', concurrency: 8 }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(
    join(root, 'src/pages/[id]/index.astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`p\${i}\` } }));
const { id } = Astro.params;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{id}</title></head><body><h1>{id}</h1></body></html>
`,
  );
  execFileSync('sync');
  const run = await measure(process.execPath, [...ASTRO_NODE_FLAGS, astroBin(root), 'build', '--root', root], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.code !== 0) throw new Error(`astro build exited with ${run.code}:\n${run.output.slice(-2000)}`);
  const said = /(\d+) page\(s\) built in ([\d.]+)s/.exec(run.output);
  const renderS = said ? Number(said[2]) : run.ms / 1000;
  console.log(`empty pages            ${pages}`);
  console.log(`astro build            ${(run.ms / 1000).toFixed(1)} s (astro says: ${renderS.toFixed(1)} s for the pages)`);
  console.log(`ms per page            ${((renderS * 1000) / pages).toFixed(2)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
