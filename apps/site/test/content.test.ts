// Specification of the explainer and checklist pages (content/explainers, content/checklists).
// Plain node, no Astro: the pages are read as text, their frontmatter with `yaml`, and every
// figure they cite is looked up in the dataset, so a page can never cite a figure that does not exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, loadDataset, repoRoot } from '@atlas/data';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatter } from '../src/lib/frontmatter.ts';

const LANGS = ['en', 'fr', 'it'] as const;
const COLLECTIONS = ['explainers', 'checklists'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The components the site injects; pages must not import anything. */
const COMPONENTS = new Set(['Fig', 'FigSource', 'IncidentLink', 'Checklist', 'Check']);
/** Hosts a page body may link to: the regulation's text, authorities and official references. */
const LINK_HOSTS = [
  'eur-lex.europa.eu',
  'www.edpb.europa.eu',
  'www.cnil.fr',
  'www.garanteprivacy.it',
  'ico.org.uk',
  'www.hhs.gov',
  'esante.gouv.fr',
];

interface Page {
  file: string;
  collection: string;
  folder: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function readPages(): Page[] {
  const pages: Page[] = [];
  for (const collection of COLLECTIONS) {
    const root = join(repoRoot, 'content', collection);
    for (const folder of readdirSync(root)) {
      for (const name of readdirSync(join(root, folder))) {
        const file = `content/${collection}/${folder}/${name}`;
        const text = readFileSync(join(root, folder, name), 'utf8');
        const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!m) throw new Error(`${file}: no frontmatter between --- lines`);
        pages.push({
          file,
          collection,
          folder,
          slug: name.replace(/\.mdx$/, ''),
          data: parse(m[1] as string) as Record<string, unknown>,
          body: m[2] as string,
        });
      }
    }
  }
  return pages;
}

/** Every `[text](url)` link in a text. */
function links(text: string): { text: string; url: string }[] {
  return [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1] as string, url: m[2] as string }));
}

/** A mention of an article: "Art. 15", "article 17", "Articles 15", "articolo 82", "articoli 15"… */
const ARTICLE = /\bart(?:icles?|icol[oi])?\.?\s*\d+/gi;

/** Article mentions left once every link to eur-lex.europa.eu is removed, link text included. */
function unlinkedArticles(text: string): string[] {
  const stripped = text.replace(/\[[^\]]*\]\(https:\/\/eur-lex\.europa\.eu\/[^)\s]*\)/g, ' ');
  return stripped.match(ARTICLE) ?? [];
}

/**
 * Numbers that look like a data figure typed by hand: any number of 100 or more, and any number
 * followed by a magnitude word ("2.6 million", "900mila"). Not counted: component tags (their ids),
 * link addresses, ISO dates, four-digit years, article mentions, case and decision numbers
 * (C-300/21, SAN-2020-015), the regulation's number (2016/679) and the ISO 27001 standard.
 */
