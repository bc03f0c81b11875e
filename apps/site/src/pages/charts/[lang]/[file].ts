/**
 * /charts/<locale>/<chart id>.svg and .csv: the downloads of every chart on the site.
 *
 * This route serves them in `astro dev` only (ATLAS_CHART_ROUTE, set by the integration). In a build they are written as
 * plain files by the build's side process (src/integrations/side-outputs.ts),
 * on the second core while Astro renders the pages: through Astro's router each
 * of the 56,000 files at 10,000 incidents cost a request, a response and the
 * middleware, about a fifth of the whole build. Both use chartDownload(), so
 * the files are the same either way.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartIds, chartDownload } from '../../../lib/charts.ts';
import { localeOf } from '../../../lib/i18n.ts';

export const getStaticPaths: GetStaticPaths = () =>
  import.meta.env.ATLAS_CHART_ROUTE
    ? allChartIds().flatMap(({ locale, id }) => [
        { params: { lang: locale, file: `${id}.svg` } },
        { params: { lang: locale, file: `${id}.csv` } },
      ])
    : [];

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const ext = file.endsWith('.svg') ? 'svg' : 'csv';
  const body = chartDownload(localeOf(String(params.lang)), file.slice(0, -4), ext);
  return new Response(body, {
    headers: { 'content-type': ext === 'svg' ? 'image/svg+xml' : 'text/csv; charset=utf-8' },
  });
};
