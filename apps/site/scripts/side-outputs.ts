/**
 * The build's side process, forked by src/integrations/side-outputs.ts when
 * `astro build` starts, so that it runs on the second core while Astro renders
 * the pages on the first. From the same dataset and the same site modules as
 * the pages (run here unbundled, with tsx), it writes into a staging folder:
 *
 * - pagefind/: the search index of every incident page in every language
 *   (src/lib/search-index.ts), one language at a time;
 * - charts/: every chart's SVG and CSV download, each language's written while
 *   Pagefind writes that language's index.
 *
 * The integration moves both into the built site. Once Astro has written the
 * pages, it sends the site's folder, and the explainer and checklist pages are
 * indexed into <site>/pagefind/pages/.
 *
 * Messages (over the IPC channel of `fork`):
 *   child → parent  { type: 'ready', charts, records, ms }
 *   parent → child  { type: 'finish', site }
 *   child → parent  { type: 'done', pages, ms }
 *   child → parent  { type: 'failed', message }   (then exits with 1)
 *
 * Usage (by the integration): node --import tsx scripts/side-outputs.ts <staging folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartDownload, chartIds } from '../src/lib/charts.ts';
import { getDataset } from '../src/lib/dataset.ts';
import type { Locale } from '../src/lib/i18n.ts';
import { writeIncidentIndex, writePageIndex } from '../src/lib/search-index.ts';

export type SideMessage =
  | { type: 'ready'; charts: number; records: number; ms: number }
  | { type: 'done'; pages: number; ms: number }
  | { type: 'failed'; message: string };

const send = (message: SideMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

/** Writes <staging>/charts/<locale>/<id>.svg and .csv for every chart of a locale; returns how many charts. */
function writeChartDownloads(staging: string, locale: Locale): number {
  const folder = join(staging, 'charts', locale);
  mkdirSync(folder, { recursive: true });
  const ids = chartIds(locale);
  for (const id of ids) {
    writeFileSync(join(folder, `${id}.svg`), chartDownload(locale, id, 'svg'));
    writeFileSync(join(folder, `${id}.csv`), chartDownload(locale, id, 'csv'));
  }
  return ids.length;
}

async function main(staging: string): Promise<void> {
  const started = performance.now();
  // Astro exits (or is stopped) without telling us: go with it.
  process.on('disconnect', () => process.exit(1));
  const finish = new Promise<string>((resolve) => {
    process.on('message', (m: { type?: string; site?: string }) => {
      if (m.type === 'finish' && typeof m.site === 'string') resolve(m.site);
    });
  });

  const dataset = getDataset();
  let charts = 0;
  const { records } = await writeIncidentIndex(dataset, join(staging, 'pagefind'), (locale) => {
    charts += writeChartDownloads(staging, locale);
  });
  await send({ type: 'ready', charts, records, ms: performance.now() - started });

  const site = await finish;
  const at = performance.now();
  const { pages } = await writePageIndex(site);
  await send({ type: 'done', pages, ms: performance.now() - at });
  process.disconnect?.();
}

const staging = process.argv[2];
if (!staging) {
  console.error('usage: node --import tsx scripts/side-outputs.ts <staging folder>');
  process.exit(2);
}
main(staging).catch(async (error: unknown) => {
  await send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
