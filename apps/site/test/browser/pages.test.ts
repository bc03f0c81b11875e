/**
 * Every page of the sitemap (and the embed pages, which it leaves out), opened
 * in Debian's Chromium (see DEVELOPERS.md):
 * it answers 200, logs no error, fails no request, asks nothing of another
 * origin, passes axe at WCAG 2.2 AA, declares its route's language, has one
 * h1 and a skip link that works from the keyboard, and fits 320 px.
 * Then the search finds NextMotion in English and French, and one page of each
 * type is screenshotted at 360 and 1280 px into screenshots/ for review.
 *
 * Reads $SITE_DIST, else apps/site/dist. Without Chromium: fails when CI=true,
 * else prints one line and runs no browser test.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, hasChromium, MISSING_CHROMIUM } from '../../scripts/qa/chromium.mjs';
import { distDir, htmlFiles, pageType, pathOfFile, routeLanguage, sitemapPaths } from '../../scripts/qa/dist.mjs';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = fileURLToPath(new URL('../../../../screenshots/', import.meta.url));
/** Pages visited at once: one browser, this many contexts, on 2 cores. */
const PARALLEL = 2;
/** A path no page has, to check the 404 page the server answers with. */
const MISSING_PATH = '/qa-no-such-page/';

const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const browserPresent = hasChromium();

/** What one visit saw; every list should end up empty. */
interface Visit {
  url: string;
  done: boolean;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

const newVisit = (url: string): Visit => ({ url, done: false, consoleErrors: [], failedRequests: [], foreignRequests: [] });

/**
 * A browser tab that records, per visit, console errors, failed requests and
 * requests leaving `origin`. Tabs are reused from visit to visit: a new page
 * and a fresh axe compile cost more than the checks themselves.
 */
class RecordingTab {
  visit: Visit = newVisit('about:blank');
  /** The visit each request belongs to: a tab is reused, and a request can end after its page has gone. */
  private owner = new WeakMap<Request, Visit>();
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, origin: string): Promise<RecordingTab> {
    const context = await browser.newContext();
    // axe-core is injected through the DevTools protocol, before the page's own
    // scripts, not as a <script> that the site's CSP would rightly refuse.
    await context.addInitScript({ content: AXE_SOURCE });
    const tab = new RecordingTab(await context.newPage());
    const { page } = tab;
    page.on('console', (m) => {
      if (m.type() === 'error') tab.visit.consoleErrors.push(`${m.text()} (${m.location().url || 'inline'})`);
    });
    page.on('pageerror', (e) => tab.visit.consoleErrors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      tab.owner.set(r, tab.visit);
      const url = r.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) tab.visit.foreignRequests.push(`${r.method()} ${url}`);
    });
    page.on('requestfailed', (r) => tab.failed(r, r.failure()?.errorText ?? 'failed'));
    page.on('response', (r) => {
      const mainDocument = r.request().isNavigationRequest() && r.frame() === page.mainFrame();
      if (r.status() >= 400 && !mainDocument) tab.failed(r.request(), `HTTP ${r.status()}`);
    });
    return tab;
  }

  /**
   * Records a failed request against its own visit, or, when that visit is
   * over, against the current one with a note. The one exception: a request
   * of a finished visit aborted by the next navigation (a late favicon fetch,
   * say) is the test's doing, not the site's.
   */
  private failed(request: Request, why: string) {
    const owner = this.owner.get(request) ?? this.visit;
    if (!owner.done) owner.failedRequests.push(`${request.url()}: ${why}`);
    else if (why !== 'net::ERR_ABORTED') this.visit.failedRequests.push(`${request.url()}: ${why} (late, from ${owner.url})`);
  }

  /** Opens `url` at 1280 × 720 with empty records; resolves with the response. */
  async open(url: string) {
    this.visit.done = true;
    this.visit = newVisit(url);
    await this.page.setViewportSize({ width: 1280, height: 720 });
    return this.page.goto(url, { waitUntil: 'load' });
  }

  close() {
    return this.page.context().close();
  }
}

/** At most PARALLEL tabs at work at once; a test waits for a free one. */
class TabPool {
  private waiting: ((t: RecordingTab) => void)[] = [];
  private free: RecordingTab[];
  readonly all: readonly RecordingTab[];
  constructor(tabs: RecordingTab[]) {
    this.free = [...tabs];
    this.all = tabs;
  }
  async use<T>(fn: (tab: RecordingTab) => Promise<T>): Promise<T> {
    const tab = this.free.pop() ?? (await new Promise<RecordingTab>((r) => this.waiting.push(r)));
    try {
      return await fn(tab);
    } finally {
      const next = this.waiting.shift();
      if (next) next(tab);
      else this.free.push(tab);
    }
  }
}

