/**
 * The built site as a specification: every record has its pages in three
 * languages, every figure is on its incident page with its source, downloads
 * equal the dataset, and nothing loads from another origin. Links and the page
 * budget are test/static/links.test.ts and budget.test.ts.
 */
import { artifacts, contentDir, type Dataset, loadDataset, repoRoot } from '@atlas/data';
import { parse as parseCsv } from 'csv-parse/sync';
import { countryAdvice, DATA_TYPES, dataTypeAdvice, incidentAdvice, LOCALES } from '@atlas/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { cspHeader, cspMeta } from '../src/lib/csp.ts';
import { checklistLink } from '../src/model/advice.ts';
import { SITE_ORIGIN } from '../src/model/locale.ts';
import { PAGES_BUNDLE } from '../src/model/search.ts';
import { assertBuilt, attr, exists, files, outerSvgs, read, tags } from './helpers.ts';

let dataset: Dataset;
let pages: string[];
const prefix = (locale: string) => (locale === 'en' ? '' : `${locale}/`);

beforeAll(() => {
  assertBuilt();
  dataset = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset;
  pages = files('.html');
});

describe('pages in three languages', () => {
  it('every incident has its page in en, fr and it; a merged one redirects to its target', () => {
    for (const incident of dataset.incidents) {
      for (const locale of LOCALES) {
        const path = `${prefix(locale)}incidents/${incident.id}/index.html`;
        expect(exists(path), path).toBe(true);
        const html = read(path);
        expect(html).toContain(`<html lang="${locale}"`);
        if (incident.status === 'merged' && incident.merged_into && dataset.incident(incident.merged_into)) {
          expect(html, path).toMatch(new RegExp(`http-equiv="refresh" content="0; url=/(?:${locale}/)?incidents/${incident.merged_into}/"`));
        }
        if (incident.status === 'withdrawn') expect(html, path).toMatch(/class="notice"/);
      }
    }
  });

  it('every country has its page in en, fr and it', () => {
    const countries = [...dataset.byCountry().keys()];
    expect(countries.length).toBeGreaterThan(0);
    for (const code of countries) {
      for (const locale of LOCALES) {
        expect(exists(`${prefix(locale)}countries/${code.toLowerCase()}/index.html`), `${locale} ${code}`).toBe(true);
      }
    }
  });

  it('every data type has its page in en, fr and it, which says what the type means in that language', () => {
    const unhtml = (x: string) => x.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const term of DATA_TYPES) {
      for (const locale of LOCALES) {
        const path = `${prefix(locale)}data-types/${term.id}/index.html`;
        expect(exists(path), `${locale} ${term.id}`).toBe(true);
        const definition = t(locale).dataTypes.definitions[term.id];
        expect(definition, `${locale} ${term.id}`).toBeTruthy();
        expect(unhtml(read(path)), path).toContain(`<p>${definition}</p>`);
      }
    }
  });

  it('the fixed pages exist in every language', () => {
    for (const path of ['', 'incidents/', 'countries/', 'data-types/', 'explainers/', 'checklists/', 'data/', 'about/', 'contribute/', 'search/']) {
      for (const locale of LOCALES) expect(exists(`${prefix(locale)}${path}index.html`), `${locale} /${path}`).toBe(true);
    }
    for (const path of ['404.html', 'rss.xml', 'fr/rss.xml', 'it/rss.xml', 'sitemap-index.xml', '_headers']) expect(exists(path), path).toBe(true);
  });

  it('every page has one h1, its language on <html>, hreflang alternates and the CSP meta tag', () => {
    for (const page of pages) {
      const html = read(page);
      const locale = /^(fr|it)\//.exec(page)?.[1] ?? 'en';
      expect(html, page).toContain(`<html lang="${locale}"`);
      expect(tags(html, 'h1'), page).toHaveLength(1);
      const meta = tags(html, 'meta').find((t) => attr(t, 'http-equiv') === 'Content-Security-Policy');
      const kind = /(^|\/)search\//.test(page) ? 'search' : /(^|\/)embed\//.test(page) ? 'embed' : 'default';
      expect(meta && attr(meta, 'content'), page).toBe(cspMeta(kind));
      if (page !== '404.html' && !/explainers\/.|checklists\/./.test(page)) {
        const langs = tags(html, 'link').filter((t) => attr(t, 'rel') === 'alternate' && attr(t, 'hreflang')).map((t) => attr(t, 'hreflang'));
        expect(langs, page).toEqual(expect.arrayContaining(['en', 'fr', 'it', 'x-default']));
      }
    }
  });
});

