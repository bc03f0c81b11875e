/**
 * /rss.xml, /fr/rss.xml, /it/rss.xml: the latest RSS_ITEMS incidents added or
 * modified, newest change first, with titles, summaries and links in the feed's
 * language (English where a record has no translation yet).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { getDataset } from '../../lib/dataset.ts';
import { localized } from '../../lib/format.ts';
import { type Locale, localePath, perLocale } from '../../lib/i18n.ts';
import { isListed } from '../../lib/status.ts';

/** A feed carries recent changes, not the archive: its size stays the same at any dataset size. */
const RSS_ITEMS = 50;

export const getStaticPaths = () => perLocale(() => [{}]);

export const GET: APIRoute = (context) => {
  const { locale } = context.props as { locale: Locale };
  const m = t(locale);
  const items = getDataset()
    .incidents.filter(isListed)
    .slice()
    .sort((a, b) => b.record.modified.localeCompare(a.record.modified) || a.id.localeCompare(b.id))
    .slice(0, RSS_ITEMS)
    .map((i) => ({
      title: localized(i.title, locale).text,
      description: localized(i.summary, locale).text,
      link: localePath(locale, `/incidents/${i.id}/`),
      pubDate: new Date(`${i.record.modified}T00:00:00Z`),
      categories: [i.sector, ...i.countries],
    }));
  return rss({
    title: m.rss.title,
    description: m.rss.description,
    site: context.site ?? 'https://patient-privacy-atlas.org',
    items,
    customData: `<language>${locale}</language>`,
  });
};
