/**
 * "If you were a patient here": the box's view, for every data type and every
 * country the 47 records use, plus a country with no entry (the EU-wide
 * fallback). Built without building the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, Dataset, loadDataset, repoRoot } from '@atlas/data';
import { CHECKLIST_KEYS, COUNTRY_ADVICE, countryAdvice, dataTypeAdvice, type Incident, LOCALES } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { CHECKLIST_PAGES, patientAdvice } from '../../src/model/advice.ts';
import { scopeName } from '../../src/model/format.ts';
import { localePath } from '../../src/model/locale.ts';
import { SiteModel } from '../../src/model/site.ts';

const records = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset.incidents;
const usedTypes = [...new Set(records.flatMap((r) => r.data_types))].sort();
const usedCountries = [...new Set(records.flatMap((r) => r.countries))].sort();
const OFFICIAL_TEXT = /^https:\/\/(eur-lex\.europa\.eu|www\.legislation\.gov\.uk|www\.ecfr\.gov)\//;

describe('the checklist pages the box links to', () => {
  it('exist in each language with the slug and title the model names', () => {
    for (const key of CHECKLIST_KEYS) {
      for (const locale of LOCALES) {
        const page = CHECKLIST_PAGES[key][locale];
        const mdx = readFileSync(join(repoRoot, 'content', 'checklists', locale, `${page.slug}.mdx`), 'utf8');
        expect(mdx, `${locale}/${page.slug}`).toMatch(new RegExp(`^translationKey: ${key}$`, 'm'));
        expect(mdx, `${locale}/${page.slug}`).toContain(`title: "${page.title}"`);
      }
    }
  });
});

describe('the box for every data type the records use', () => {
  it('links the checklists of the advice table in the page language, "after a breach" always', () => {
    expect(usedTypes.length).toBeGreaterThan(10);
    for (const type of usedTypes) {
      for (const locale of LOCALES) {
        const box = patientAdvice(locale, { data_types: [type], countries: ['FR'] });
        const expected = CHECKLIST_KEYS.filter((k) => dataTypeAdvice(type).checklists.includes(k) || k === 'after-a-breach');
        expect(box.checklists.map((c) => c.href), `${type} ${locale}`).toEqual(expected.map((k) => localePath(locale, `/checklists/${CHECKLIST_PAGES[k][locale].slug}/`)));
        expect(box.checklists.map((c) => c.label)).toEqual(expected.map((k) => CHECKLIST_PAGES[k][locale].title));
        expect(box.extortion !== undefined, `${type}: extortion warning`).toBe(dataTypeAdvice(type).extortionRisk);
      }
    }
  });

  it('warns about extortion for intimate photos and therapy notes, and not for names', () => {
    for (const type of ['intimate-body-photos', 'therapy-notes']) expect(usedTypes).toContain(type);
    for (const locale of LOCALES) {
      const photos = patientAdvice(locale, { data_types: ['names', 'intimate-body-photos'], countries: ['FR', 'IT'] });
      expect(photos.extortion?.warning).toMatch(/pay|payez|pagate/);
      expect(photos.extortion?.report.map((r) => r.country)).toEqual([scopeName('FR', locale), scopeName('IT', locale)]);
      expect(photos.extortion?.report[1]?.places[0]?.href).toBe('https://www.commissariatodips.it/');
      const imageHelp = photos.extortion?.intimateImages.map((p) => p.href);
      expect(imageHelp).toContain('https://stopncii.org/');
      expect(imageHelp).toContain('https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196~art144bis');
      expect(new Set(imageHelp).size, 'StopNCII listed once').toBe(imageHelp?.length);
      // Therapy notes: the warning and where to report, but no image-removal services.
      const notes = patientAdvice(locale, { data_types: ['therapy-notes'], countries: ['FI'] });
      expect(notes.extortion?.report[0]?.places[0]?.href).toBe('https://poliisi.fi/');
      expect(notes.extortion?.intimateImages).toEqual([]);
      expect(patientAdvice(locale, { data_types: ['names', 'contact-details'], countries: ['FR'] }).extortion).toBeUndefined();
    }
  });
});

describe('the box for every country the records use', () => {
  it('names the country’s own authority with its official link, never the fallback', () => {
    expect(usedCountries.length).toBeGreaterThan(20);
    for (const country of usedCountries) {
      const entry = countryAdvice(country);
      expect(entry.fallback, country).toBe(false);
      for (const locale of LOCALES) {
        const box = patientAdvice(locale, { data_types: ['names'], countries: [country] });
        const [c] = box.complain;
        expect(c?.country, country).toBe(scopeName(country, locale));
        expect(c?.fallback).toBe(false);
        expect(c?.places.map((p) => p.href)).toEqual(entry.complain.map((p) => p.url));
        expect(c?.places.map((p) => p.name)).toEqual(entry.complain.map((p) => p.name[locale]));
      }
    }
  });

  it('asks for access, restriction and erasure with the official text under the GDPR and the UK GDPR; HIPAA access in the US', () => {
    for (const country of usedCountries.filter((c) => ['gdpr', 'uk-gdpr', 'us'].includes(countryAdvice(c).regime))) {
      for (const locale of LOCALES) {
        const box = patientAdvice(locale, { data_types: ['names'], countries: [country] });
        expect(box.requests.length, country).toBe(1);
        const g = box.requests[0];
        expect(g?.countries).toBe(scopeName(country, locale));
        for (const r of g?.items ?? []) expect(r.provision.href, `${country} ${r.right}`).toMatch(OFFICIAL_TEXT);
        const m = t(locale).advice.rights;
        const rights = g?.items.map((r) => r.right);
        if (country === 'US') expect(rights).toEqual([m.access]);
        else for (const right of [m.access, m.restriction, m.erasure]) expect(rights, country).toContain(right);
        expect(box.otherLaw).toBeUndefined();
      }
    }
    expect(patientAdvice('en', { data_types: ['names'], countries: ['GB'] }).requests[0]?.items[0]?.provision.href).toBe('https://www.legislation.gov.uk/eur/2016/679/contents');
  });

  it('tells non-EU countries plainly that the GDPR may not apply, with no GDPR requests', () => {
    const national = usedCountries.filter((c) => countryAdvice(c).regime === 'national');
    for (const c of ['CH', 'AU', 'SG', 'IN', 'TR']) expect(national).toContain(c);
    for (const country of national) {
      for (const locale of LOCALES) {
        const box = patientAdvice(locale, { data_types: ['names'], countries: [country] });
        expect(box.requests, country).toEqual([]);
        expect(box.otherLaw).toBe(scopeName(country, locale));
        expect(box.complain[0]?.note, country).toMatch(/GDPR|RGPD/);
        for (const p of box.complain[0]?.places ?? []) expect(p.href ?? '', country).not.toMatch(/edpb\.europa\.eu/);
      }
    }
  });

  it('groups the countries of one incident by law: GDPR, UK GDPR, HIPAA, then the others', () => {
    const box = patientAdvice('en', { data_types: ['names'], countries: ['US', 'IT', 'GB', 'FR', 'IN', 'TR'] });
    expect(box.requests.map((g) => [g.law, g.countries])).toEqual([
      ['the GDPR', 'Italy and France'],
      ['the UK GDPR', 'United Kingdom'],
      ['HIPAA', 'United States'],
    ]);
    expect(box.otherLaw).toBe('India and Türkiye');
    expect(box.complain.map((c) => c.country)).toEqual(['United States', 'Italy', 'United Kingdom', 'France', 'India', 'Türkiye']);
  });
});

describe('a country without an entry', () => {
  it('gets the EU-wide advice, marked as such, with the GDPR requests', () => {
    expect(COUNTRY_ADVICE.PT).toBeUndefined();
    for (const locale of LOCALES) {
      const box = patientAdvice(locale, { data_types: ['names'], countries: ['PT'] });
      expect(box.complain[0]?.fallback).toBe(true);
      expect(box.complain[0]?.places[0]?.href).toBe('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en');
      expect(box.requests[0]?.law).toBe(t(locale).advice.law.gdpr);
    }
  });
});

describe('every incident page', () => {
  it('carries the box, built from the record’s own data types and countries', () => {
    const model = new SiteModel(new Dataset(records), { today: '2026-12-02' });
    for (const r of records as Incident[]) {
      for (const locale of LOCALES) {
        const view = model.incident(locale, r.id);
        if (view.kind !== 'page') continue;
        expect(view.advice, r.id).toEqual(patientAdvice(locale, r));
        expect(view.advice.complain.map((c) => c.country)).toEqual([...new Set(r.countries)].map((c) => scopeName(c, locale)));
      }
    }
  });
});
