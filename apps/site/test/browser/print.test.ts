/**
 * Every checklist prints on at most two A4 pages: each checklist page of the sitemap is printed
 * to PDF by Debian's Chromium (page.pdf, A4, the print stylesheet, the @page margins of site.css)
 * and its pages are counted in the PDF itself.
 *
 * Reads $SITE_DIST, else apps/site/dist. Without Chromium: fails when CI=true, else prints one
 * line and runs no browser test (as pages.test.ts does).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, hasChromium, MISSING_CHROMIUM } from '../../scripts/qa/chromium.mjs';
import { distDir, sitemapPaths } from '../../scripts/qa/dist.mjs';
import { serve } from '../../scripts/serve.mjs';

/** The most A4 sheets a checklist may take. */
const MAX_PAGES = 2;
const CHECKLISTS = fileURLToPath(new URL('../../../../content/checklists/', import.meta.url));

const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * The pages of a PDF, counted twice: the /Type /Page objects, and the /Count of the page tree's
 * root. Chromium writes both uncompressed; the two must agree.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const objects = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  const root = counts.length ? Math.max(...counts) : Number.NaN;
  if (objects !== root) throw new Error(`PDF page count unclear: ${objects} /Type /Page objects, page tree /Count ${root}`);
  return objects;
}

/** How many checklist files content/checklists holds, across the three languages. */
function checklistFiles(): number {
  return readdirSync(CHECKLISTS).reduce((n, lang) => n + readdirSync(new URL(`${lang}/`, `file://${CHECKLISTS}`)).filter((f) => f.endsWith('.mdx')).length, 0);
}

describe('the PDF page count itself', () => {
  it('reads a minimal two-page PDF', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n' +
        '3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type /Page /Parent 2 0 R >> endobj\n%%EOF',
      'latin1',
    );
    expect(pdfPageCount(pdf)).toBe(2);
  });
  it('refuses a PDF whose page objects and page tree disagree', () => {
    const pdf = Buffer.from('<< /Type /Pages /Count 3 >> << /Type /Page >>', 'latin1');
    expect(() => pdfPageCount(pdf)).toThrow(/unclear/);
  });
});

if (!hasChromium() && !inCi) {
  process.stdout.write(`${MISSING_CHROMIUM}\n`);
  describe.skip(MISSING_CHROMIUM, () => {
    it.skip('every checklist printed to PDF', () => {});
  });
} else {
  const dir = distDir();
  const paths = sitemapPaths(dir).filter((p) => /^\/(?:(?:fr|it)\/)?checklists\/[^/]+\/$/.test(p));
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serve({ dir, port: 0 });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds every checklist of content/checklists in the sitemap', () => {
    expect(paths.length).toBe(checklistFiles());
  });

  it.for(paths)(`%s prints on at most ${MAX_PAGES} A4 pages`, async (path, { expect }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      const pages = pdfPageCount(pdf);
      expect(pages, `${path}: ${pages} pages`).toBeGreaterThan(0);
      expect(pages, `${path}: ${pages} A4 pages`).toBeLessThanOrEqual(MAX_PAGES);
    } finally {
      await context.close();
    }
  });
}
