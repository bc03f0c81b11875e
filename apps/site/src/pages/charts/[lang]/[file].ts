/**
 * /charts/<locale>/<chart id>.svg and .csv (and the map's .picture.svg) in `astro dev` only. In a build the
 * downloads are plain files written by the build's sibling process
 * (scripts/side-outputs.ts, started by scripts/build.mjs) on the second core
 * while Astro renders the pages: through Astro's router each of the 56,000
 * files at 10,000 incidents cost a request, a response and the middleware,
 * about a fifth of the whole build. Both take them from the same site model.
 */
import type { APIRoute } from 'astro';
import { DEV_SERVER, site } from '../../../lib/site.ts';
import { LOCALES } from '../../../model/locale.ts';

export const getStaticPaths = () =>
  DEV_SERVER
    ? LOCALES.flatMap((locale) =>
        [...site().charts.downloads(locale)].flatMap((d) => [
          { params: { lang: locale, file: `${d.id}.svg` }, props: { body: d.svg, type: 'image/svg+xml' } },
          { params: { lang: locale, file: `${d.id}.csv` }, props: { body: d.csv, type: 'text/csv; charset=utf-8' } },
          ...(d.picture ? [{ params: { lang: locale, file: `${d.id}.picture.svg` }, props: { body: d.picture, type: 'image/svg+xml' } }] : []),
        ]),
      )
    : [];

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'content-type': props.type } });