describe('figures', () => {
  /** The <tr> with the given id in a page, or '' when there is none. */
  const rowOf = (html: string, id: string) => {
    const start = html.indexOf(`<tr id="${id}"`);
    return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
  };

  it('every figure of the dataset keeps its anchor on its incident page, and its full row (source, permalink) there or one link away', () => {
    for (const rec of dataset.figures) {
      const incident = dataset.incident(rec.incidentId);
      if (!incident || incident.status === 'merged') continue;
      const anchor = `fig-${rec.figure.id}`;
      for (const locale of LOCALES) {
        const page = `/${prefix(locale)}incidents/${rec.incidentId}/`;
        const short = rowOf(read(`${page.slice(1)}index.html`), anchor);
        expect(short, `${locale} ${rec.key}: no row #${anchor} on ${page}`).not.toBe('');
        // On an incident with too many figures, the row is short and its number links to the full row on a figures page.
        const fullHref = tags(short, 'a').map((t) => attr(t, 'href') ?? '').find((h) => h.startsWith(`${page}figures/`));
        const full = fullHref ? rowOf(read(`${fullHref.split('#')[0]?.slice(1)}index.html`), anchor) : short;
        if (fullHref) expect(fullHref.endsWith(`#${anchor}`), fullHref).toBe(true);
        const hrefs = tags(full, 'a').map((t) => attr(t, 'href'));
        expect(hrefs, `${locale} ${rec.key}`).toContain(rec.source.url);
        // The permalink is always the incident page's anchor.
        expect(hrefs, `${locale} ${rec.key} permalink`).toContain(fullHref ? `${page}#${anchor}` : `#${anchor}`);
      }
    }
  });

  it('source lines read "Security Magazine, February 2020": no space before a comma or full stop after a link, in any language', () => {
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged')) {
      for (const locale of LOCALES) {
        const html = read(`${prefix(locale)}incidents/${incident.id}/index.html`);
        expect(html, `${locale} ${incident.id}: a word runs into the <time> after it`).not.toMatch(/[A-Za-zà-ü]<time /);
        // A line break in the template between </a> and "," printed as a space before the comma.
        expect(html.match(/<\/a>\s+[,.]/g), `${locale} ${incident.id}`).toBeNull();
      }
    }
    // Every other page too: lists of links ("Charts of the whole atlas: A, B, C.") and download lines.
    for (const page of pages) expect(read(page).match(/<\/a>\s+[,.]/g), page).toBeNull();
    // Greenbone's full figure rows are on its figures pages.
    const greenbone = read('incidents/greenbone-pacs-2019/figures/index.html');
    expect(greenbone).toMatch(/<\/a>, [^<]*2019/);
    // and a sentence before a link keeps its space: "Preferred figure: … (Security Magazine). Permalink".
    const nextmotion = read('incidents/nextmotion-2020/index.html');
    expect(nextmotion).toMatch(/\(Security Magazine\)\. <a href="#fig-/);
  });

  it('an incident with disagreeing sources shows the disagreement panel with a chart, on its page or its charts pages', () => {
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged')) {
      const own = read(`incidents/${incident.id}/index.html`);
      const chartPages = pages.filter((p) => p.startsWith(`incidents/${incident.id}/charts/`));
      const html = [own, ...chartPages.map(read)].join('\n');
      const n = dataset.disagreements(incident.id).length;
      expect(html.includes('id="disagreements"'), incident.id).toBe(n > 0);
      expect((html.match(/id="chart-[^"]*--disagreement-/g) ?? []).length, incident.id).toBe(n);
      // Charts moved to their own pages are each linked from the incident page.
      for (const m of chartPages.flatMap((p) => [...read(p).matchAll(/<figure class="chart" id="(chart-[^"]+)"/g)]))
        expect(own, `${incident.id}: link to #${m[1]}`).toMatch(new RegExp(`href="/incidents/${incident.id}/charts/(?:page/\\d+/)?#${m[1]}"`));
    }
  });
});

