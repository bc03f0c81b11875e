/**
 * Every internal link and #anchor of the built site resolves: each href and
 * src on our origin (relative, root-relative or https://patient-privacy-atlas.org/…)
 * names a file the static server would answer with, and each fragment names
 * an id (or <a name>) on the target page. Sitemap entries must resolve too.
 * Reads $SITE_DIST, else apps/site/dist.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, pathOfFile, SITE_ORIGIN, sitemapPaths } from '../../scripts/qa/dist.mjs';
import { anchorsOf, urlsOf } from '../../scripts/qa/html.mjs';

const dir = distDir();
const files = existsSync(dir) ? htmlFiles(dir) : [];
const html = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const anchorCache = new Map<string, Set<string>>();

/** The dist file a URL path is served from, the way scripts/serve.mjs and static hosts answer; null when none. */
function fileFor(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = join(dir, path);
  if (!full.startsWith(dir)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : null;
}

function anchorsIn(file: string): Set<string> {
  const known = anchorCache.get(file);
  if (known) return known;
  const ids = anchorsOf(readFileSync(file, 'utf8'));
  anchorCache.set(file, ids);
  return ids;
}

/** Why a URL named on `page` does not resolve, or null when it does or is not ours. */
function problem(url: string, pageUrl: URL, ownAnchors: Set<string>): string | null {
  if (/^(mailto|tel|data|blob|javascript):/i.test(url)) return null;
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (target.origin !== pageUrl.origin) return null;
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : null;
  const samePage = target.pathname === pageUrl.pathname && target.search === pageUrl.search;
  if (samePage && fragment !== null) {
    return fragment === '' || fragment === 'top' || ownAnchors.has(fragment) ? null : `#${fragment} is not an id on this page`;
  }
  const file = fileFor(target.pathname);
  if (!file) return `${target.pathname} is not in dist/`;
  if (fragment && fragment !== 'top' && file.endsWith('.html') && !anchorsIn(file).has(fragment))
    return `#${fragment} is not an id on ${target.pathname}`;
  return null;
}

describe('internal links', () => {
  it('the built site has pages', () => {
    expect(files.length, `no HTML in ${dir}: build the site first`).toBeGreaterThan(0);
  });

  it('every href and src on our origin names a file of dist/, and every #anchor an id on its page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [file, source] of html) {
      const pageUrl = new URL(pathOfFile(file), SITE_ORIGIN);
      const own = anchorsOf(source);
      for (const { url, tag, attr, line } of urlsOf(source)) {
        checked++;
        const why = problem(url, pageUrl, own);
        if (why) broken.push(`${file}:${line} <${tag} ${attr}="${url}">: ${why}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(broken, `${broken.length} broken links:\n${broken.slice(0, 200).join('\n')}`).toEqual([]);
  });

  it('the sitemap lists every page of dist/ once, but embeds, redirects of merged records, /data/latest/ and the 404 page, and nothing else', () => {
    const listed = sitemapPaths(dir);
    const missing = listed.filter((p) => !fileFor(p.split('?')[0] as string));
    expect(missing, 'sitemap entries with no page in dist/').toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    const expected = files
      // /data/latest/ shows the current version's page again; /data/v/<version>/ is its address.
      .filter((f) => f !== '404.html' && !/(^|\/)(embed\/|data\/latest\/index\.html$)/.test(f) && !/http-equiv="refresh"/.test(html.get(f) ?? ''))
      .map(pathOfFile);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});
