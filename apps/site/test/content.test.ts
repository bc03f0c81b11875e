// Specification of the explainer and checklist pages (content/explainers, content/checklists).
// Plain node, no Astro: the pages are read as text, their frontmatter with `yaml`, and every
// figure they cite is looked up in the dataset, so a page can never cite a figure that does not exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, coverageProblems, loadDataset, repoRoot, sourceBasis } from '@atlas/data';
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
  'www.legislation.gov.uk',
  'www.legifrance.gouv.fr',
  'www.normattiva.it',
  'www.gazzettaufficiale.it',
  'www.ecfr.gov',
  'reportfraud.ftc.gov',
  'www.ic3.gov',
  'stopncii.org',
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

/** Where each kind of legal text is published officially. */
const OFFICIAL = {
  eu: ['eur-lex.europa.eu'],
  uk: ['www.legislation.gov.uk'],
  fr: ['www.legifrance.gouv.fr'],
  it: ['www.normattiva.it', 'www.gazzettaufficiale.it'],
  us: ['www.ecfr.gov'],
} as const;

/**
 * The legal references a page may only make as the text of a link to the official text, and the
 * hosts that count as official for each: GDPR-style article mentions (any official legal host, as
 * "articolo 10 della legge 24/2017" and "Art. 12A UK GDPR" are articles too); French code articles
 * (CSP L1111-8, R1112-7, Code des assurances L124-3: Légifrance); Italian laws and decrees by
 * number (L. 24/2017, d.lgs. 196/2003: Normattiva or the Gazzetta Ufficiale); US federal
 * regulations (45 CFR 160.306, § 164.524: the eCFR).
 */
const LEGAL_REFERENCES: { what: string; pattern: RegExp; hosts: readonly string[] }[] = [
  { what: 'article', pattern: ARTICLE, hosts: Object.values(OFFICIAL).flat() },
  { what: 'French code article', pattern: /\b[LRD]\.?\s?\d{1,4}(?:-\d+)+\b/g, hosts: OFFICIAL.fr },
  { what: 'Italian law or decree', pattern: /\b\d{1,3}\/(?:19|20)\d{2}\b/g, hosts: OFFICIAL.it },
  { what: 'US federal regulation', pattern: /\b\d+\s*CFR\s*(?:§\s*)?\d+(?:\.\d+)?|§\s*\d+(?:\.\d+)?/g, hosts: OFFICIAL.us },
];

/**
 * Legal references left once every link to an official host for that kind of reference is
 * removed, link text included: "article L1111-8" must link to Légifrance, not to EUR-Lex.
 */
