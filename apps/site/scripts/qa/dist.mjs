// Where the built site is and what it holds, for the QA checks (tests, audit).
// SITE_DIST points the checks at another build (a copy in /tmp, a bench run).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The production origin the sitemap and canonical links name (src/model/site.json, as the site model reads it). */
export const SITE_ORIGIN = JSON.parse(readFileSync(new URL('../../src/model/site.json', import.meta.url), 'utf8')).origin;

/** The site's languages: English at the root, the others under /<lang>/. */
export const LANGUAGES = ['en', 'fr', 'it'];

/** The built site folder: $SITE_DIST, else apps/site/dist. */
export function distDir() {
  return resolve(process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));
}

/** The language a route belongs to, from its first path segment. */
export function routeLanguage(pathname) {
  const first = pathname.split('/')[1] ?? '';
  return LANGUAGES.includes(first) && first !== 'en' ? first : 'en';
}

const locs = (xml) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replaceAll('&amp;', '&'));

/**
 * Every page path listed by dist/sitemap-index.xml (following its child
 * sitemaps), in sitemap order, as paths such as `/fr/incidents/x/`.
 * Throws when a sitemap is missing or a URL is not on SITE_ORIGIN.
 */
export function sitemapPaths(dir = distDir()) {
  const fileOf = (url) => {
    if (!url.startsWith(`${SITE_ORIGIN}/`)) throw new Error(`sitemap entry ${url} is not on ${SITE_ORIGIN}`);
    return join(dir, new URL(url).pathname);
  };
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`no sitemap at ${index}: build the site first (npm run build)`);
  const paths = [];
  for (const child of locs(readFileSync(index, 'utf8'))) {
    for (const url of locs(readFileSync(fileOf(child), 'utf8'))) {
      fileOf(url);
      const u = new URL(url);
      paths.push(u.pathname + u.search);
    }
  }
  return paths;
}

/** Every .html file under dir, as paths relative to it with forward slashes, sorted. */
export function htmlFiles(dir = distDir()) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built HTML file is served at: `fr/x/index.html` -> `/fr/x/`. */
export function pathOfFile(file) {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A page's type, for picking one page of each kind: the path without its
 * language prefix, reduced to its first segment, plus `/*` for pages below
 * an index. `/` -> `home`, `/fr/incidents/` -> `incidents`, `/incidents/x/` -> `incidents/*`.
 */
export function pageType(pathname) {
  const parts = pathname.split('/').filter(Boolean);
  if (LANGUAGES.includes(parts[0] ?? '')) parts.shift();
  if (parts.length === 0) return 'home';
  const name = parts[0].replace(/\.html$/, '');
  return parts.length === 1 ? name : `${name}/*`;
}
