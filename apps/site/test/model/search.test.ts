/**
 * The search records of incident pages (src/model/search.ts, through the site model): Pagefind
 * indexes incidents from these, not from their HTML, so each must carry the
 * words its page is found by, in the page's language.
 */
import { contentDir, loadDataset, repoRoot } from '@atlas/data';
import { DATA_TYPES, LOCALES } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { countryName, figureLabel, localized, termLabel } from '../../src/model/format.ts';
import { incidentRecord } from '../../src/model/search.ts';
import { SiteModel } from '../../src/model/site.ts';

const { dataset } = loadDataset({ dir: contentDir(), cwd: repoRoot });
const model = new SiteModel(dataset, { today: '2026-12-02' });
const listed = model.views.listed();

describe('incident search records', () => {
  it('point at the incident page of their language, titled as the page is', () => {
    for (const incident of listed) {
      for (const locale of LOCALES) {
        const r = incidentRecord(model.views, incident, locale);
        expect(r.url).toBe(`${locale === 'en' ? '' : `/${locale}`}/incidents/${incident.id}/`);
        expect(r.language).toBe(locale);
        expect(r.meta.title).toBe(localized(incident.title, locale).text);
      }
    }
  });

  it('hold the summary in the page language, the countries, organisations, data types, headline figures and publishers', () => {
    for (const incident of listed) {
      for (const locale of LOCALES) {
        const { content } = incidentRecord(model.views, incident, locale);
        expect(content).toContain(localized(incident.summary, locale).text);
        for (const c of incident.countries) expect(content).toContain(countryName(c, locale));
        for (const o of incident.organisations) expect(content).toContain(o.name);
        for (const d of incident.data_types) expect(content).toContain(termLabel(DATA_TYPES, d, locale));
        for (const g of model.views.groups(incident.id)) expect(content).toContain(figureLabel(g.preferred.figure, locale));
        for (const s of incident.sources) expect(content).toContain(s.publisher);
      }
    }
  });

  it('are one per listed record and language, merged records left out', () => {
    for (const locale of LOCALES) {
      const urls = model.searchRecords(locale).map((r) => r.url);
      expect(urls.length).toBe(listed.length);
      for (const id of model.mergedIds()) expect(urls.some((u) => u.includes(`/incidents/${id}/`)), id).toBe(false);
    }
  });

  it('find NextMotion from the words a French reader would type', () => {
    const nextmotion = dataset.incident('nextmotion-2020');
    if (!nextmotion) throw new Error('the NextMotion record is missing from content/incidents');
    expect(incidentRecord(model.views, nextmotion, 'fr').content.toLowerCase()).toContain('photos de patients');
    expect(incidentRecord(model.views, nextmotion, 'en').content).toContain('NextMotion');
  });
});
