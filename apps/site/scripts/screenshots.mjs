// `npm run screenshots`: every page type of the built site, full page, at 360
// and 1280 px, light and dark (prefers-color-scheme), into the git-ignored
// screenshots/ folder at the repository root, for a person to look at before a
// change to the pages or charts is merged. Reads $SITE_DIST, else
// apps/site/dist (build it first: node apps/site/scripts/build.mjs).
// Names: <type>-<locale>-<width>-<light|dark>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, hasChromium, MISSING_CHROMIUM } from './qa/chromium.mjs';
import { distDir } from './qa/dist.mjs';
import { serve } from './serve.mjs';

const OUT = fileURLToPath(new URL('../../../screenshots/', import.meta.url));
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'];

/** One page of each type, by name; English unless a locale prefix says otherwise. */
const PAGES = [
  ['home', '/'],
  ['incident-nextmotion', '/incidents/nextmotion-2020/'],
  ['incident-greenbone', '/incidents/greenbone-pacs-2019/'],
  ['incidents', '/incidents/'],
  ['country', '/countries/fr/'],
  ['countries', '/countries/'],
  ['data-type', '/data-types/medical-images/'],
  ['data-types', '/data-types/'],
  ['sector', '/sectors/aesthetic-medicine/'],
  ['vector', '/vectors/exposed-database/'],
  ['year', '/years/2019/'],
  ['explainer', '/explainers/how-health-data-leaks/'],
  ['checklist', '/checklists/before-you-choose-a-clinic/'],
  ['data', '/data/'],
  ['search', '/search/'],
  ['embed', '/embed/nextmotion-2020--disagreement-images-world-2020-01/'],
  ['embed-scale', '/embed/incident-scale/'],
  ['about', '/about/'],
  ['fr-home', '/fr/'],
  ['fr-incident', '/fr/incidents/nextmotion-2020/'],
  ['fr-data-types', '/fr/data-types/'],
  ['it-incident', '/it/incidents/greenbone-pacs-2019/'],
  ['it-incidents', '/it/incidents/'],
];

async function main() {
  if (!hasChromium()) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serve({ dir: distDir(), port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  let written = 0;
  const missing = [];
  try {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        for (const [name, path] of PAGES) {
          const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
          if (response?.status() !== 200) {
            missing.push(`${path} (${response?.status() ?? 'no answer'})`);
            continue;
          }
          await page.screenshot({ path: join(OUT, `${name}-${width}-${scheme}.png`), fullPage: true, timeout: 180_000 });
          written++;
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${written} screenshots in ${OUT}`);
  if (missing.length) {
    console.error(`not found: ${missing.join(', ')}`);
    process.exit(1);
  }
}

await main();
