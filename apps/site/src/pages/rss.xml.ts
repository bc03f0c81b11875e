/** /rss.xml: the latest RSS_ITEMS incidents added or modified, newest change first (English titles and summaries). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { en } from '../i18n/en.ts';
import { getDataset } from '../lib/dataset.ts';
import { isListed } from '../lib/status.ts';

/** A feed carries recent changes, not the archive: its size stays the same at any dataset size. */
const RSS_ITEMS = 50;

export const GET: APIRoute = (context) => {
  const items = getDataset()
    .incidents.filter(isListed)
    .slice()
    .sort((a, b) => b.record.modified.localeCompare(a.record.modified) || a.id.localeCompare(b.id))
    .slice(0, RSS_ITEMS)
    .map((i) => ({
      title: i.title.en,
      description: i.summary.en,
      link: `/incidents/${i.id}/`,
      pubDate: new Date(`${i.record.modified}T00:00:00Z`),
      categories: [i.sector, ...i.countries],
    }));
  return rss({
    title: en.rss.title,
    description: en.rss.description,
    site: context.site ?? 'https://patient-privacy-atlas.org',
    items,
    customData: '<language>en</language>',
  });
};
