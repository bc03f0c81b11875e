/**
 * The page budget over $SITE_DIST (else apps/site/dist), measured by the same
 * function and limits as `npm run budget` (scripts/budget.mjs): every HTML
 * page, with the stylesheets it links and its inline SVG, at most 14,600 bytes
 * gzipped (one round trip: 10 TCP segments of 1,460 bytes), the search pages at
 * most 30 KB, and no JavaScript but on the search pages. One test, whatever the
 * reason a page fails; the rules themselves are checked on made-up paths.
 */
import { describe, expect, it } from 'vitest';
import { budget, LIMIT_BYTES, limitOf, pageType, SEARCH_LIMIT_BYTES } from '../../scripts/budget.mjs';
import { distDir, htmlFiles } from '../../scripts/qa/dist.mjs';

describe('page budget', () => {
  it('is one round trip for every page type, and 30 KB for search', () => {
    expect(LIMIT_BYTES).toBe(14_600);
    expect(limitOf('incidents/x/index.html')).toBe(LIMIT_BYTES);
    expect(limitOf('it/search/index.html')).toBe(SEARCH_LIMIT_BYTES);
    expect(['index.html', 'fr/incidents/page/2/index.html', 'it/incidents/x/figures/page/3/index.html', 'embed/countries-map/index.html', '404.html'].map(pageType)).toEqual([
      '/',
      '/incidents/',
      '/incidents/*/figures/',
      '/embed/*/',
      '404',
    ]);
    expect(['data/index.html', 'fr/data/changelog/index.html', 'it/data/v/2026-12-02.0123abcd/index.html'].map(pageType)).toEqual(['/data/', '/data/changelog/', '/data/v/*/']);
  });

  it('every page of the built site is within its limit, with its CSS, and only search loads JavaScript', () => {
    const rows = budget(distDir());
    expect(rows.length, 'every HTML page is measured').toBe(htmlFiles().length);
    expect(rows.length).toBeGreaterThan(0);
    const failing = rows.filter((r) => r.problems.length > 0).map((r) => `${r.page}: ${r.problems.join('; ')}`);
    expect(failing, `over budget or loading JavaScript:\n${failing.join('\n')}`).toEqual([]);
  });
});
