#!/usr/bin/env node
// The page budget, one round trip: every HTML page of dist/, counting the page
// itself (with its inline SVG) and every stylesheet it links, gzipped, must fit
// in the first response of a new TCP connection: 10 segments (the initial
// congestion window of RFC 6928) of 1,460 bytes (a 1,500-byte Ethernet MTU less
// 40 bytes of IP and TCP headers), so 14,600 bytes. The search pages keep the
// older hard ceiling of 30 KB (30,720 bytes), and only they may load JavaScript.
// Images (the world map's SVG file), data downloads and fonts are not pages and
// do not count. Prints each page type's count, median and largest size, then
// every page over its limit, and exits 1 when any page breaks the budget.
// Usage: node apps/site/scripts/budget.mjs [--dir apps/site/dist] [--all]; the default folder is $SITE_DIST,
// else apps/site/dist; --all lists every page, largest first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { distDir } from './qa/dist.mjs';
import { tags } from './qa/html.mjs';

/** Bytes of payload in one TCP segment: a 1,500-byte MTU less 20 bytes of IP and 20 of TCP header. */
export const TCP_SEGMENT_BYTES = 1460;
/** Segments a server may send before the first acknowledgement: the initial congestion window (RFC 6928). */
export const INITIAL_WINDOW_SEGMENTS = 10;
/** A page's budget: HTML and the CSS it links, gzipped, in one round trip (14,600 bytes). */
export const LIMIT_BYTES = TCP_SEGMENT_BYTES * INITIAL_WINDOW_SEGMENTS;
/** The search pages' hard ceiling (their JavaScript and index load after the page, and are not counted). */
export const SEARCH_LIMIT_BYTES = 30 * 1024;
/** Pages allowed to load JavaScript: the search page in each language. */
export const JS_ALLOWED = /^(?:(?:fr|it)\/)?search\/index\.html$/;

/** The limit of one page (its path under dist/, such as `fr/search/index.html`). */
export const limitOf = (page) => (JS_ALLOWED.test(page) ? SEARCH_LIMIT_BYTES : LIMIT_BYTES);

/**
 * A page's type, from its path: the route with its variable parts as `*`, in
 * every language, with the further pages of a list (`page/<n>/`) counted as
 * the list: `/`, `/incidents/`, `/incidents/*\/`, `/incidents/*\/figures/`,
 * `/countries/*\/`, `/embed/*\/`, `/search/`, `404`. Under /data/ the names are
 * fixed (`/data/versions/`, `/data/changelog/`, `/data/latest/`) but for the
 * version in `/data/v/*\/`.
 */
