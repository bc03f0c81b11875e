import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDir, loadDataset, repoRoot } from '@atlas/data';
import { defineConfig } from 'astro/config';
import { incidentPreview } from './src/integrations/incident-preview.ts';
import { sideOutputs } from './src/integrations/side-outputs.ts';

/**
 * Ids of merged records: their pages only redirect, so the sitemap leaves them out.
 * The pages publish the set on globalThis when they load the dataset (src/lib/dataset.ts),
 * so the build holds one dataset, not two (a second copy at 10,000 incidents is hundreds of MB);
 * the config loads the folder itself only when no page did.
 */
let merged: Set<string> | undefined;
const mergedIds = (): Set<string> =>
  (merged ??=
    (globalThis as { __atlasMergedIds?: Set<string> }).__atlasMergedIds ??
    new Set(
      loadDataset({ dir: contentDir(), cwd: repoRoot, strict: false })
        .dataset.incidents.filter((i) => i.status === 'merged')
        .map((i) => i.id),
    ));

export default defineConfig({
  site: 'https://patient-privacy-atlas.org',
  trailingSlash: 'ignore',
  output: 'static',
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr', 'it'],
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // Every stylesheet is an external file: the CSP has no 'unsafe-inline' for styles.
    inlineStylesheets: 'never',
    // Renders stay on one thread, but a few pages in flight at once overlap each page's
    // file writes with the next page's render (the main thread was idle a third of the time).
    concurrency: 8,
  },
  // No client-side prefetch script, no dev toolbar in pages.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // Chart downloads and the search index, built on the second core while Astro renders.
    sideOutputs(),
    sitemap({
      // Embed pages are for iframes, not for search engines; merged records only redirect.
      // No `i18n` option: every page carries its hreflang alternates in <head>, and the
      // plugin's i18n links scan every URL for each URL (quadratic: 12 s at 57,000 pages).
      filter: (page) => !/\/embed\//.test(page) && !mergedIds().has(/\/incidents\/([^/]+)\/$/.exec(page)?.[1] ?? ''),
    }),
  ],
  vite: {
    // @atlas/data finds the repository from its own file location, which bundling
    // moves into dist/chunks/; the site passes the real root in at build time.
    define: { 'import.meta.env.ATLAS_REPO_ROOT': JSON.stringify(repoRoot) },
    plugins: [incidentPreview()],
  },
});
