/**
 * Explainers and checklists with the checks the frontmatter contract
 * (src/lib/frontmatter.ts) cannot do alone: `lang` must equal the folder, every incident must exist, and each
 * translationKey appears at most once per language. Any problem fails the
 * build with a message naming the file.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Locale, localeParam, localePath } from '../model/locale.ts';
import { DEV_SERVER, site } from './site.ts';

export type Kind = 'explainers' | 'checklists';
export type Entry = CollectionEntry<Kind>;

export interface Page {
  kind: Kind;
  entry: Entry;
  lang: Locale;
  slug: string;
}

const cache = new Map<Kind, Page[]>();

export async function pages(kind: Kind): Promise<Page[]> {
  const hit = cache.get(kind);
  if (hit && !DEV_SERVER) return hit;
  const { dataset } = site();
  const entries: Entry[] = await getCollection(kind);
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: Page[] = [];
  for (const entry of entries) {
    const file = `content/${kind}/${entry.id}.mdx`;
    const [folder, slug] = entry.id.split('/');
    if (!folder || !slug) {
      problems.push(`${file}: put the file in a language folder, content/${kind}/<en|fr|it>/<slug>.mdx`);
      continue;
    }
    if (entry.data.lang !== folder) problems.push(`${file}: lang is "${entry.data.lang}" but the file is in the "${folder}" folder`);
    for (const id of entry.data.incidents) {
      if (!dataset.incident(id)) problems.push(`${file}: incidents lists "${id}", which is not an incident in content/incidents`);
    }
    const key = `${entry.data.lang}|${entry.data.translationKey}`;
    if (seen.has(key)) problems.push(`${file}: translationKey "${entry.data.translationKey}" is used twice in ${entry.data.lang}`);
    seen.add(key);
    out.push({ kind, entry, lang: entry.data.lang, slug });
  }
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/${kind}:\n${problems.join('\n')}`);
  }
  out.sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, a.lang));
  cache.set(kind, out);
  return out;
}

/** The routes of one kind's pages, as getStaticPaths returns them: /<locale>/<kind>/<slug>/ with the page as its prop. */
export async function contentPaths(kind: Kind): Promise<{ params: { locale: string | undefined; slug: string }; props: { page: Page } }[]> {
  return (await pages(kind)).map((page) => ({ params: { locale: localeParam(page.lang), slug: page.slug }, props: { page } }));
}

export function pageUrl(p: Pick<Page, 'kind' | 'lang' | 'slug'>): string {
  return localePath(p.lang, `/${p.kind}/${p.slug}/`);
}

/** The same text in each language that has it, by translationKey. */
export async function translations(page: Page): Promise<Partial<Record<Locale, string>>> {
  const all = await pages(page.kind);
  const out: Partial<Record<Locale, string>> = {};
  for (const p of all) if (p.entry.data.translationKey === page.entry.data.translationKey) out[p.lang] = pageUrl(p);
  return out;
}
