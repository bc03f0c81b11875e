/**
 * Builds the Pagefind search index into dist/pagefind/ after `astro build` has
 * written the pages. Only elements marked `data-pagefind-body` are indexed, one
 * index per `<html lang>`.
 *
 * Only the folders whose pages carry `data-pagefind-body` (incidents,
 * explainers, checklists, in each language) are handed to Pagefind: it parses
 * and holds every file it is given, so giving it the whole site (countries,
 * data types, embeds, chart downloads) cost minutes and gigabytes at 10,000
 * incidents for pages it then drops.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

const SEARCHABLE = ['incidents', 'explainers', 'checklists'];
/** One Wax glob per language over its searchable folders (English at the root, French and Italian under /fr/, /it/). */
export const SEARCH_GLOBS: Record<string, string> = {
  en: `{${SEARCHABLE.join(',')}}/**/*.html`,
  fr: `fr/{${SEARCHABLE.join(',')}}/**/*.html`,
  it: `it/{${SEARCHABLE.join(',')}}/**/*.html`,
};

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Writes the search index of a built site into <site>/pagefind/ and returns what it indexed.
 * It runs after `astro build` has exited (see scripts/search-index.ts), not inside it, so the
 * build's memory and Pagefind's are never held at the same time.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; languages: string[] }> {
  const output = join(site, 'pagefind');
  // One language at a time, each in a fresh Pagefind process: Pagefind holds every page it
  // indexes until it writes, so the peak memory is that of the largest language, not of all
  // three. Each run writes its own files (content-hashed names) and a pagefind-entry.json
  // naming only its language; the entries are merged at the end.
  let merged: Entry | undefined;
  let pages = 0;
  for (const [lang, glob] of Object.entries(SEARCH_GLOBS)) {
    try {
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind (${lang}): ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(`Pagefind (${lang}): ${written.errors.join('; ')}`);
      pages += added.page_count;
    } finally {
      await close();
    }
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as Entry;
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  }
  if (merged) writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(merged));
  return { pages, languages: Object.keys(merged?.languages ?? {}) };
}
