/**
 * The page budget of the site issue, over $SITE_DIST (else apps/site/dist),
 * measured by the site's own scripts/budget.mjs: every HTML page, with the
 * stylesheets it links and its inline SVG, under 30 KB gzipped, and 0 bytes
 * of JavaScript except the search pages.
 */
import { describe, expect, it } from 'vitest';
import { budget, JS_ALLOWED, LIMIT_BYTES } from '../../scripts/budget.mjs';
import { distDir, htmlFiles } from '../../scripts/qa/dist.mjs';

describe('page budget', () => {
  const rows = budget(distDir());

  it('measures every page', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(htmlFiles().length);
  });

  it(`every page is under ${LIMIT_BYTES / 1024} KB gzipped, with its CSS`, () => {
    const over = rows.filter((r) => r.total >= LIMIT_BYTES).map((r) => `${r.page}: ${r.total} bytes (html ${r.htmlGzip} + css ${r.cssGzip})`);
    expect(over, `over budget:\n${over.join('\n')}`).toEqual([]);
  });

  it('no page loads JavaScript but the search pages', () => {
    const withJs = rows.filter((r) => r.js > 0 && !JS_ALLOWED.test(r.page)).map((r) => `${r.page}: ${r.js} bytes`);
    expect(withJs, `JavaScript outside search:\n${withJs.join('\n')}`).toEqual([]);
  });
});