export function pageType(page) {
  if (page === '404.html') return '404';
  const parts = page.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (parts[0] === 'fr' || parts[0] === 'it') parts.shift();
  const pageAt = parts.indexOf('page');
  if (pageAt >= 0 && /^\d+$/.test(parts[pageAt + 1] ?? '')) parts.splice(pageAt, 2);
  if (parts[0] === 'data') {
    if (parts[1] === 'v' && parts.length >= 3) parts[2] = '*';
  } else if (parts.length >= 2) parts[1] = '*';
  return `/${parts.map((p) => `${p}/`).join('')}`;
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The local file a root-relative URL points to, or undefined for other origins. */
function localFile(root, url) {
  if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const path = join(root, decodeURIComponent(url.split(/[?#]/)[0]));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Measures one page: gzipped HTML + linked CSS, and JavaScript bytes (external files and inline code). */
export function measure(root, file) {
  const html = readFileSync(file, 'utf8');
  const page = relative(root, file).split(sep).join('/');
  let cssGzip = 0;
  const css = [];
  let js = 0;
  // JSON-LD and the like are data, not code.
  const isCode = (attrs) => !attrs.type || /javascript|module/i.test(attrs.type);
  for (const { name, attrs } of tags(html)) {
    if (name === 'link' && /(^|\s)stylesheet(\s|$)/i.test(attrs.rel ?? '')) {
      const path = localFile(root, attrs.href);
      if (path) {
        cssGzip += gz(readFileSync(path));
        css.push(relative(root, path));
      }
    } else if (name === 'script' && attrs.src !== undefined && isCode(attrs)) {
      const path = localFile(root, attrs.src);
      js += path ? statSync(path).size : 1; // a script from elsewhere counts and fails the check below
    }
  }
  // Inline code: the text of script elements without src.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const [tag] = tags(m[0]);
    if (tag && tag.attrs.src === undefined && isCode(tag.attrs)) js += Buffer.byteLength(m[1]);
  }
  const htmlGzip = gz(Buffer.from(html));
  const total = htmlGzip + cssGzip;
  const limit = limitOf(page);
  const problems = [];
  if (total > limit) problems.push(`${total} bytes gzipped (html ${htmlGzip} + css ${cssGzip}), over ${limit}`);
  if (js > 0 && !JS_ALLOWED.test(page)) problems.push(`loads ${js} bytes of JavaScript`);
  return { page, type: pageType(page), htmlGzip, cssGzip, total, limit, js, css, problems };
}

/** Measures every page under root, largest first. */
export function budget(root) {
  const dir = resolve(root);
  return walk(dir)
    .map((f) => measure(dir, f))
    .sort((a, b) => b.total - a.total || a.page.localeCompare(b.page));
}

/** Per page type: how many pages, the median and the largest (with its page), largest type first. */
export function byType(rows) {
  const groups = new Map();
  for (const r of rows) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return [...groups]
    .map(([type, list]) => {
      const sizes = list.map((r) => r.total).sort((a, b) => a - b);
      const mid = sizes.length >> 1;
      const median = sizes.length % 2 ? sizes[mid] : Math.round((sizes[mid - 1] + sizes[mid]) / 2);
      const largest = list.reduce((a, b) => (b.total > a.total ? b : a));
      return { type, pages: list.length, median, max: largest.total, largest: largest.page, limit: largest.limit };
    })
    .sort((a, b) => b.max - a.max || a.type.localeCompare(b.type));
}

const bytes = (n) => n.toLocaleString('en-US');

/** The report: one row per page type, then the pages over their limit (or every page with `all`). */
export function formatReport(rows, { all = false } = {}) {
  const lines = [['page type', 'pages', 'median', 'largest', 'limit', 'largest page'].join('\t')];
  for (const t of byType(rows)) lines.push([t.type, t.pages, bytes(t.median), bytes(t.max), bytes(t.limit), t.largest].join('\t'));
  const failing = rows.filter((r) => r.problems.length > 0);
  const listed = all ? rows : failing;
  if (listed.length > 0) {
    lines.push('', ['page', 'gzipped (html+css)', 'limit', 'JS bytes', ''].join('\t'));
    for (const r of listed) lines.push([r.page, bytes(r.total), bytes(r.limit), String(r.js), r.problems.join('; ')].join('\t'));
  }
  lines.push(
    '',
    `${rows.length} pages; largest ${rows[0] ? `${rows[0].page} at ${bytes(rows[0].total)} bytes` : '-'}; ` +
      `limit ${bytes(LIMIT_BYTES)} bytes gzipped (${INITIAL_WINDOW_SEGMENTS} TCP segments of ${bytes(TCP_SEGMENT_BYTES)}), search ${bytes(SEARCH_LIMIT_BYTES)}; ` +
      `${failing.length} over budget or loading JavaScript`,
  );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: distDir() }, all: { type: 'boolean', default: false } } });
  const { dir } = values;
  if (!existsSync(dir)) {
    console.error(`budget: ${dir} does not exist; build the site first (npm run build -w @atlas/site).`);
    process.exit(1);
  }
  const rows = budget(dir);
  console.log(formatReport(rows, { all: values.all }));
  process.exit(rows.some((r) => r.problems.length > 0) ? 1 : 0);
}
