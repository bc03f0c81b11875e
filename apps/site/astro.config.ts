import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { incidentPreview } from './src/integrations/incident-preview.ts';
import { LOCALES, SITE_ORIGIN } from './src/model/locale.ts';

// The search index, the chart downloads and the sitemap are not Astro's work: scripts/build.mjs
// writes them from the same site model in a sibling process, on the second core, while Astro renders.
export default defineConfig({
  site: SITE_ORIGIN,
  trailingSlash: 'ignore',
  output: 'static',
  i18n: {
    defaultLocale: 'en',
    locales: [...LOCALES],
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
  integrations: [mdx(), incidentPreview()],
});
