/**
 * The Pagefind search index: dist/pagefind/ for incidents, dist/pagefind/pages/
 * for explainers and checklists, one index per language in each. The search
 * page merges the two (public/search.js, `mergeIndex`).
 *
 * Incident pages are indexed from the dataset, as Pagefind custom records
 * whose text is what the page says about the incident (title, summary, facts,
 * data types, headline figures, who reported it), composed from the same
 * record the page renders. Parsing the rendered HTML of every incident page in
 * three languages only to recover that text took 42 s at 10,000 incidents,
 * after Astro had finished; records need no HTML, so the build's sibling
 * process (scripts/side-outputs.ts, started by scripts/build.mjs) writes the
 * incident index while Astro is still rendering. Long texts the page quotes (evidence phrases, citations,
 * source titles) are left out: they made Pagefind hold 1.6 GB at 10,000
 * incidents for words nobody searches an incident by.
 *
 * Explainers and checklists are few and written in MDX: they are indexed from
 * their built pages (the `<main data-pagefind-body>` of each) once Astro has
 * written them, into their own small index.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DATA_TYPES,
  DISCOVERER_TYPES,
  INCIDENT_KINDS,
  type Incident,
  ORGANISATION_ROLES,
  SECTORS,
  VECTORS,
} from '@atlas/schema';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { t } from '../i18n/index.ts';
import { countryName, figureLabel, labelled, localized, metricLabel, termLabel } from './format.ts';
import { LOCALES, type Locale, localePath } from './locale.ts';
import type { Views } from './views.ts';

/** The built pages indexed from HTML, one Wax glob per language: English at the root, French and Italian under /fr/ and /it/. */
export const HTML_SEARCH_GLOBS: readonly string[] = ['', 'fr/', 'it/'].map((prefix) => `${prefix}{explainers,checklists}/**/*.html`);

export interface SearchRecord {
  url: string;
  language: Locale;
  content: string;
  meta: { title: string };
}

/** The search record of one incident page: what it says about the incident, in the page's language, one fact per line. */
export function incidentRecord(v: Views, incident: Incident, locale: Locale): SearchRecord {
  const m = t(locale);
  const title = localized(incident.title, locale).text;
  const lines: string[] = [
    title,
    localized(incident.summary, locale).text,
    [
      termLabel(INCIDENT_KINDS, incident.kind, locale),
      termLabel(SECTORS, incident.sector, locale),
      termLabel(VECTORS, incident.vector, locale),
    ].join(' · '),
    ...incident.organisations.map(
      (o) => `${o.name} (${termLabel(ORGANISATION_ROLES, o.role, locale)}, ${countryName(o.country, locale)})`,
    ),
    incident.countries.map((c) => countryName(c, locale)).join(', '),
    incident.discovered_by
      ? labelled(m.incident.discoveredBy, `${incident.discovered_by.name} (${termLabel(DISCOVERER_TYPES, incident.discovered_by.type, locale)})`, locale)
      : '',
    incident.data_types.map((d) => termLabel(DATA_TYPES, d, locale)).join(', '),
  ];
  // The preferred figure of each group, as the page's figure table states it ("more than 2.6 million images").
  for (const g of v.groups(incident.id)) lines.push(`${figureLabel(g.preferred.figure, locale)} ${metricLabel(g.metric, locale)}`);
  for (const a of incident.accounts ?? []) lines.push(a.party);
  lines.push([...new Set(incident.sources.map((s) => s.publisher))].join(', '));
  return {
    url: localePath(locale, `/incidents/${incident.id}/`),
    language: locale,
    content: lines.filter(Boolean).join('\n'),
    meta: { title },
  };
}

interface Entry {
  version: string;
  languages: Record<string, { page_count: number }>;
  [key: string]: unknown;
}

/** Runs one Pagefind index from start to written files, and stops Pagefind. */
async function withIndex(fill: (index: PagefindIndex) => Promise<number>, outputPath: string, during?: () => void): Promise<{ added: number; entry: Entry }> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await fill(index);
    const writing = index.writeFiles({ outputPath });
    // Pagefind builds the index in its own process: meanwhile this one can do other work.
    during?.();
    const written = await writing;
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { added, entry: JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as Entry };
  } finally {
    await close();
  }
}

/**
 * Writes the incident index into <outputPath> (the site's pagefind/ folder): a
 * record for every listed incident (merged records only redirect), one language
 * at a time in a fresh Pagefind process, so that Pagefind holds one language,
 * not three. Each run writes its own content-hashed files and an entry naming
 * its language; the entries are merged at the end. `during(locale)` runs while
 * Pagefind writes that language.
 */
export async function writeIncidentIndex(
  records: (locale: Locale) => SearchRecord[],
  outputPath: string,
  during?: (locale: Locale) => void,
): Promise<{ records: number; languages: string[] }> {
  let merged: Entry | undefined;
  let total = 0;
  for (const locale of LOCALES) {
    const list = records(locale);
    const run = await withIndex(
      async (index) => {
        let n = 0;
        // A few hundred requests in flight at once: Pagefind answers each over a pipe.
        for (let i = 0; i < list.length; i += 256) {
          const added = await Promise.all(list.slice(i, i + 256).map((record) => index.addCustomRecord(record)));
          const failed = added.flatMap((a) => a.errors);
          if (failed.length > 0) throw new Error(`Pagefind (${locale}): ${failed.join('; ')}`);
          n += added.length;
        }
        return n;
      },
      outputPath,
      during ? () => during(locale) : undefined,
    );
    total += run.added;
    merged = merged ? { ...merged, languages: { ...merged.languages, ...run.entry.languages } } : run.entry;
  }
  if (merged) writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged));
  return { records: total, languages: Object.keys(merged?.languages ?? {}) };
}

/** Where the explainer and checklist index goes, inside the site's pagefind/ folder; public/search.js merges it in from there. */
export const PAGES_BUNDLE = 'pagefind/pages';

/** Writes the index of the built explainer and checklist pages into <site>/pagefind/pages/. */
export async function writePageIndex(site: string): Promise<{ pages: number; languages: string[] }> {
  const run = await withIndex(async (index) => {
    let pages = 0;
    for (const glob of HTML_SEARCH_GLOBS) {
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind (${glob}): ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    return pages;
  }, join(site, PAGES_BUNDLE));
  return { pages: run.added, languages: Object.keys(run.entry.languages) };
}
