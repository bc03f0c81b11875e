/**
 * npm run bench [-- --incidents 10000] [--seed 1] [--profile] [--keep]
 *
 * The scale benchmark of the whole site: generates N deterministic synthetic
 * incidents (default 1,000), plus the real records that explainers and
 * checklists cite, into a temporary content folder, then builds the
 * site from them exactly as `npm run build` does (validation and exports,
 * then `astro build` with ATLAS_CONTENT_DIR: charts, every page in three
 * languages, the search index) into a temporary outDir, and prints the time
 * of each stage, ms per page, peak memory of the build's process tree, the
 * size of dist/ and the largest page gzipped. It never touches apps/site/dist.
 * Targets (issue 6): 10,000 incidents under 60 s; ms/page at 10k at most
 * 1.2× that at 1k; peak memory under 2 GB. --profile adds a CPU profile of
 * the astro build and prints where its time goes.
 * Run with tsx (the data package is TypeScript): `tsx apps/site/scripts/bench.mjs`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, loadDataset, writeSyntheticIncidents } from '@atlas/data';
import { measure as pageWeight } from './budget.mjs';
import { summarize } from './qa/cpuprofile.mjs';
import { htmlFiles } from './qa/dist.mjs';
import { measure } from './qa/proc.mjs';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const count = Number(flag('incidents', '1000'));
const seed = Number(flag('seed', '1'));
const profile = argv.includes('--profile');
const keep = argv.includes('--keep');
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench -- [--incidents N] [--seed S] [--profile] [--keep]');
  process.exit(2);
}

const site = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// astro's package exports do not include its CLI file: find it next to package.json.
const astroBin = join(require.resolve('astro/package.json', { paths: [site] }), '..', 'astro.js');
const tsxBin = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const realContent = fileURLToPath(new URL('../../../content/incidents/', import.meta.url));
// Under the repository's git-ignored .tmp/, not /tmp: Astro's server chunks land
// in the outDir and must resolve packages from the repository's node_modules.
const scratch = fileURLToPath(new URL('../../../.tmp/', import.meta.url));
mkdirSync(scratch, { recursive: true });
const work = mkdtempSync(join(scratch, 'bench-site-'));
const content = join(work, 'incidents');
const out = join(work, 'dist');
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

function folderSize(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? folderSize(p) : statSync(p).size;
  }
  return total;
}

try {
  let t = performance.now();
  writeSyntheticIncidents(content, count, seed);
  // The real records too: explainers and checklists cite them, and the build refuses a dangling citation.
  const real = readdirSync(realContent).filter((f) => f.endsWith('.yaml'));
  for (const f of real) copyFileSync(join(realContent, f), join(content, f));
  const generateMs = performance.now() - t;
  console.log(`bench: ${count} synthetic + ${real.length} real incidents in ${content} (${s(generateMs)}, not counted)`);

  // Stage 1, as the data package's build: load and validate every file, derive, write the exports.
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  t = performance.now();
  const { dataset } = loadDataset({ dir: content });
  const data = join(work, 'data');
  mkdirSync(data, { recursive: true });
  for (const [name, text] of Object.entries(artifacts(dataset))) writeFileSync(join(data, name), text);
  const validateMs = performance.now() - t;
  clearInterval(sampler);
  const validatePeak = Math.max(peak, process.memoryUsage().rss);
  console.log(`bench: validate + exports ${s(validateMs)}`);

  // Stage 2: the site, as `astro build`, from the synthetic folder.
  const env = { ...process.env, ATLAS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const profDir = join(work, 'profile');
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  // Run from the scratch folder with --root: Astro puts the server chunks of an
  // outDir outside the working directory in <cwd>/.astro/, which two such
  // builds from apps/site would share (and break each other's).
  const astro = await measure(process.execPath, [...nodeArgs, astroBin, 'build', '--root', site, '--outDir', out], {
    cwd: work,
    env,
    echo: true,
    prefix: '  astro | ',
  });
  if (astro.code !== 0) throw new Error(`astro build exited with ${astro.code}`);

  // Stage 3: the search index, unless the build already made it.
  let pagefind = { ms: 0, peakRss: 0, peakByName: new Map(), inside: existsSync(join(out, 'pagefind')) };
  if (!pagefind.inside) {
    // As `npm run build` does: the search index in its own process once astro build has exited.
    const run = await measure(tsxBin, [join(site, 'scripts/search-index.ts'), '--dist', out], { cwd: site, env });
    if (run.code !== 0) throw new Error(`pagefind exited with ${run.code}:\n${run.output}`);
    pagefind = { ...run, inside: false };
  }

  // Stages inside astro build, timed from when its log lines arrived.
  const at = (re) => astro.lines.find((l) => re.test(l.line))?.at;
  const routesStart = at(/generating static routes/);
  const sitemapAt = at(/\[@astrojs\/sitemap\]/);
  const indexedAt = at(/\[atlas-pagefind\] indexed/);
  const routeLines = astro.lines.filter((l) => /[▶λ] src\/pages\//.test(l.line));
  const routes = routeLines
    .map((l, i) => ({ route: l.line.replace(/.*[▶λ] /, '').trim(), ms: (routeLines[i + 1]?.at ?? sitemapAt ?? astro.ms) - l.at }))
    .sort((a, b) => b.ms - a.ms);
  const inner = [
    ['  setup + vite bundle', routesStart],
    ['  render every route', routesStart !== undefined && sitemapAt !== undefined ? sitemapAt - routesStart : undefined],
    ['  pagefind (build:done)', sitemapAt !== undefined && indexedAt !== undefined ? indexedAt - sitemapAt : undefined],
  ].filter(([, ms]) => ms !== undefined);

  const pages = htmlFiles(out).filter((f) => !f.startsWith('pagefind/'));
  // Weighed as the page budget does: gzipped HTML plus the stylesheets it links.
  let largest = { file: '', gz: 0 };
  for (const f of pages) {
    const { total } = pageWeight(out, join(out, f));
    if (total > largest.gz) largest = { file: f, gz: total };
  }
  const totalMs = validateMs + astro.ms + pagefind.ms;
  const phases = [...astro.output.matchAll(/(\d+) page\(s\) built in ([\d.]+)(m?s)/g)].map((m) => `${m[1]} pages in ${m[2]}${m[3]}`);
  const rows = [
    ['incidents', String(dataset.info.incidentCount)],
    ['pages (HTML)', String(pages.length)],
    ['validate + exports', s(validateMs)],
    ['astro build', `${s(astro.ms)}${phases.length ? ` (astro says: ${phases.join(', ')})` : ''}`],
    ...inner.map(([k, ms]) => [k, s(ms)]),
    ['pagefind', pagefind.inside ? 'inside astro build (above)' : s(pagefind.ms)],
    ['total', s(totalMs)],
    ['ms per page', (totalMs / pages.length).toFixed(2)],
    ['peak memory (RSS)', `${mb(Math.max(validatePeak, astro.peakRss, pagefind.peakRss))} (astro tree ${mb(astro.peakRss)}: ${[...astro.peakByName].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, v]) => `${n} ${mb(v)}`).join(', ')}; validate ${mb(validatePeak)})`],
    ['dist size', mb(folderSize(out))],
    ['largest page gzipped', `${(largest.gz / 1024).toFixed(1)} KB with its CSS (${largest.file})`],
  ];
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(22)} ${v}`);
  console.log('slowest routes (render time):');
  for (const r of routes.slice(0, 8)) console.log(`  ${s(r.ms).padStart(8)}  ${r.route}`);
  console.log(`bench-json ${JSON.stringify({ incidents: count, pages: pages.length, validateMs, astroMs: astro.ms, pagefindMs: pagefind.inside && sitemapAt !== undefined && indexedAt !== undefined ? indexedAt - sitemapAt : pagefind.ms, renderMs: sitemapAt !== undefined && routesStart !== undefined ? sitemapAt - routesStart : undefined, totalMs, msPerPage: totalMs / pages.length, peakRss: Math.max(validatePeak, astro.peakRss, pagefind.peakRss), distBytes: folderSize(out), largest })}`);

  if (profile) {
    const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) {
      const { total, functions, files } = summarize(join(profDir, file));
      console.log(`\nastro build CPU profile (${s(total)} sampled on the main thread; ${join(profDir, file)}):`);
      console.log('self time by package/file:');
      for (const [name, ms] of files) console.log(`  ${s(ms).padStart(8)}  ${name}`);
      console.log('self time by function:');
      for (const [name, ms] of functions) console.log(`  ${s(ms).padStart(8)}  ${name}`);
    }
  }
} finally {
  if (keep || profile) console.log(`bench: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