describe('downloads', () => {
  it('the data files are byte for byte those of @atlas/data, and parse to the dataset counts', () => {
    const expected = artifacts(dataset);
    for (const [file, body] of Object.entries(expected)) expect(read(`data/${file}`), file).toBe(body);
    const json = JSON.parse(read('data/incidents.json'));
    expect(json.incidents).toHaveLength(dataset.incidents.length);
    expect(json.dataset.version).toBe(dataset.info.version);
    expect(parseCsv(read('data/figures.csv')).length - 1).toBe(dataset.figures.length);
    expect(parseCsv(read('data/sources.csv')).length - 1).toBe(dataset.sources.length);
    const schema = JSON.parse(read('data/incident.schema.json'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    // The schema names itself by the address the site serves it at.
    expect(schema.$id).toBe(`${SITE_ORIGIN}/data/incident.schema.json`);
  });

  it('each incident downloads as JSON', () => {
    for (const incident of dataset.incidents) {
      const body = JSON.parse(read(`incidents/${incident.id}.json`));
      expect(body.incident.id).toBe(incident.id);
      expect(body.incident.figures).toHaveLength(incident.figures.length);
    }
  });

  it('every chart offers its SVG, its CSV and an embed page', () => {
    // A picture (the map's drawing, shown on its page) belongs to its chart's download of the same name.
    const pictures = files('.picture.svg').filter((f) => f.startsWith('charts/'));
    for (const p of pictures) expect(exists(p.replace(/\.picture\.svg$/, '.svg')), p).toBe(true);
    const downloads = files('.svg').filter((f) => f.startsWith('charts/') && !f.endsWith('.picture.svg'));
    expect(downloads.length).toBeGreaterThan(0);
    for (const svg of downloads) {
      const [, locale, name] = /^charts\/(en|fr|it)\/(.+)\.svg$/.exec(svg) ?? [];
      expect(name, svg).toBeTruthy();
      expect(exists(svg.replace(/\.svg$/, '.csv')), svg).toBe(true);
      expect(exists(`${prefix(locale ?? 'en')}embed/${name}/index.html`), svg).toBe(true);
      expect(read(svg)).toMatch(/^<svg [^>]*role="img"/);
    }
  });

  it('every embed page shows its chart alone, with its SVG and CSV download, and the SVG is the chart the page shows', () => {
    const embeds = pages.filter((p) => /^(?:(?:fr|it)\/)?embed\/[^/]+\/index\.html$/.test(p));
    expect(embeds.length).toBeGreaterThan(0);
    for (const page of embeds) {
      const [, locale = 'en', name] = /^(?:(fr|it)\/)?embed\/([^/]+)\//.exec(page) ?? [];
      const svg = `charts/${locale}/${name}.svg`;
      expect(exists(svg), svg).toBe(true);
      expect(exists(`charts/${locale}/${name}.csv`), svg).toBe(true);
      const html = read(page);
      // The world map is its drawing in an <img>, with a text alternative, and its key as text;
      // any other chart too heavy to inline would be its download file in an <img>.
      const image = tags(html, 'img').find((i) => attr(i, 'class') === 'chart-file');
      if (image) {
        const picture = `charts/${locale}/${name}.picture.svg`;
        expect(attr(image, 'src'), page).toBe(exists(picture) ? `/${picture}` : `/${svg}`);
        if (exists(picture)) expect(html, page).toContain('class="chart-key"');
        expect(attr(image, 'alt')?.length ?? 0, page).toBeGreaterThan(20);
      } else {
        const inline = outerSvgs(html)[0];
        expect(read(svg).trim(), svg).toBe(inline);
      }
      // In an iframe on another site: the chart alone, no site navigation, and its page opens outside the frame.
      expect(html, page).not.toMatch(/<nav\b|<header\b|<footer\b/);
      expect(html, page).toMatch(/<a href="https:\/\/[^"]+" target="_top">/);
    }
  });

  it('each language has its RSS feed of the latest published records (50 at most), titled and linked in that language', () => {
    const listed = dataset.incidents.filter((i) => i.status !== 'merged');
    for (const locale of LOCALES) {
      const rss = read(`${prefix(locale)}rss.xml`);
      expect(rss, locale).toContain(`<language>${locale}</language>`);
      const items = [...rss.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
      expect(items.length, locale).toBe(Math.min(listed.length, 50));
      const unxml = (x: string) => x.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) => ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e] ?? e);
      for (const item of items) {
        const [, id] = new RegExp(`<link>${SITE_ORIGIN.replace(/\./g, '\\.')}/${prefix(locale)}incidents/([^/]+)/</link>`).exec(item) ?? [];
        const incident = listed.find((i) => i.id === id);
        expect(incident, `${locale}: ${item.slice(0, 200)}`).toBeDefined();
        if (!incident) continue;
        const title = unxml(/<title>([\s\S]*?)<\/title>/.exec(item)?.[1] ?? '');
        expect(title, `${locale} ${id}`).toBe((incident.title as Record<string, string | undefined>)[locale] ?? incident.title.en);
      }
    }
  });
});

