/**
 * The sitemap's files, from the site model's list of pages: sitemap-index.xml
 * naming sitemap-0.xml, sitemap-1.xml, … of at most SITEMAP_SIZE URLs each
 * (the protocol allows 50,000).
 */
import { SITE_ORIGIN } from './locale.ts';

export const SITEMAP_SIZE = 45000;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapFiles(paths: readonly string[]): { pages: number; files: Record<string, string> } {
  const files: Record<string, string> = {};
  const names: string[] = [];
  for (let i = 0; i * SITEMAP_SIZE < Math.max(paths.length, 1); i++) {
    const name = `sitemap-${i}.xml`;
    const urls = paths.slice(i * SITEMAP_SIZE, (i + 1) * SITEMAP_SIZE).map((p) => `<url><loc>${xml(`${SITE_ORIGIN}${p}`)}</loc></url>`);
    files[name] = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
    names.push(name);
  }
  files['sitemap-index.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${names
      .map((n) => `<sitemap><loc>${SITE_ORIGIN}/${n}</loc></sitemap>`)
      .join('')}</sitemapindex>\n`;
  return { pages: paths.length, files };
}
