/**
 * npm run bench [-- --incidents 10000] [--seed 1] [--profile] [--keep] [--no-floor]
 *
 * The scale benchmark of the whole site: generates N deterministic synthetic
 * incidents (default 1,000), plus the real records that explainers and
 * checklists cite, into a temporary content folder, then builds the site from
 * them exactly as `npm run build` does (validation and exports, then
 * scripts/build.mjs with ATLAS_CONTENT_DIR: `astro build` for every page in
 * three languages and, beside it, the sibling process's search index, chart
 * downloads and sitemap) into a temporary outDir. Then, in the same run, it
 * builds Astro's floor (scripts/astro-floor.mjs: as many pages holding only a
 * heading) and Astro's replay of the built pages (the same pages read as
 * finished HTML, no template), and prints the three times and their ratios,
 * with the time of each stage, ms per page, peak memory of the build's process
 * tree, the size of dist/ and the largest page gzipped. It never touches apps/site/dist.
 * Targets (issue 12): the full build at most 2.0× Astro's floor; ms/page at
 * 10k at most 1.2× that at 1k; peak memory under 2 GB. --profile adds CPU
 * profiles of the astro build and of the sibling and prints where their time
 * goes. Every time is printed as wall time and as CPU time (user + system of
 * every process and thread), with the load average: on a shared machine the
 * CPU times are the fairer comparison.
 * Run with tsx (the data package is TypeScript): `tsx apps/site/scripts/bench.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { artifacts, datasetOf, SQLITE_FILE, sqliteFile } from '@atlas/data';
import { validateInParallel } from '@atlas/data/parallel';
import { writeSyntheticIncidents } from '@atlas/data/synthetic';
import { LIMIT_BYTES, measure as pageWeight } from './budget.mjs';
import { astroFloor, astroReplay } from './astro-floor.mjs';
import { summarize } from './qa/cpuprofile.mjs';
import { htmlFiles } from './qa/dist.mjs';
import { loadAverage, measure } from './qa/proc.mjs';

const { values } = parseArgs({
  options: {
    incidents: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
  },
});
const count = Number(values.incidents);
const seed = Number(values.seed);
const { profile, keep } = values;
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench -- [--incidents N] [--seed S] [--profile] [--keep] [--no-floor]');
  process.exit(2);
}

const site = fileURLToPath(new URL('..', import.meta.url));
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

  // Start from a quiet disk: the writes of the generator (or of an earlier run's clean-up) are
  // flushed before the clock starts, not charged to the build.
  execFileSync('sync');

  // Stage 1, as the data package's build: load and validate every file, derive, write the exports.
  const loadAtStart = loadAverage();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  t = performance.now();
  const cpuAtStart = process.cpuUsage();
  // As packages/data/src/cli/build.ts: validation on both cores, then every export and the SQLite file.
  const { dataset } = datasetOf(await validateInParallel({ dir: content }));
  const data = join(work, 'data');
  mkdirSync(data, { recursive: true });
  for (const [name, text] of Object.entries(artifacts(dataset))) writeFileSync(join(data, name), text);
  writeFileSync(join(data, SQLITE_FILE), await sqliteFile(dataset));
  const validateMs = performance.now() - t;
  const validateCpu = process.cpuUsage(cpuAtStart);
  const validateCpuMs = (validateCpu.user + validateCpu.system) / 1000;
  clearInterval(sampler);
  const validatePeak = Math.max(peak, process.memoryUsage().rss);
  console.log(`bench: validate + exports ${s(validateMs)}`);

  // Stage 2: the site, as `npm run build` (scripts/build.mjs), from the synthetic folder.
  const env = { ...process.env, ATLAS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const profDir = join(work, 'profile');
  // A CPU profile of astro and of the sibling when asked (build.mjs reads ATLAS_CPU_PROF_DIR); both are summarized.
  if (profile) env.ATLAS_CPU_PROF_DIR = profDir;
  // Run from the scratch folder with --root: Astro puts the server chunks of an
  // outDir outside the working directory in <cwd>/.astro/, which two such
  // builds from apps/site would share (and break each other's).
  const astro = await measure(process.execPath, [fileURLToPath(new URL('./build.mjs', import.meta.url)), '--root', site, '--outDir', out], {
    cwd: work,
    env,
    echo: true,
    prefix: '  build | ',
  });
  if (astro.code !== 0) throw new Error(`the build exited with ${astro.code}`);

  // Stages inside the build, timed from when its log lines arrived. The search index, the
  // chart downloads and the sitemap are written beside astro by the sibling process (scripts/side-outputs.ts).
  const at = (re) => astro.lines.find((l) => re.test(l.line))?.at;
  const routesStart = at(/generating static routes/);
  const readyLine = astro.lines.find((l) => /side-outputs: .* ready [\d.]+ s after/.test(l.line));
  const indexedAt = at(/search index of .* explainer and checklist pages written/);
  const sideReadyMs = readyLine ? Number(/ready ([\d.]+) s/.exec(readyLine.line)?.[1]) * 1000 : undefined;
  const renderEnd = at(/\[build\] Complete!/) ?? indexedAt;
  const routeLines = astro.lines.filter((l) => /[▶λ] src\/pages\//.test(l.line));
  // The last route ends where Astro says the routes are done; what follows (its clean-up of dist/) is no route's.
  const lastRoute = routeLines.at(-1);
  const routesEnd = lastRoute && astro.lines.find((l) => l.at >= lastRoute.at && /✓ Completed in/.test(l.line))?.at;
  const routes = routeLines
    .map((l, i) => ({ route: l.line.replace(/.*[▶λ] /, '').trim(), ms: (routeLines[i + 1]?.at ?? routesEnd ?? renderEnd ?? astro.ms) - l.at }))
    .sort((a, b) => b.ms - a.ms);
  const inner = [
    ['  setup + vite bundle', routesStart],
    ['  render every route', routesStart !== undefined && renderEnd !== undefined ? renderEnd - routesStart : undefined],
    ['  astro clean-up', routesEnd !== undefined && renderEnd !== undefined ? renderEnd - routesEnd : undefined, '(after the last route, before "Complete!")'],
    ['  sibling ready', sideReadyMs, '(data files, records\' JSON, chart downloads, incident search index, sitemap; beside the render)'],
    ['  search index finish', renderEnd !== undefined && indexedAt !== undefined ? indexedAt - renderEnd : undefined, '(explainer and checklist index, after the render)'],
  ].filter(([, ms]) => ms !== undefined);

  const pages = htmlFiles(out).filter((f) => !f.startsWith('pagefind/'));
  // Weighed as the page budget does: gzipped HTML plus the stylesheets it links.
  let largest = { file: '', gz: 0 };
  let overBudget = 0;
  for (const f of pages) {
    const { total, problems } = pageWeight(out, join(out, f));
    if (total > largest.gz) largest = { file: f, gz: total };
    if (problems.length > 0) overBudget++;
  }
  // Astro's floor, in the same run: as many pages, each holding only a heading; then the
  // replay: Astro writing these very pages again from their finished HTML, with no code of ours.
  const floor = values['no-floor'] ? undefined : await astroFloor(pages.length);
  const replay = values['no-floor'] ? undefined : await astroReplay(out, pages);
  const loadAtEnd = loadAverage();
  const totalMs = validateMs + astro.ms;
  const totalCpuMs = validateCpuMs + astro.cpuMs;
  const phases = [...astro.output.matchAll(/(\d+) page\(s\) built in ([\d.]+)(m?s)/g)].map((m) => `${m[1]} pages in ${m[2]}${m[3]}`);
  const rows = [
    ['incidents', String(dataset.info.incidentCount)],
    ['pages (HTML)', String(pages.length)],
    ['validate + exports', `${s(validateMs)} (CPU ${s(validateCpuMs)})`],
    ['build (astro + sibling)', `${s(astro.ms)} (CPU ${s(astro.cpuMs)})${phases.length ? ` (astro says: ${phases.join(', ')})` : ''}`],
    ['  CPU by process', [...astro.cpuByRole].sort((a, b) => b[1] - a[1]).map(([r, ms]) => `${r} ${s(ms)}`).join(', ')],
    ...inner.map(([k, ms, note]) => [k, note ? `${s(ms)} ${note}` : s(ms)]),
    ['total', `${s(totalMs)} wall, ${s(totalCpuMs)} CPU (user + system of every process and thread)`],
    ['ms per page', `${(totalMs / pages.length).toFixed(2)} wall, ${(totalCpuMs / pages.length).toFixed(2)} CPU`],
    ['load average', `${loadAtStart} at the start, ${loadAtEnd} after the build (2 cores: above 2, the figures are inflated)`],
    ['peak memory (RSS)', `${mb(Math.max(validatePeak, astro.peakRss))} (astro tree ${mb(astro.peakRss)}: ${[...astro.peakByName].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, v]) => `${n} ${mb(v)}`).join(', ')}; validate ${mb(validatePeak)})`],
    ['dist size', mb(folderSize(out))],
    ['largest page gzipped', `${(largest.gz / 1024).toFixed(1)} KB with its CSS (${largest.file})`],
    ['pages over budget', `${overBudget} (budget ${LIMIT_BYTES.toLocaleString('en-US')} bytes gzipped, one round trip; no JavaScript outside search)`],
    ...(floor
      ? [
          ['astro floor', `${s(floor.ms)} wall, ${s(floor.cpuMs)} CPU for ${floor.pages} empty pages (${(floor.renderMs / floor.pages).toFixed(2)} ms per page; peak ${mb(floor.peakRss)}; load ${floor.load})`],
          ['total / floor', `${(totalMs / floor.ms).toFixed(2)}× wall (target at most 2.0×), ${(totalCpuMs / floor.cpuMs).toFixed(2)}× CPU`],
        ]
      : []),
    ...(floor && replay
      ? [
          ['astro replay', `${s(replay.ms)} wall, ${s(replay.cpuMs)} CPU for the same ${replay.pages} pages read as finished HTML (${(replay.renderMs / replay.pages).toFixed(2)} ms per page; peak ${mb(replay.peakRss)}; load ${replay.load})`],
          ['replay / floor', `${(replay.ms / floor.ms).toFixed(2)}× wall, ${(replay.cpuMs / floor.cpuMs).toFixed(2)}× CPU (what the pages' own bytes cost in Astro, with no code of ours)`],
          ['total / replay', `${(totalMs / replay.ms).toFixed(2)}× wall, ${(totalCpuMs / replay.cpuMs).toFixed(2)}× CPU (what validation, exports, templates, charts and search add)`],
        ]
      : []),
  ];
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(22)} ${v}`);
  console.log('slowest routes (render time):');
  for (const r of routes.slice(0, 8)) console.log(`  ${s(r.ms).padStart(8)}  ${r.route}`);
  console.log(`bench-json ${JSON.stringify({ incidents: count, pages: pages.length, validateMs, validateCpuMs, astroMs: astro.ms, astroCpuMs: astro.cpuMs, totalCpuMs, loadAtStart, loadAtEnd, sideReadyMs, searchFinishMs: renderEnd !== undefined && indexedAt !== undefined ? indexedAt - renderEnd : undefined, renderMs: renderEnd !== undefined && routesStart !== undefined ? renderEnd - routesStart : undefined, totalMs, msPerPage: totalMs / pages.length, peakRss: Math.max(validatePeak, astro.peakRss), distBytes: folderSize(out), largest, overBudget, floorMs: floor?.ms, floorCpuMs: floor?.cpuMs, replayMs: replay?.ms, replayCpuMs: replay?.cpuMs, ratio: floor ? totalMs / floor.ms : undefined, cpuRatio: floor ? totalCpuMs / floor.cpuMs : undefined })}`);

  if (profile) {
    // The largest profile is astro's, the next the sibling's.
    const found = readdirSync(profDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .sort((a, b) => statSync(join(profDir, b)).size - statSync(join(profDir, a)).size);
    for (const [file, who] of [
      [found[0], 'astro build'],
      [found[1], 'sibling (side-outputs.ts)'],
    ]) {
      if (!file) continue;
      const { total, functions, files } = summarize(join(profDir, file));
      console.log(`\n${who} CPU profile (${s(total)} sampled on the main thread; ${join(profDir, file)}):`);
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
