/**
 * Schema 2 in the built site: every outcome on its incident page and every
 * link on both pages, in three languages; whose claim a figure is and
 * "not disclosed" in words; the round trip YAML -> JSON/CSV -> pages with
 * equal counts for outcomes and links.
 */
import { contentDir, type Dataset, loadDataset, repoRoot } from '@atlas/data';
import { CLAIMS, LINK_TYPES, LOCALES, OUTCOME_KINDS, termOf, VALUE_STATUSES } from '@atlas/schema';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { assertBuilt, attr, read, tags } from './helpers.ts';

let dataset: Dataset;
const prefix = (locale: string) => (locale === 'en' ? '' : `${locale}/`);
const page = (locale: string, id: string) => read(`${prefix(locale)}incidents/${id}/index.html`);
const href = (locale: string, id: string) => `/${prefix(locale)}incidents/${id}/`;
const unhtml = (x: string) => x.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The HTML of one element with this id, up to the next sibling of the same class. */
const block = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const next = html.indexOf('class="outcome"', start + 1);
  return html.slice(start, next < 0 ? html.indexOf('</section>', start) : next);
};

beforeAll(() => {
  assertBuilt();
  dataset = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset;
});

describe('what happened next', () => {
  it('every outcome is on its incident page in en, fr and it, with its kind, source and amount', () => {
    const outcomes = dataset.outcomes();
    expect(outcomes.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const o of outcomes) {
        const html = page(locale, o.incidentId);
        expect(html, `${locale} ${o.incidentId}`).toContain(`<h2 id="outcomes">${t(locale).schema2.outcomes.replace(/'/g, '&#39;')}</h2>`);
        const part = unhtml(block(html, `outcome-${o.outcome.id}`));
        expect(part, `${locale} ${o.outcome.id}`).toContain(termOf(OUTCOME_KINDS, o.outcome.kind).label[locale]);
        expect(part).toContain(o.outcome.authority);
        if (o.outcome.reference) expect(part).toContain(o.outcome.reference);
        expect(tags(part, 'a').map((a) => attr(a, 'href'))).toContain(o.source.url);
        if (o.amount) expect(tags(part, 'a').map((a) => attr(a, 'href'))).toContain(`#fig-${o.amount.figure.id}`);
      }
    }
  });

  it('a page without outcomes has no such section', () => {
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged' && dataset.outcomesOf(i.id).length === 0)) {
      expect(page('en', incident.id), incident.id).not.toContain('id="outcomes"');
    }
  });
});

describe('links between incidents', () => {
  it('every link is on both pages in en, fr and it: its label on one, the reverse on the other', () => {
    const links = dataset.links();
    expect(links.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const l of links) {
        const type = termOf(LINK_TYPES, l.type) as (typeof LINK_TYPES)[number];
        const from = unhtml(page(locale, l.incidentId));
        const to = unhtml(page(locale, l.other));
        expect(tags(from, 'a').map((a) => attr(a, 'href')), `${locale} ${l.incidentId}`).toContain(href(locale, l.other));
        expect(tags(to, 'a').map((a) => attr(a, 'href')), `${locale} ${l.other}`).toContain(href(locale, l.incidentId));
        expect(from).toContain(`<li>${type.label[locale]} <a href="${href(locale, l.other)}"`);
        expect(to).toContain(`<li>${type.reverse[locale]} <a href="${href(locale, l.incidentId)}"`);
      }
    }
  });
});

describe('figures', () => {
  it('say whose claim they are and "not disclosed" in words on the incident page, in three languages', () => {
    for (const locale of LOCALES) {
      for (const rec of dataset.figures.filter((r) => (r.figure.claim && r.figure.claim !== 'measured') || r.figure.value === 'not-disclosed')) {
        const html = unhtml(page(locale, rec.incidentId));
        const start = html.indexOf(`<tr id="fig-${rec.figure.id}"`);
        expect(start, rec.key).toBeGreaterThan(0);
        const row = html.slice(start, html.indexOf('</tr>', start));
        if (rec.figure.claim && rec.figure.claim !== 'measured') expect(row, `${locale} ${rec.key}`).toContain(termOf(CLAIMS, rec.figure.claim).label[locale]);
        if (rec.figure.value === 'not-disclosed') expect(row, `${locale} ${rec.key}`).toContain(`<span class="fig-value">${termOf(VALUE_STATUSES, 'not-disclosed').label[locale]}</span>`);
      }
    }
  });
});

describe('round trip: YAML -> JSON/CSV -> pages', () => {
  it('outcomes and links have equal counts in the records, incidents.json, the CSVs and the pages', () => {
    const yamlOutcomes = dataset.incidents.reduce((n, i) => n + (i.outcomes?.length ?? 0), 0);
    const yamlLinks = dataset.incidents.reduce((n, i) => n + (i.links?.length ?? 0), 0);
    const json = JSON.parse(read('data/incidents.json')) as { incidents: { outcomes?: unknown[]; links?: unknown[] }[] };
    const jsonOutcomes = json.incidents.reduce((n, i) => n + (i.outcomes?.length ?? 0), 0);
    const jsonLinks = json.incidents.reduce((n, i) => n + (i.links?.length ?? 0), 0);
    const csvOutcomes = parseCsv(read('data/outcomes.csv'), { columns: true }) as Record<string, string>[];
    const csvLinks = parseCsv(read('data/links.csv'), { columns: true }) as Record<string, string>[];
    let pageOutcomes = 0;
    let pageLinks = 0;
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged')) {
      const html = page('it', incident.id);
      pageOutcomes += (html.match(/<div class="outcome" id="outcome-/g) ?? []).length;
      const start = html.indexOf('<h2 id="links">');
      if (start >= 0) pageLinks += (html.slice(start, html.indexOf('</section>', start)).match(/<li>/g) ?? []).length;
    }
    expect(yamlOutcomes).toBeGreaterThan(0);
    expect([jsonOutcomes, csvOutcomes.length, pageOutcomes]).toEqual([yamlOutcomes, yamlOutcomes, yamlOutcomes]);
    // Each link shows twice on the pages: on the page that writes it and, reversed, on its target's.
    expect([jsonLinks, csvLinks.length, pageLinks]).toEqual([yamlLinks, yamlLinks, 2 * yamlLinks]);
    expect(new Set(csvOutcomes.map((r) => `${r.incident_id}/${r.outcome_id}`))).toEqual(new Set(dataset.outcomes().map((o) => `${o.incidentId}/${o.outcome.id}`)));
  });

  it('the data page lists outcomes.csv and links.csv with their row counts, in three languages', () => {
    for (const locale of LOCALES) {
      const html = unhtml(read(`${prefix(locale)}data/index.html`));
      const m = t(locale);
      for (const [file, n, text] of [
        ['outcomes.csv', dataset.outcomes().length, m.schema2.outcomesCsv],
        ['links.csv', dataset.links().length, m.schema2.linksCsv],
      ] as const) {
        expect(html, `${locale} ${file}`).toContain(`href="/data/${file}"`);
        expect(html).toContain(m.data.rows(n));
        expect(html).toContain(text);
      }
    }
  });
});
