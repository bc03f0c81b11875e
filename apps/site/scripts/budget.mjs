#!/usr/bin/env node
// The page budget: every HTML page of dist/ must weigh under 30 KB gzipped,
// counting the page itself (with its inline SVG) and every stylesheet it
// links, and only the search pages may load JavaScript. Data downloads are
// not pages and do not count. Prints one row per page, largest first, and
// exits 1 when any page breaks the budget.
// Usage: node apps/site/scripts/budget.mjs [--dir apps/site/dist] [--all]; the default folder is $SITE_DIST, else apps/site/dist.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { distDir } from './qa/dist.mjs';
import { tags } from './qa/html.mjs';

export const LIMIT_BYTES = 30 * 1024;
/** Pages allowed to load JavaScript: the search page in each language. */
export const JS_ALLOWED = /^(?:(?:fr|it)\/)?search\/index\.html$/;

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
  const problems = [];
  if (total > LIMIT_BYTES) problems.push(`${total} bytes gzipped, over ${LIMIT_BYTES}`);
  if (js > 0 && !JS_ALLOWED.test(page)) problems.push(`loads ${js} bytes of JavaScript`);
  return { page, htmlGzip, cssGzip, total, js, css, problems };
}

/** Measures every page under root, largest first. */
export function budget(root) {
  const dir = resolve(root);
  return walk(dir)
    .map((f) => measure(dir, f))
    .sort((a, b) => b.total - a.total || a.page.localeCompare(b.page));
}

export function formatTable(rows, { all = false } = {}) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const shown = all ? rows : rows.filter((r, i) => i < 25 || r.problems.length > 0 || r.js > 0);
  const lines = [['page', 'gzipped (html+css)', 'JS bytes', ''].join('\t')];
  for (const r of shown) lines.push([r.page, kb(r.total), String(r.js), r.problems.join('; ')].join('\t'));
  if (shown.length < rows.length) lines.push(`… ${rows.length - shown.length} smaller pages (--all lists them)`);
  const failing = rows.filter((r) => r.problems.length > 0).length;
  lines.push(`${rows.length} pages; largest ${rows[0] ? `${rows[0].page} at ${kb(rows[0].total)}` : '-'}; budget ${kb(LIMIT_BYTES)}; ${failing} over budget or loading JavaScript`);
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
  console.log(formatTable(rows, { all: values.all }));
  process.exit(rows.some((r) => r.problems.length > 0) ? 1 : 0);
}
