/**
 * /rss.xml, /fr/rss.xml, /it/rss.xml: the latest incidents added or modified,
 * newest change first, with titles, summaries and links in the feed's
 * language (English where a record has no translation yet).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { site, staticPaths } from '../../lib/site.ts';
import { type Locale, SITE_ORIGIN } from '../../model/locale.ts';

export function getStaticPaths() {
  return staticPaths(site().routes.fixed('/rss.xml'));
}

export const GET: APIRoute<{ locale: Locale }> = ({ props }) => {
  const m = t(props.locale);
  return rss({
    title: m.rss.title,
    description: m.rss.description,
    site: SITE_ORIGIN,
    items: site().feed(props.locale),
    customData: `<language>${props.locale}</language>`,
  });
};
