/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written
 * the pages (after starlight's integrations/pagefind.ts). Only elements marked
 * `data-pagefind-body` are indexed, one index per `<html lang>`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// A static import: astro.config.ts is loaded through Vite, whose module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
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
