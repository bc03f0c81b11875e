/**
 * The build's sibling process, started by scripts/build.mjs beside `astro
 * build`, so that it runs on the second core while Astro renders the pages on
 * the first. It loads the dataset and asks the same site model as the pages
 * (src/model/) for what needs no rendered page, writing into a staging folder:
 *
 *   pagefind/        the search index of every incident page in every language,
 *                    one language at a time (src/model/search.ts);
 *   charts/          every chart's SVG and CSV download, each language's
 *                    written while Pagefind writes that language's index;
 *   sitemap-index.xml, sitemap-0.xml, …   every page but embeds and redirects;
 *   data/, incidents/<id>.json   the dataset's files of every version and each
 *                    record's JSON (src/lib/data-versions.ts).
 *
 * Then it waits for one line on its standard input: the site folder, sent by
 * build.mjs once Astro has written the pages (or end of input, when Astro
 * failed). It moves the staged files into the site (into the folders Astro
 * made, such as data/ and incidents/, file by file) and indexes the built
 * explainer and checklist pages into <site>/pagefind/pages/.
 *
 * Usage (by scripts/build.mjs): node --import tsx scripts/side-outputs.ts <staging folder>
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { loadDataset } from '@atlas/data';
import { todayUtc } from '@atlas/schema';
import { type DataFile, dataFiles, frozenReleases, frozenVersions, incidentJsonFiles } from '../src/lib/data-versions.ts';
import { incidentsDir, repositoryRoot } from '../src/lib/paths.ts';
import { LOCALES, type Locale, localePath } from '../src/model/locale.ts';
import { writeIncidentIndex, writePageIndex } from '../src/model/search.ts';
import { SiteModel } from '../src/model/site.ts';
import { sitemapFiles } from '../src/model/sitemap.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The explainer and checklist pages, `/<kind>/<slug>/` per language, from the folders their collections read. */
export function contentPages(root: string = repositoryRoot()): string[] {
  return ['explainers', 'checklists'].flatMap((kind) =>
    LOCALES.flatMap((lang) => {
      let names: string[];
      try {
        names = readdirSync(join(root, 'content', kind, lang));
      } catch {
        return [];
      }
      return names.filter((n) => n.endsWith('.mdx')).map((n) => localePath(lang, `/${kind}/${n.slice(0, -4)}/`));
    }),
  );
}

/** Writes <folder>/charts/<locale>/<id>.svg and .csv for every chart of a locale, and <id>.picture.svg for a chart with a picture (the map); returns how many charts. */
function writeChartDownloads(model: SiteModel, folder: string, locale: Locale): number {
  const dir = join(folder, 'charts', locale);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const d of model.charts.downloads(locale)) {
    writeFileSync(join(dir, `${d.id}.svg`), d.svg);
    writeFileSync(join(dir, `${d.id}.csv`), d.csv);
    if (d.picture) writeFileSync(join(dir, `${d.id}.picture.svg`), d.picture);
    n++;
  }
  return n;
}

/** Writes each [path from the site root, body] under `folder`; returns how many files. */
async function writeFiles(folder: string, files: Iterable<[string, DataFile]> | AsyncIterable<[string, DataFile]>): Promise<number> {
  let n = 0;
  for await (const [path, body] of files) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    n++;
  }
  return n;
}

/**
 * Moves every entry of the staging folder into the site: a rename on one file
 * system, a copy across two. A folder that Astro made too (data/, incidents/)
 * is merged entry by entry; a file on both sides is an error, never overwritten.
 */
function moveInto(staging: string, site: string): void {
  for (const name of readdirSync(staging)) {
    const from = join(staging, name);
    const target = join(site, name);
    if (existsSync(target)) {
      if (statSync(target).isDirectory() && statSync(from).isDirectory()) {
        moveInto(from, target);
        continue;
      }
      throw new Error(`${target} exists already: public/ or a page must not hold a ${name}`);
    }
    try {
      renameSync(from, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(from, target, { recursive: true });
    }
  }
}

/** The first line of standard input, or undefined at its end. */
function firstLine(): Promise<string | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    let line: string | undefined;
    lines.once('line', (l) => {
      line = l;
      lines.close();
    });
    lines.once('close', () => resolve(line));
  });
}

async function main(staging: string): Promise<void> {
  const started = performance.now();
  const { dir, root } = incidentsDir();
  // The first of this process and Astro to load the folder validates it and leaves the records in the build's snapshot for the other.
  const { dataset } = loadDataset({ dir, cwd: root, snapshot: process.env.ATLAS_DATASET_SNAPSHOT });
  const model = new SiteModel(dataset, { today: todayUtc() });
  const releases = frozenReleases();
  // The data files first: they are the heaviest in memory, and are garbage before Pagefind and the render's heap grow.
  const data = await writeFiles(staging, dataFiles(model, releases));
  const json = await writeFiles(staging, incidentJsonFiles(model));
  const files = sitemapFiles(model.sitemap(contentPages(), frozenVersions(releases)));
  for (const [name, xml] of Object.entries(files.files)) writeFileSync(join(staging, name), xml);
  let charts = 0;
  const { records } = await writeIncidentIndex(
    (locale) => model.searchRecords(locale),
    join(staging, 'pagefind'),
    (locale) => {
      charts += writeChartDownloads(model, staging, locale);
    },
  );
  console.log(
    `side-outputs: ${charts} charts' downloads, the search index of ${records} incident pages, a sitemap of ${files.pages} pages, ${data} data files and ${json} records' JSON, ready ${seconds(started)} after the build started`,
  );
  const site = await firstLine();
  if (!site) return;
  const at = performance.now();
  moveInto(staging, site);
  const { pages } = await writePageIndex(site);
  console.log(`side-outputs: search index of ${pages} explainer and checklist pages written to pagefind/pages/ in ${seconds(at)}`);
}

const [staging] = process.argv.slice(2);
if (!staging) {
  console.error('usage: node --import tsx scripts/side-outputs.ts <staging folder>');
  process.exit(2);
}
main(staging).catch((error: unknown) => {
  console.error(`side-outputs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