describe('privacy', () => {
  it('no loaded resource (script, stylesheet, icon, img, iframe, font, media) points to another origin', () => {
    const external = (url: string | undefined) => url !== undefined && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:');
    const offenders: string[] = [];
    for (const page of pages) {
      const html = read(page);
      for (const [name, a] of [
        ['script', 'src'],
        ['img', 'src'],
        ['iframe', 'src'],
        ['source', 'src'],
        ['video', 'src'],
        ['audio', 'src'],
        ['embed', 'src'],
        ['object', 'data'],
        ['image', 'href'],
        ['use', 'href'],
      ] as const) {
        for (const tag of tags(html, name)) if (external(attr(tag, a))) offenders.push(`${page}: <${name} ${a}="${attr(tag, a)}">`);
      }
      for (const tag of tags(html, 'img')) {
        for (const part of (attr(tag, 'srcset') ?? '').split(',')) if (external(part.trim().split(/\s+/)[0])) offenders.push(`${page}: srcset`);
      }
      for (const tag of tags(html, 'link')) {
        const rel = attr(tag, 'rel') ?? '';
        if (/stylesheet|icon|preload|modulepreload|prefetch|manifest/i.test(rel) && external(attr(tag, 'href'))) offenders.push(`${page}: <link rel="${rel}" href="${attr(tag, 'href')}">`);
      }
      for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)/g)) if (external(m[1])) offenders.push(`${page}: url(${m[1]})`);
    }
    for (const css of files('.css')) {
      for (const m of read(css).matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")]+)/g)) if (external(m[1])) offenders.push(`${css}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });

  // Which pages may load JavaScript at all is the page budget's rule (test/static/budget.test.ts).
  it('JavaScript, where a page has any, comes from our own file, never inline; no inline style attribute or event handler', () => {
    for (const page of pages) {
      const html = read(page);
      // JSON-LD (issue 17) is a data block, not script: browsers never run it and the CSP does not apply to it.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((s) => !/\stype="application\/ld\+json"/.test(s[1] ?? ''));
      for (const s of scripts) {
        expect(/\ssrc="([^"]*)"/.exec(s[1] ?? '')?.[1], page).toMatch(/^\/(?:pagefind\/|search\.js)/);
        expect((s[2] ?? '').trim(), page).toBe('');
      }
      expect(/<[^>]+\sstyle\s*=/i.test(html), `${page} has a style attribute`).toBe(false);
      expect(/<style\b/i.test(html), `${page} has a <style> element`).toBe(false);
      expect(/\son[a-z]+\s*=/i.test(html.replace(/<pre[\s\S]*?<\/pre>/g, '')), `${page} has an inline event handler`).toBe(false);
    }
  });

  it('_headers sends the same policies as the meta tags, plus frame-ancestors, referrer and nosniff', () => {
    const headers = read('_headers');
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader('default')}`);
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader('search')}`);
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader('embed')}`);
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Permissions-Policy:');
  });
});

describe('search', () => {
  it('the index of each language holds every listed incident, and the pages index every explainer and checklist', () => {
    const entry = (bundle: string) =>
      JSON.parse(read(`${bundle}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
    const incidents = entry('pagefind');
    const content = entry(PAGES_BUNDLE);
    const listed = dataset.incidents.filter((i) => i.status !== 'merged').length;
    expect(Object.keys(incidents.languages).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(content.languages).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const written = pages.filter((p) => new RegExp(`^${prefix(locale)}(?:explainers|checklists)/[^/]+/index\\.html$`).test(p));
      expect(written.length).toBeGreaterThan(0);
      expect(incidents.languages[locale]?.page_count, locale).toBe(listed);
      expect(content.languages[locale]?.page_count, locale).toBe(written.length);
    }
    expect(read('search.js')).toContain(`bundlePath: '/${PAGES_BUNDLE}/'`);
  });
});