function unlinkedReferences(text: string): string[] {
  const left: string[] = [];
  for (const { what, pattern, hosts } of LEGAL_REFERENCES) {
    const stripped = text.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (link, _label: string, url: string) => {
      const host = URL.canParse(url) ? new URL(url).hostname : '';
      return hosts.includes(host) ? ' ' : link.replace(/\]\([^)]*\)$/, ']');
    });
    for (const m of stripped.match(pattern) ?? []) left.push(`${what}: ${m}`);
  }
  return left;
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
    .replace(/\b\d+\s*(?:days|jours|giorni)\b/gi, ' ')
    .replace(/\bC-\d+\/\d+/g, ' ')
    .replace(/\bSAN-\d{4}-\d+/g, ' ')
    .replace(/\b\d{4}\/\d+\b/g, ' ')
    .replace(/\bISO(?:\/IEC)?\s*27001\b/g, ' ');
  const withoutReferences = LEGAL_REFERENCES.reduce((t, r) => t.replace(r.pattern, ' '), cleaned);
  const found: string[] = [];
  // A number may be grouped with commas, dots, spaces or apostrophes ("2,300", "2 300", "2.300", "2'300").
  const NUMBER = /\d+(?:[.,'\u00a0\u202f ]\d+)*(?:\s*(?:mila|million[si]?|milion[ei]|milliards?|miliard[oi]|billions?|bn|k\b|m\b))?/gi;
  for (const m of withoutReferences.matchAll(NUMBER)) {
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
  it('lets through deadlines in days and national legal references (L1111-8, 45 CFR 160.306, 24/2017)', () => {
    const ok =
      'within 180 days ([45 CFR 160.306](https://www.ecfr.gov/current/title-45/section-160.306)); sous 180 jours; entro 180 giorni; ' +
      'article R1112-7 and L124-3; legge 24/2017; d.lgs. 196/2003; § 164.524';
    expect(handTypedNumbers(ok)).toEqual([]);
  });
});

describe('the legal-reference check itself', () => {
  const eurLex = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
  const legifrance = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665/';
  const normattiva = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2017-03-08;24~art10';
  const ecfr = 'https://www.ecfr.gov/current/title-45/section-160.306';
  it('catches national references written without a link', () => {
    expect(unlinkedReferences("l'article L1111-8 du code de la santé publique")).toEqual(['French code article: L1111-8']);
    expect(unlinkedReferences('vingt ans (R1112-7)')).toEqual(['French code article: R1112-7']);
    expect(unlinkedReferences('legge 24/2017')).toEqual(['Italian law or decree: 24/2017']);
    expect(unlinkedReferences('within 180 days (45 CFR 160.306)')).toEqual(['US federal regulation: 45 CFR 160.306']);
    expect(unlinkedReferences("l'art. 144-bis del Codice privacy")).toEqual(['article: art. 144']);
  });
  it('catches a reference linked to the wrong official text', () => {
    expect(unlinkedReferences(`[article L124-3 du code des assurances](${eurLex})`)).toEqual(['French code article: L124-3']);
    expect(unlinkedReferences(`[45 CFR 160.306](${legifrance})`)).toEqual(['US federal regulation: 45 CFR 160.306']);
  });
  it('accepts each reference as the text of a link to its official text', () => {
    const ok =
      `[Art. 18(1)(c) GDPR](${eurLex}); [article R1112-7 du code de la santé publique](${legifrance}); ` +
      `[articolo 10 della legge 24/2017](${normattiva}); [45 CFR 160.306](${ecfr}).`;
    expect(unlinkedReferences(ok)).toEqual([]);
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
      const checks = (p.body.match(/<Check\b[^>]*>/g) ?? []).length;
      const inside = lists.reduce((n, l) => n + ((l[1] as string).match(/<Check\b[^>]*>/g) ?? []).length, 0);
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

  it('make every legal reference (GDPR and national articles, CSP L…/R…, L. 24/2017, CFR sections) the text of a link to its official text', () => {
    for (const p of pages) {
      for (const text of [p.body, String(p.data.summary), String(p.data.title)]) {
        const left = unlinkedReferences(text);
        const where = left.map((a) => blockOf(text, a.slice(a.indexOf(': ') + 2)));
        expect(left, `${p.file}: ${where.join('\n---\n')}`).toEqual([]);
      }
    }
  });

  it('show the same last-reviewed date in the three languages of a checklist', () => {
    for (const p of pages.filter((q) => q.collection === 'checklists')) {
      const siblings = pages.filter((q) => q.collection === 'checklists' && q.data.translationKey === p.data.translationKey);
      for (const q of siblings) expect(q.data.lastReviewed, `${q.file} vs ${p.file}`).toBe(p.data.lastReviewed);
    }
  });

  it('open every checklist with the privacy notice (GDPR Art. 13 holds most answers)', () => {
    const NOTICE = { en: /privacy notice/i, fr: /politique de confidentialité/i, it: /informativa privacy/i } as const;
    for (const p of pages.filter((q) => q.collection === 'checklists')) {
      const first = /<Check\b[^>]*>([\s\S]*?)<\/Check>/.exec(p.body)?.[1] ?? '';
      expect(first, `${p.file}: first question`).toMatch(NOTICE[p.folder as keyof typeof NOTICE]);
      expect(first, `${p.file}: first question cites Art. 13`).toMatch(/(Art\.|article|articolo) 13\b/);
    }
  });

  it('write good answers and red flags as plain text (the props are not Markdown: a link would print as brackets)', () => {
    for (const p of pages.filter((q) => q.collection === 'checklists')) {
      for (const m of p.body.matchAll(/\b(good|flag)="([^"]*)"/g)) {
        expect(m[2], `${p.file}: ${m[1]}="${m[2]}"`).not.toMatch(/\]\(|\*\*|[<>`]|https?:/);
        expect((m[2] as string).trim().length, `${p.file}: empty ${m[1]}`).toBeGreaterThan(0);
      }
    }
  });

  it('give every question with a good answer a red flag too, and the reverse', () => {
    for (const p of pages.filter((q) => q.collection === 'checklists')) {
      for (const m of p.body.matchAll(/<Check\b([^>]*)>/g)) {
        const attrs = m[1] as string;
        expect(/\bgood="/.test(attrs), `${p.file}: ${m[0].slice(0, 80)}`).toBe(/\bflag="/.test(attrs));
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

// Issue 14: what every published record carries (the rules live in @atlas/data's coverage.ts, tested there with failing cases).
describe('incident records', () => {
  it('are all here (the checks below run over each)', () => {
    expect(dataset.incidents.length).toBe(readdirSync(contentDir()).filter((f) => f.endsWith('.yaml')).length);
  });

  it('each have a French and an Italian title and summary', () => {
    const missing = dataset.incidents.flatMap((i) =>
      (['title', 'summary'] as const).flatMap((f) => (['fr', 'it'] as const).filter((l) => !i[f][l]?.trim()).map((l) => `${i.id}: ${f}.${l}`)),
    );
    expect(missing).toEqual([]);
  });

  it('cite, for every figure, a source that has been read', () => {
    const unread = dataset.incidents.flatMap((i) =>
      i.figures
        .filter((f) => {
          const source = i.sources.find((s) => s.id === f.source);
          return source === undefined || source.read === false;
        })
        .map((f) => `${i.id}/${f.id}`),
    );
    expect(unread).toEqual([]);
  });

  it('each rest on a primary, regulator or court source, or on two independent news sources', () => {
    expect(dataset.incidents.filter((i) => !sourceBasis(i)).map((i) => i.id)).toEqual([]);
  });

  it('carry everything a published record carries', () => {
    expect(dataset.incidents.flatMap((i) => coverageProblems(i).map((p) => `${i.id}: ${p}`))).toEqual([]);
  });
});
