/** /charts/<locale>/<chart id>.svg and .csv: the downloads of every chart on the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartIds, chart, siteSvg } from '../../../lib/charts.ts';
import { localeOf } from '../../../lib/i18n.ts';

export const getStaticPaths: GetStaticPaths = () =>
  allChartIds().flatMap(({ locale, id }) => [
    { params: { lang: locale, file: `${id}.svg` } },
    { params: { lang: locale, file: `${id}.csv` } },
  ]);

export const GET: APIRoute = ({ params }) => {
  const locale = localeOf(String(params.lang));
  const file = String(params.file);
  const ext = file.endsWith('.svg') ? 'svg' : 'csv';
  const spec = chart(locale, file.slice(0, -4));
  // A standalone file keeps the XML prolog-free SVG as rendered, minus the inline style the site CSP forbids.
  return ext === 'svg'
    ? new Response(`${siteSvg(spec.result.svg)}\n`, { headers: { 'content-type': 'image/svg+xml' } })
    : new Response(spec.result.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
