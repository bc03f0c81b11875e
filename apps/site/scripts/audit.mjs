/**
 * npm run audit [-- /path/ …]
 *
 * Lighthouse (from npm) in mobile emulation on the built site served on
 * loopback: the home page, an incident, a country, a checklist and an
 * explainer (the first of each in the sitemap), or the paths given. Prints
 * the four category scores per page and, for every score under 100, the
 * audits that cost points. Exits 1 when a score is under the target of 100.
 * Uses CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium; reads
 * $SITE_DIST, else apps/site/dist. Not part of npm test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, hasChromium } from './qa/chromium.mjs';
import { distDir, pageType, routeLanguage, sitemapPaths } from './qa/dist.mjs';
import { serve } from './serve.mjs';

const LIGHTHOUSE_VERSION = createRequire(import.meta.url)('lighthouse/package.json').version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The page kinds the issue names, matched on the first path segment of English pages. */
const KINDS = [
  ['home', /^home$/],
  ['incident', /^incidents?\/\*$/],
  ['country', /^countr(y|ies)\/\*$/],
  ['checklist', /^checklists?\/\*$/],
  ['explainer', /^(explainers?|guides?)\/\*$/],
];

/** Starts Chromium with a DevTools port for Lighthouse; resolves with { port, close }. */
function launchChromium(binary) {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const child = spawn(binary, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  const close = async () => {
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${err}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), close });
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${err}`)));
  });
}

const binary = process.env.CHROME_PATH ?? chromiumPath();
if (!hasChromium(binary)) {
  console.error(`audit: no Chromium at ${binary}: apt-get install -y chromium, or set CHROME_PATH`);
  process.exit(2);
}

const dir = distDir();
const paths = sitemapPaths(dir);
const wanted = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = wanted.length
  ? wanted.map((p) => [pageType(p), p])
  : KINDS.map(([kind, re]) => [kind, paths.find((p) => routeLanguage(p) === 'en' && re.test(pageType(p)))]);

const server = await serve({ dir, port: 0 });
const chrome = await launchChromium(binary);
const rows = [];
const losses = [];
try {
  for (const [kind, path] of targets) {
    if (!path) {
      rows.push([kind, '(no such page in the sitemap)', ...CATEGORIES.map(() => '–')]);
      losses.push(`${kind}: no page of this kind in the sitemap`);
      continue;
    }
    const url = new URL(path, server.url).href;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) losses.push(`${path}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => lhr.categories[c]?.score);
    rows.push([kind, path, ...scores.map((v) => (v == null ? 'n/a' : String(Math.round(v * 100))))]);
    for (const c of CATEGORIES) {
      const cat = lhr.categories[c];
      if (!cat || cat.score === 1) continue;
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          losses.push(`${path} ${c}: ${ref.id} (${Math.round(audit.score * 100)}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  await chrome.close();
  await server.close();
}

const head = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile emulation, ${new Date().toISOString().slice(0, 10)}, ${binary}`);
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (losses.length) {
  console.log('\nbelow 100:');
  for (const l of losses) console.log(`- ${l}`);
  process.exitCode = 1;
}
