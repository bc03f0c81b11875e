/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written
 * the pages (after starlight's integrations/pagefind.ts). Only elements marked
 * `data-pagefind-body` are indexed, one index per `<html lang>`.
 *
 * Only the folders whose pages carry `data-pagefind-body` (incidents,
 * explainers, checklists, in each language) are handed to Pagefind: it parses
 * and holds every file it is given, so giving it the whole site (countries,
 * data types, embeds, chart downloads) cost minutes and gigabytes at 10,000
 * incidents for pages it then drops.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// A static import: astro.config.ts is loaded through Vite, whose module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

const SEARCHABLE = ['incidents', 'explainers', 'checklists'];
/** A Wax glob over the searchable folders of every language (Wax refuses empty alternatives, so each is spelt out). */
export const SEARCH_GLOB = `{${['', 'fr/', 'it/'].flatMap((l) => SEARCHABLE.map((f) => `${l}${f}`)).join(',')}}/**/*.html`;

export function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: SEARCH_GLOB });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