// Issue 14: browsing without JavaScript, by sector, exposure vector, year and country.
describe('browse pages', () => {
  const keyOf = {
    sectors: (i: Dataset['incidents'][number]) => [i.sector],
    vectors: (i: Dataset['incidents'][number]) => [i.vector],
    years: (i: Dataset['incidents'][number]) => [i.dates.made_public.slice(0, 4)],
    countries: (i: Dataset['incidents'][number]) => i.countries.map((c) => c.toLowerCase()),
  } as const;
  const incidentHrefs = (html: string, locale: string) =>
    new Set([...html.matchAll(new RegExp(`href="/${prefix(locale)}incidents/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1] as string));

  it('list every record on its sector, vector, year and country page in en, fr and it, and only those records', () => {
    const listed = dataset.incidents.filter((i) => i.status !== 'merged');
    for (const locale of LOCALES) {
      for (const [facet, keys] of Object.entries(keyOf)) {
        const byKey = new Map<string, Set<string>>();
        for (const i of listed) for (const k of keys(i)) byKey.set(k, (byKey.get(k) ?? new Set()).add(i.id));
        for (const [key, ids] of byKey) {
          const path = `${prefix(locale)}${facet}/${key}/index.html`;
          expect(exists(path), path).toBe(true);
          expect([...incidentHrefs(read(path), locale)].sort(), path).toEqual([...ids].sort());
        }
      }
    }
  });

  it('list a page newest first, and each index counts the incidents of each key (never a sum of figures)', () => {
    const listed = dataset.incidents.filter((i) => i.status !== 'merged');
    for (const locale of LOCALES) {
      const format = new Intl.NumberFormat(locale);
      for (const facet of ['sectors', 'vectors', 'years'] as const) {
        const html = read(`${prefix(locale)}${facet}/index.html`);
        const counts = new Map<string, number>();
        for (const i of listed) for (const k of keyOf[facet](i)) counts.set(k, (counts.get(k) ?? 0) + 1);
        for (const [key, n] of counts) {
          const row = new RegExp(`href="/${prefix(locale)}${facet}/${key}/"[^<]*</a>\\s*</th>\\s*<td class="num">([^<]+)</td>`).exec(html);
          expect(row?.[1], `${facet}/${key} (${locale})`).toBe(format.format(n));
        }
        // the page of the largest group lists its records in the dataset's order, which is newest first
        const [key] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
        const order = [...read(`${prefix(locale)}${facet}/${key}/index.html`).matchAll(new RegExp(`href="/${prefix(locale)}incidents/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]);
        const expected = dataset.incidents.filter((i) => i.status !== 'merged' && keyOf[facet](i).includes(key)).map((i) => i.id);
        expect([...new Set(order)]).toEqual(expected);
      }
    }
  });

  it('are linked from the incidents index and the footer of every language', () => {
    for (const locale of LOCALES) {
      for (const html of [read(`${prefix(locale)}incidents/index.html`), read(`${prefix(locale)}index.html`)]) {
        for (const facet of ['sectors', 'vectors', 'years', 'countries']) expect(html).toContain(`href="/${prefix(locale)}${facet}/"`);
      }
    }
  });
});

// "If you were a patient here" (src/model/advice.ts, components/PatientAdvice.astro).
describe('the patient box on every incident page', () => {
  /** The box's HTML: from its <section> to the section's end (it holds no other section). */
  const box = (html: string): string => {
    const at = html.indexOf('aria-labelledby="patient-advice"');
    if (at < 0) return '';
    const start = html.lastIndexOf('<section', at);
    return html.slice(start, html.indexOf('</section>', at));
  };

  it('is on each incident page in en, fr and it, with the checklists and each country’s authority linked', () => {
    for (const incident of dataset.incidents) {
      if (incident.status === 'merged') continue;
      for (const locale of LOCALES) {
        const path = `${prefix(locale)}incidents/${incident.id}/index.html`;
        const html = box(read(path));
        expect(html, `${path}: the box`).toContain(`>${t(locale).advice.heading}</h2>`);
        const hrefs = tags(html, 'a').map((a) => attr(a, 'href'));
        for (const key of incidentAdvice(incident.data_types, incident.countries).checklists) {
          expect(hrefs, `${path}: checklist ${key}`).toContain(checklistLink(locale, key).href);
        }
        for (const country of incident.countries) {
          for (const place of countryAdvice(country).complain) if (place.url) expect(hrefs, `${path}: ${country}`).toContain(place.url);
        }
        const extortion = incident.data_types.some((d) => dataTypeAdvice(d).extortionRisk);
        expect(html.includes('id="patient-extortion"'), `${path}: extortion warning`).toBe(extortion);
      }
    }
  });
});