function handTypedNumbers(text: string): string[] {
  const cleaned = text
    .replace(/<[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' ')
    .replace(ARTICLE, ' ')
    .replace(/\bC-\d+\/\d+/g, ' ')
    .replace(/\bSAN-\d{4}-\d+/g, ' ')
    .replace(/\b\d{4}\/\d+\b/g, ' ')
    .replace(/\bISO(?:\/IEC)?\s*27001\b/g, ' ');
  const found: string[] = [];
  // A number may be grouped with commas, dots, spaces or apostrophes ("2,300", "2 300", "2.300", "2'300").
  const NUMBER = /\d+(?:[.,'\u00a0\u202f ]\d+)*(?:\s*(?:mila|million[si]?|milion[ei]|milliards?|miliard[oi]|billions?|bn|k\b|m\b))?/gi;
  for (const m of cleaned.matchAll(NUMBER)) {
    const token = m[0].trim();
    const hasMagnitude = /[a-z]$/i.test(token);
    const digits = token.match(/^[\d.,'\u00a0\u202f ]+/)?.[0].trim() ?? '';
    const grouped = /[.,'\u00a0\u202f ]\d{3}\b/.test(digits);
    const whole = Number(digits.replace(/[.,'\u00a0\u202f ](\d{3})(?!\d)/g, '$1').replace(',', '.'));
    const isYear = !grouped && !hasMagnitude && /^(19|20)\d{2}$/.test(digits);
    if (hasMagnitude || (!isYear && whole >= 100)) found.push(token);
  }
  return found;
}

/** Paragraph-like blocks of a body (blank-line separated), for error messages. */
function blockOf(body: string, needle: string): string {
  return body.split(/\n\s*\n/).find((b) => b.includes(needle))?.trim() ?? '';
}

const pages = readPages();
const { dataset } = loadDataset({ dir: contentDir(), cwd: repoRoot });

describe('the hand-typed figure check itself', () => {
  it('catches "400 million", "2,300", "2.6 million" and "900mila" typed by hand', () => {
    expect(handTypedNumbers('about 400 million images')).toEqual(['400 million']);
    expect(handTypedNumbers('2,300 servers and 2.6 million images')).toEqual(['2,300', '2.6 million']);
    expect(handTypedNumbers('archivio di 900mila file')).toEqual(['900mila']);
    expect(handTypedNumbers('plus de 389 millions de clichés')).toEqual(['389 millions']);
  });
  it('lets through years, dates, small numbers, article mentions and component ids', () => {
    const ok =
      'On 5 February 2020 (2020-02-05), 60 days later, [Art. 82 GDPR](https://eur-lex.europa.eu/eli/reg/2016/679/oj) ' +
      'and article 33 apply; ISO 27001; case C-300/21; <Fig id="greenbone-pacs-2019/images-world-auntminnie" /> images.';
    expect(handTypedNumbers(ok)).toEqual([]);
  });
});

describe('explainers and checklists', () => {
  it('exist, in the two collections', () => {
    expect(pages.filter((p) => p.collection === 'explainers').length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.collection === 'checklists').length).toBeGreaterThan(0);
  });

  it('are .mdx files in a language folder (en, fr, it) with a kebab-case slug', () => {
    for (const p of pages) {
      expect(LANGS as readonly string[], p.file).toContain(p.folder);
      expect(p.file, p.file).toMatch(/\.mdx$/);
      expect(p.slug, p.file).toMatch(KEBAB);
    }
  });

  it('exist in all three languages for every translationKey, once per language', () => {
    for (const collection of COLLECTIONS) {
      const inCollection = pages.filter((p) => p.collection === collection);
      const keys = new Set(inCollection.map((p) => String(p.data.translationKey)));
      for (const key of keys) {
        const langs = inCollection.filter((p) => p.data.translationKey === key).map((p) => p.folder).sort();
        expect(langs, `${collection} "${key}"`).toEqual([...LANGS].sort());
      }
    }
  });

  it('relate the same incidents in the three languages of one page', () => {
    for (const p of pages) {
      const siblings = pages.filter((q) => q.collection === p.collection && q.data.translationKey === p.data.translationKey);
      for (const q of siblings) expect([...(q.data.incidents as string[])].sort(), q.file).toEqual([...(p.data.incidents as string[])].sort());
    }
  });

  it('have frontmatter that the content collections accept (src/lib/frontmatter.ts), lang equal to the folder', () => {
    for (const p of pages) {
      const parsed = frontmatter.safeParse(p.data);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), p.file).toEqual([]);
      expect(p.data.lang, `${p.file}: lang`).toBe(p.folder);
    }
  });

  it('the frontmatter contract refuses an empty source list, a day that does not exist, an unknown key and an http link', () => {
    const good = pages[0]?.data ?? {};
    expect(frontmatter.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, sources: [] },
      { ...good, lastReviewed: '2026-02-30' },
      { ...good, author: 'someone' },
      { ...good, sources: [{ title: 'T', publisher: 'P', url: 'http://example.org/' }] },
    ]) {
      expect(frontmatter.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('cite only figures that exist in the dataset (<Fig id> and <FigSource id>)', () => {
    let count = 0;
    for (const p of pages) {
      for (const m of p.body.matchAll(/<(Fig|FigSource)\b([^>]*)\/?>/g)) {
        const id = /\bid="([^"]+)"/.exec(m[2] as string)?.[1];
        expect(id, `${p.file}: ${m[0]} has an id`).toBeDefined();
        expect(dataset.figure(id as string), `${p.file}: figure "${id}" does not exist`).toBeDefined();
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('relate only incidents that exist (frontmatter incidents and <IncidentLink id>)', () => {
    for (const p of pages) {
      for (const id of p.data.incidents as string[]) expect(dataset.incident(id), `${p.file}: incident "${id}"`).toBeDefined();
      for (const m of p.body.matchAll(/<IncidentLink\b([^>]*)\/?>/g)) {
        const id = /\bid="([^"]+)"/.exec(m[1] as string)?.[1];
        expect(id && dataset.incident(id), `${p.file}: ${m[0]}`).toBeTruthy();
      }
    }
  });

  it('use only the injected components, with no import or export statements', () => {
    for (const p of pages) {
      expect(p.body, `${p.file}: import/export`).not.toMatch(/^\s*(import|export)\s/m);
      for (const m of p.body.matchAll(/<\/?([A-Z][A-Za-z]*)/g)) expect(COMPONENTS, `${p.file}: <${m[1]}>`).toContain(m[1]);
    }
  });

  it('start headings at ## (the layout renders the title as the h1)', () => {
    for (const p of pages) expect(p.body, p.file).not.toMatch(/^#\s/m);
  });

  it('put every checklist item in <Check> inside a <Checklist>', () => {
    for (const p of pages.filter((q) => q.collection === 'checklists')) {
      const lists = [...p.body.matchAll(/<Checklist>([\s\S]*?)<\/Checklist>/g)];
      expect(lists.length, `${p.file}: has a <Checklist>`).toBeGreaterThan(0);
      const checks = (p.body.match(/<Check>/g) ?? []).length;
      const inside = lists.reduce((n, l) => n + ((l[1] as string).match(/<Check>/g) ?? []).length, 0);
      expect(inside, `${p.file}: every <Check> sits in a <Checklist>`).toBe(checks);
      expect((p.body.match(/<\/Check>/g) ?? []).length, `${p.file}: every <Check> is closed`).toBe(checks);
      // A Markdown list item is a checklist item that escaped its checkbox.
      expect(p.body, `${p.file}: list item outside <Check>`).not.toMatch(/^\s*[-*]\s|^\s*\d+\.\s/m);
    }
  });

  it('link only over https, and only to the regulation text, authorities and official references', () => {
    for (const p of pages) {
      for (const l of links(p.body)) {
        const url = new URL(l.url);
        expect(url.protocol, `${p.file}: ${l.url}`).toBe('https:');
        expect(LINK_HOSTS, `${p.file}: ${l.url}`).toContain(url.hostname);
      }
      expect(p.body, `${p.file}: bare http link`).not.toMatch(/http:\/\//);
    }
  });

  it('make every mention of a GDPR article ("Art. 15", "article 17", "articolo 82") the text of a link to eur-lex.europa.eu', () => {
    for (const p of pages) {
      for (const text of [p.body, String(p.data.summary), String(p.data.title)]) {
        const left = unlinkedArticles(text);
        expect(left, `${p.file}: ${left.map((a) => blockOf(text, a)).join('\n---\n')}`).toEqual([]);
      }
    }
  });

  it('type no data figure by hand: no number of 100 or more, and no "N million", outside ids, links, dates and article numbers', () => {
    for (const p of pages) {
      for (const text of [p.body, String(p.data.summary), String(p.data.title)]) {
        const found = handTypedNumbers(text);
        expect(found, `${p.file}: ${found.map((n) => blockOf(text, n)).join('\n---\n')}`).toEqual([]);
      }
    }
  });

  it('do not write a qualifier before <Fig>, which renders its own ("about <Fig />")', () => {
    const QUALIFIER_WORDS = /\b(about|around|nearly|almost|more than|over|environ|près de|plus de|presque|circa|quasi|oltre|più di)\s*$/i;
    for (const p of pages) {
      for (const m of p.body.matchAll(/<Fig\b/g)) {
        const before = p.body.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
        expect(before, `${p.file}: "${before}<Fig"`).not.toMatch(QUALIFIER_WORDS);
      }
    }
  });
});
