/**
 * The charts of the built site, with the real dataset's figures, laid out by
 * Debian's Chromium at 360, 768 and 1280 px: every page of the sitemap that
 * shows a chart in English, and the same pages in French and Italian for the
 * site-wide charts and one incident. Per chart (packages/charts/test/geometry.ts):
 * nothing drawn outside the SVG, no text over text or over a mark, every
 * valued mark labelled with its full figure, a shortened label always with its
 * <title>. And the type scale: in every fluid chart, each text renders (its
 * computed font-size times the SVG's scale on screen) at the page's body size
 * or at the size of its small text (.meta), and the chart is as wide as its
 * column. The world map is a drawing that scales with its width: the page
 * shows it as an image without words, as wide as its column, and writes its
 * key, notes and source as text, which is checked at the same sizes.
 *
 * Reads $SITE_DIST, else apps/site/dist. Without Chromium: fails when CI=true,
 * else prints one line and runs no browser test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChartReport, inspectCharts } from '../../../../packages/charts/test/geometry.ts';
import { CHROMIUM_FLAGS, chromiumPath, hasChromium, MISSING_CHROMIUM } from '../../scripts/qa/chromium.mjs';
import { distDir, sitemapPaths } from '../../scripts/qa/dist.mjs';
import { serve } from '../../scripts/serve.mjs';

const WIDTHS = [360, 768, 1280];
const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const dir = distDir();

/** Pages of the sitemap whose HTML holds a chart (an inline <svg> in a figure.chart). */
function chartPages(): string[] {
  const file = (p: string) => join(dir, p, 'index.html');
  return sitemapPaths(dir).filter((p) => {
    try {
      return /<figure class="chart"[^>]*>[\s\S]*?<svg [^>]*role="img"/.test(readFileSync(file(p), 'utf8'));
    } catch {
      return false;
    }
  });
}

if (!hasChromium()) {
  if (inCi) throw new Error(MISSING_CHROMIUM);
  console.log(MISSING_CHROMIUM);
} else {
  const all = chartPages();
  const pages = all.filter((p) => !/^\/(fr|it)\//.test(p) || /^\/(fr|it)\/(incidents\/(nextmotion-2020\/)?)?$/.test(p));
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;

  beforeAll(async () => {
    server = await serve({ dir, port: 0 });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the chart pages: home, incidents, data types, countries and incident pages, in three languages', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/incidents/', '/data-types/', '/incidents/nextmotion-2020/', '/fr/', '/it/incidents/']));
  });

  it.for(['/countries/', '/fr/countries/', '/embed/countries-map/'])('the world map on %s: a picture as wide as its column, its words at the page\'s sizes', async (path, { expect }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const figure = document.querySelector('#chart-countries-map');
        const img = figure?.querySelector('img.chart-file');
        const key = figure?.querySelector('.chart-key');
        const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
        const words = key ? Array.from(key.querySelectorAll('li, p')).map((el) => ({ text: el.textContent?.trim() ?? '', size: px(el) })) : [];
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect().width ?? 0;
        const column = figure ? box(figure) - Number.parseFloat(getComputedStyle(figure).paddingLeft) - Number.parseFloat(getComputedStyle(figure).paddingRight) : 0;
        const meta = document.createElement('p');
        meta.className = 'meta';
        document.body.append(meta);
        const sizes = { body: px(document.body), small: px(meta) };
        meta.remove();
        return { img: box(img), loaded: img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, column, words, sizes };
      });
      const at = `${path} at ${width} px`;
      expect(found.loaded, `${at}: the picture loads`).toBe(true);
      expect(Math.abs(found.img - found.column), `${at}: picture ${found.img} px in a ${found.column} px column`).toBeLessThan(1);
      expect(found.words.length, `${at}: the key's classes, notes and source`).toBeGreaterThan(2);
      for (const w of found.words) expect([found.sizes.body, found.sizes.small], `${at}: ${w.text}`).toContain(w.size);
    }
  });

  describe('every chart of the site', () => {
    it.for(pages)('%s', { timeout: 120_000 }, async (path, { expect }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        const reports: ChartReport[] = await page.evaluate(inspectCharts, 'figure.chart svg');
        const sizes = await page.evaluate(() => {
          const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : Number.NaN);
          const meta = document.createElement('p');
          meta.className = 'meta';
          document.querySelector('main')?.append(meta);
          const found = { body: px(document.body), small: px(meta) };
          meta.remove();
          return found;
        });
        expect(reports.length, `${path} at ${width}`).toBeGreaterThan(0);
        for (const r of reports) {
          const at = `${path} at ${width} px, ${r.name}`;
          expect.soft(r.problems, at).toEqual([]);
          expect.soft(r.fluid, `${at}: a chart on a page is fluid (only the map's picture scales, as an image)`).toBe(true);
          const off = r.sizes.filter((s) => Math.abs(s - sizes.body) > 0.5 && Math.abs(s - sizes.small) > 0.5);
          expect.soft(off, `${at}: text sizes other than body ${sizes.body}px or small ${sizes.small}px`).toEqual([]);
        }
      }
    });
  });
}