/** An assertion message that names every item, whatever the reporter shows of the diff. */
function listed(what: string, items: readonly string[]): string {
  return items.length ? `${what}:\n  ${items.join('\n  ')}\n` : what;
}

/** Tab from a fresh load: the first focus must be a visible skip link whose target is, or is in, main. */
async function checkSkipLink(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return null;
    const r = a.getBoundingClientRect();
    return {
      tag: a.tagName.toLowerCase(),
      href: a.getAttribute('href'),
      text: (a.textContent ?? '').trim().slice(0, 60),
      visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
  if (!first) return ['Tab focuses nothing'];
  if (first.tag !== 'a' || !first.href?.startsWith('#') || first.href.length < 2)
    return [`the first Tab focuses <${first.tag}> "${first.text}" (href ${first.href}), not a skip link to #…`];
  if (!first.visible) problems.push(`skip link "${first.text}" is not visible when focused`);
  await page.keyboard.press('Enter');
  const target = first.href.slice(1);
  const after = await page.evaluate((id) => {
    const el = document.getElementById(decodeURIComponent(id));
    if (!el) return { exists: false };
    const main = document.querySelector('main');
    const active = document.activeElement;
    return {
      exists: true,
      hash: location.hash,
      inMain: !!main && (main === el || main.contains(el) || el.contains(main)),
      focused: active === el || el.contains(active),
    };
  }, target);
  if (!after.exists) return [...problems, `skip link target #${target} does not exist`];
  if (!after.inMain) problems.push(`skip link target #${target} is neither main nor inside it`);
  if (after.hash !== `#${target}`) problems.push(`Enter on the skip link leaves location.hash at "${after.hash}"`);
  if (!after.focused) {
    // Chromium moves the sequential focus starting point to the target even when
    // it cannot take focus: the next Tab must land in or after it, not in the header.
    await page.keyboard.press('Tab');
    const skipped = await page.evaluate((id) => {
      const el = document.getElementById(decodeURIComponent(id)) as HTMLElement;
      const active = document.activeElement;
      if (!active || active === document.body) return true;
      return el.contains(active) || !!(el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, target);
    if (!skipped) problems.push(`after Enter on the skip link, Tab goes back before #${target}`);
  }
  return problems;
}

/** The axe-core violations of the page at the given WCAG tags (axe is injected by RecordingTab). */
async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    // The few fields of axe-core's result read here.
    type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}×: ${nodes}]`;
    });
  }, AXE_TAGS);
}

/** At 320 px, the page must not scroll sideways; names the widest elements when it does. */
async function overflowAt320(page: Page): Promise<string | null> {
  await page.setViewportSize({ width: 320, height: 720 });
  return page.evaluate(() => {
    const width = document.scrollingElement?.scrollWidth ?? 0;
    if (width <= 320) return null;
    const one = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    const name = (e: Element) => {
      const chain = [one(e)];
      for (let p = e.parentElement; p && p !== document.body && chain.length < 4; p = p.parentElement) chain.unshift(one(p));
      return chain.join(' > ');
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 320.5)
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > 320.5))
      .slice(0, 3)
      .map((e) => `${name(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
    return `scrollWidth ${width} px > 320; widest: ${wide.join(', ')}`;
  });
}

if (!browserPresent && !inCi) {
  process.stdout.write(`${MISSING_CHROMIUM}\n`);
  describe.skip(MISSING_CHROMIUM, () => {
    it.skip('every page in Chromium', () => {});
  });
} else if (!browserPresent) {
  describe('browser', () => {
    it(`Chromium is installed at ${chromiumPath()} (CI=true requires the browser tests)`, () => {
      expect(browserPresent, MISSING_CHROMIUM).toBe(true);
    });
  });
} else {
  const dir = distDir();
  const paths = sitemapPaths(dir);
  // Embed pages (for iframes) and /data/latest/ (a second address of the current version's page) stay out
  // of the sitemap but are pages all the same.
  const inSitemap = new Set(paths);
  const embeds = htmlFiles(dir)
    .map(pathOfFile)
    .filter((p) => /^\/((fr|it)\/)?(embed\/|data\/latest\/$)/.test(p) && !inSitemap.has(p));
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let origin: string;
  let pool: TabPool;

  beforeAll(async () => {
    server = await serve({ dir, port: 0 });
    origin = new URL(server.url).origin;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    pool = new TabPool(await Promise.all(Array.from({ length: PARALLEL }, () => RecordingTab.open(browser, origin))));
  });

  afterAll(async () => {
    for (const tab of pool?.all ?? []) await tab.close();
    await browser?.close();
    await server?.close();
  });

  it('the sitemap lists pages in every language', () => {
    const langs = new Set(paths.map(routeLanguage));
    expect([...langs].sort()).toEqual(['en', 'fr', 'it']);
  });

  const VISIT_TIMEOUT_MS = 180_000;
  describe.concurrent('every page of the sitemap, the embed pages and the 404 page', () => {
    const visits = [
      ...paths.map((p) => ({ path: p, status: 200 })),
      ...embeds.map((p) => ({ path: p, status: 200 })),
      { path: MISSING_PATH, status: 404 },
    ];
    // The time limit guards against a hang, not a speed target: a visit waits for a free tab of the
    // pool before it starts, and axe on the longest incident pages takes seconds on a busy machine.
    it.for(visits)('$path', { timeout: VISIT_TIMEOUT_MS }, async ({ path, status }, { expect }) => {
      await pool.use(async (tab) => {
        const { page } = tab;
        const response = await tab.open(new URL(path, origin).href);
        const { visit } = tab;
        expect(response?.status(), 'HTTP status').toBe(status);
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.getAttribute('lang'),
          h1: document.querySelectorAll('h1').length,
          refresh: !!document.querySelector('meta[http-equiv="refresh" i]'),
        }));
        expect.soft(facts.refresh, 'a page of the sitemap is not a redirect').toBe(false);
        expect.soft(facts.lang, '<html lang>').toBe(routeLanguage(path));
        expect.soft(facts.h1, 'number of h1').toBe(1);
        const skip = await checkSkipLink(page);
        expect.soft(skip, listed('skip link from the keyboard', skip)).toEqual([]);
        const violations = await axeViolations(page);
        expect.soft(violations, listed(`axe ${AXE_TAGS.join(', ')}`, violations)).toEqual([]);
        const overflow = await overflowAt320(page);
        expect.soft(overflow, `horizontal scroll at 320 px: ${overflow}`).toBeNull();
        // Chromium logs the 404 status of the missing page itself; that one is expected.
        const own = `status of ${status} (Not Found) (${new URL(path, origin).href})`;
        const errors = status === 404 ? visit.consoleErrors.filter((e) => !e.endsWith(own)) : visit.consoleErrors;
        expect.soft(errors, listed('console errors', errors)).toEqual([]);
        expect.soft(visit.failedRequests, listed('failed requests', visit.failedRequests)).toEqual([]);
        expect.soft(visit.foreignRequests, listed('requests to another origin', visit.foreignRequests)).toEqual([]);
      });
    });
  });

  // issue 17: JSON-LD is data, not script; a downloaded chart SVG stands on its own.
  describe('published data and downloads', () => {
    it('the data page carries Dataset JSON-LD that parses, with no console error (no CSP violation)', async () => {
      await pool.use(async (tab) => {
        for (const path of ['/data/', '/fr/data/', '/it/data/']) {
          await tab.open(new URL(path, origin).href);
          const blocks = await tab.page.evaluate(() =>
            [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
          );
          expect(blocks, path).toHaveLength(1);
          const ld = JSON.parse(blocks[0] as string);
          expect(ld['@type'], path).toBe('Dataset');
          expect(ld.distribution.map((d: { name: string }) => d.name), path).toContain('atlas.sqlite');
          expect(tab.visit.consoleErrors, listed(`console errors on ${path}`, tab.visit.consoleErrors)).toEqual([]);
        }
      });
    });

    it('a downloaded chart SVG opens on its own with no console error, no request and its text as text', async () => {
      // Three downloads in name order, the world map's download, and its picture (the drawing the map page shows,
      // which has no words: its key is text on the page). Every file is checked without a browser in static/svg.test.ts.
      const names = readdirSync(join(dir, 'charts', 'en')).sort();
      const downloads = names.filter((f) => f.endsWith('.svg') && !f.endsWith('.picture.svg'));
      expect(downloads.length).toBeGreaterThan(0);
      const svgs = [...new Set([...downloads.slice(0, 3), ...names.filter((f) => f.startsWith('countries-map.') && f.endsWith('.svg'))])];
      expect(svgs).toContain('countries-map.picture.svg');
      // Each file opens in a new tab, as a reader's download would: a reused tab
      // remembers the site's favicon.svg from the pages before, and Chromium may
      // start fetching it for the SVG document and then cancel it for that
      // document's own /favicon.ico, a failed request that is not the file's.
      for (const file of svgs) {
        const tab = await RecordingTab.open(browser, origin);
        try {
          const response = await tab.open(new URL(`/charts/en/${file}`, origin).href);
          expect(response?.status(), file).toBe(200);
          await tab.page.waitForLoadState('networkidle');
          const text = await tab.page.evaluate(() => [...document.querySelectorAll('text')].map((t) => t.textContent).join(' '));
          if (file.endsWith('.picture.svg')) expect(text.trim(), `${file} is a picture without words`).toBe('');
          else expect(text.trim().length, `${file} has its words as <text>`).toBeGreaterThan(0);
          expect(tab.visit.consoleErrors, listed(`console errors on ${file}`, tab.visit.consoleErrors)).toEqual([]);
          expect(tab.visit.failedRequests, file).toEqual([]);
          expect(tab.visit.foreignRequests, file).toEqual([]);
        } finally {
          await tab.close();
        }
      }
    });
  });

  describe('search', () => {
    // Incidents come from the incident index (/pagefind/), checklists from the merged pages index (/pagefind/pages/).
    const searchCases = [
      { path: '/search/', query: 'NextMotion', lang: 'en', target: '/nextmotion-2020/', what: 'the NextMotion incident' },
      { path: '/fr/search/', query: 'photos de patients', lang: 'fr', target: '/nextmotion-2020/', what: 'the NextMotion incident' },
      { path: '/it/search/', query: 'assicurazione', lang: 'it', target: '/assicurazione-e-responsabilita/', what: 'the insurance checklist' },
    ];
    it.each(searchCases)('$path finds $what from "$query"', async ({ path, query, lang, target }) => {
      await pool.use(async (tab) => {
        const { page } = tab;
        await tab.open(new URL(path, origin).href);
        const { visit } = tab;
        const input = page
          .locator('main input[type="search"], main input.pagefind-ui__search-input, main input[type="text"]')
          .first();
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        const hits = () =>
          page.evaluate(
            (t) =>
              [...document.querySelectorAll('main a[href]')]
                .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
                .filter((p) => p.includes(t)),
            target,
          );
        expect(await hits(), `no link to ${target} before searching`).toEqual([]);
        await input.pressSequentially(query, { delay: 20 });
        await page.waitForFunction(
          (t) => [...document.querySelectorAll('main a[href]')].some((a) => new URL((a as HTMLAnchorElement).href).pathname.includes(t)),
          target,
          { timeout: 10_000 },
        );
        const found = await hits();
        expect(found.length).toBeGreaterThan(0);
        for (const p of found) expect(routeLanguage(p), `result ${p} is in the page's language`).toBe(lang);
        expect(visit.consoleErrors, listed('console errors', visit.consoleErrors)).toEqual([]);
        expect(visit.failedRequests, listed('failed requests', visit.failedRequests)).toEqual([]);
        expect(visit.foreignRequests, listed('requests to another origin', visit.foreignRequests)).toEqual([]);
      });
    });
  });

  it('screenshots one page of each type at 360 and 1280 px into screenshots/', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const f of readdirSync(SCREENSHOTS)) if (f.endsWith('.png')) rmSync(join(SCREENSHOTS, f));
    const byType = new Map<string, string>();
    for (const p of [...paths, ...embeds, MISSING_PATH]) {
      const type = p === MISSING_PATH ? '404' : pageType(p);
      if (!byType.has(type) && (routeLanguage(p) === 'en' || type === '404')) byType.set(type, p);
    }
    byType.set('home-fr', '/fr/');
    byType.set('home-it', '/it/');
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      for (const [type, p] of byType) {
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(new URL(p, origin).href, { waitUntil: 'load' });
          await page.screenshot({ path: join(SCREENSHOTS, `${type.replace('/*', '-page').replace(/\W+/g, '-')}-${width}.png`), fullPage: true });
        }
      }
    } finally {
      await context.close();
    }
    expect(readdirSync(SCREENSHOTS).filter((f) => f.endsWith('.png')).length).toBe(byType.size * 2);
  }, 120_000);
}
