// The "if you were a patient here" table: every data type and every country the records use
// gets advice in every language, with working addresses and the provisions that give the rights.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_ADVICE,
  CHECKLIST_KEYS,
  COUNTRY_ADVICE,
  type CountryAdvice,
  countryAdvice,
  DATA_TYPE_CATEGORIES,
  DATA_TYPES,
  DEFAULT_DATA_TYPE_ADVICE,
  dataTypeAdvice,
  EU_ADVICE,
  EXTORTION_WARNING,
  incidentAdvice,
  isCountryCode,
  LOCALES,
  REQUESTS,
  requestsFor,
  type Text,
} from '../src/index.ts';

const INCIDENTS = fileURLToPath(new URL('../../../content/incidents/', import.meta.url));

/** The `countries` of every incident record, read from the YAML as text (schema has no YAML parser). */
function recordCountries(): string[] {
  const found = new Set<string>();
  for (const name of readdirSync(INCIDENTS).filter((n) => n.endsWith('.yaml'))) {
    const text = readFileSync(join(INCIDENTS, name), 'utf8');
    const flow = /^countries:\s*\[([^\]]*)\]/m.exec(text);
    const block = /^countries:\s*\n((?:\s+-\s*\S+\s*\n)+)/m.exec(text);
    const list = flow ? (flow[1] as string).split(',') : block ? [...(block[1] as string).matchAll(/-\s*(\S+)/g)].map((m) => m[1] as string) : [];
    for (const c of list) if (c.trim()) found.add(c.trim().replace(/^['"]|['"]$/g, ''));
  }
  return [...found].sort();
}

/** Countries the box must handle by name: those of the records index, and more the records set is growing into. */
const REQUIRED = ['FR', 'IT', 'GB', 'US', 'DE', 'IE', 'FI', 'ES', 'NL', 'LT'];
/** Data types another branch adds to vocab.ts; the table must already advise on them. */
const COMING = ['therapy-notes', 'clinical-notes', 'lab-results', 'genetic-data', 'health-insurance-numbers', 'social-security-numbers'];

function expectText(text: Text, where: string) {
  for (const l of LOCALES) expect(text[l]?.trim().length ?? 0, `${where} [${l}]`).toBeGreaterThan(0);
}

function expectCountry(a: CountryAdvice, where: string) {
  expect(a.complain.length, `${where}: where to complain`).toBeGreaterThan(0);
  expect(a.reportExtortion.length, `${where}: where to report extortion`).toBeGreaterThan(0);
  for (const p of [...a.complain, ...a.reportExtortion, ...a.intimateImages]) {
    expectText(p.name, `${where}: ${p.name.en}`);
    if (p.url !== undefined) expect(new URL(p.url).protocol, `${where}: ${p.url}`).toBe('https:');
  }
  // Only a country with no authority at all (a court, not a body with a site) may name a channel without an address.
  if (a.regime !== 'national') expect(a.complain.every((p) => p.url), `${where}: every complaint channel has an address`).toBe(true);
  if (a.note) expectText(a.note, `${where}: note`);
  if (a.regime === 'national') {
    // Outside the EU, the EEA, the UK and the US: no GDPR remedies, and a note that says so plainly.
    expect(a.note, `${where}: a national entry explains which law applies`).toBeDefined();
    for (const l of LOCALES) expect(a.note?.[l], `${where} [${l}]`).toMatch(/GDPR|RGPD/);
    for (const p of a.complain) expect(p.name.en, `${where}: no EU channel`).not.toMatch(/Art\. 77|European Data Protection Board/);
  }
}

/** Countries outside the EU and the EEA (and not the UK or the US): they must never get the EU-wide fallback. */
const NON_EU = ['CH', 'AU', 'SG', 'IN', 'TR', 'ZA', 'KR', 'TH', 'BR', 'RU', 'VE'];

describe('advice by country', () => {
  it('has its own entry for every required country, each a real ISO code', () => {
    for (const c of REQUIRED) {
      expect(isCountryCode(c), c).toBe(true);
      expect(countryAdvice(c).country, c).toBe(c);
      expect(countryAdvice(c).fallback, c).toBe(false);
      expectCountry(countryAdvice(c), c);
    }
  });

  it('covers every country the incident records use (own entry or the EU fallback)', () => {
    const used = recordCountries();
    expect(used.length).toBeGreaterThan(0);
    for (const c of used) {
      const a = countryAdvice(c);
      expectCountry(a, c);
      expect(a.fallback, c).toBe(!(c in COUNTRY_ADVICE));
      // GDPR, UK GDPR and US entries list what to ask for; a national entry says the GDPR may not apply instead.
      expect(requestsFor(c).length > 0 || a.regime === 'national', c).toBe(true);
    }
  });

  it('gives every record country its own entry: no record country falls back to EU-wide advice', () => {
    for (const c of recordCountries()) expect(countryAdvice(c).fallback, c).toBe(false);
  });

  it('never tells a non-EU country EU-only remedies: its own authority, no GDPR requests', () => {
    for (const c of NON_EU) {
      const a = countryAdvice(c);
      expect(a.fallback, c).toBe(false);
      expect(a.regime, c).toBe('national');
      expect(requestsFor(c), c).toEqual([]);
      expectCountry(a, c);
    }
    expect(countryAdvice('AU').complain[0]?.url).toBe('https://www.oaic.gov.au/privacy/privacy-complaints');
    expect(countryAdvice('TR').complain[0]?.url).toBe('https://www.kvkk.gov.tr/');
    expect(countryAdvice('CH').complain[0]?.url).toBe('https://www.edoeb.admin.ch/');
    expect(countryAdvice('VE').complain[0]?.url).toBeUndefined();
  });

  it('treats Norway (EEA) under the GDPR, with its own authority', () => {
    expect(countryAdvice('NO').regime).toBe('gdpr');
    expect(countryAdvice('NO').complain[0]?.url).toBe('https://www.datatilsynet.no/');
  });

  it('falls back to EU-wide advice for a country without an entry, and for `world`', () => {
    for (const c of ['PT', 'BE', 'world']) {
      expect(countryAdvice(c), c).toBe(EU_ADVICE);
      expect(requestsFor(c), c).toBe(REQUESTS.gdpr);
    }
    expect(EU_ADVICE.fallback).toBe(true);
    expect(EU_ADVICE.complain[0]?.url).toBe('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en');
  });

  it('names the national channels the checklists name: CNIL, Garante and Polizia Postale, ICO, HHS OCR with its 180 days, state AGs and the FTC', () => {
    expect(countryAdvice('FR').complain[0]?.url).toBe('https://www.cnil.fr/');
    expect(countryAdvice('FR').reportExtortion[0]?.name.fr).toMatch(/THESEE/);
    expect(countryAdvice('IT').complain[0]?.url).toBe('https://www.garanteprivacy.it/');
    expect(countryAdvice('IT').reportExtortion[0]?.name.it).toMatch(/Polizia Postale/);
    expect(countryAdvice('IT').intimateImages[0]?.url).toMatch(/^https:\/\/www\.normattiva\.it\/.*~art144bis$/);
    expect(countryAdvice('GB').complain[0]?.url).toMatch(/^https:\/\/ico\.org\.uk\//);
    expect(countryAdvice('GB').regime).toBe('uk-gdpr');
    const us = countryAdvice('US');
    expect(us.regime).toBe('us');
    expect(us.complain.map((p) => p.url)).toEqual([
      'https://www.hhs.gov/hipaa/filing-a-complaint/index.html',
      'https://www.naag.org/find-my-ag/',
      'https://reportfraud.ftc.gov/',
    ]);
    expect(us.complain[0]?.name.en).toMatch(/180 days \(45 CFR 160\.306\)/);
    expect(us.intimateImages.map((p) => p.url)).toContain('https://stopncii.org/');
  });
});

describe('requests by regime', () => {
  it('asks for restriction before erasure, with access and compensation, under the GDPR and the UK GDPR', () => {
    for (const regime of ['gdpr', 'uk-gdpr'] as const) {
      const rights = REQUESTS[regime].map((r) => r.right);
      expect(rights, regime).toEqual(['restriction', 'access', 'erasure', 'compensation']);
      for (const r of REQUESTS[regime]) {
        expectText(r.provision, `${regime} ${r.right}`);
        expectText(r.what, `${regime} ${r.right}`);
      }
    }
    expect(REQUESTS.gdpr[0]?.provision.en).toBe('Art. 18(1)(c) GDPR');
    expect(REQUESTS.gdpr[0]?.url).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    expect(REQUESTS['uk-gdpr'][0]?.url).toBe('https://www.legislation.gov.uk/eur/2016/679/contents');
    expect(REQUESTS.gdpr[1]?.what.en).toMatch(/free \(Art\. 15\(3\)\).*one month \(Art\. 12\(3\)\)/);
    expect(REQUESTS.gdpr[3]?.what.en).toMatch(/court/);
  });

  it('cites the eCFR for the US right of access', () => {
    expect(REQUESTS.us.map((r) => r.right)).toEqual(['access']);
    expect(REQUESTS.us[0]?.url).toBe('https://www.ecfr.gov/current/title-45/section-164.524');
  });
});

describe('advice by data type', () => {
  it('advises on every data type of the vocabulary, with known checklists', () => {
    for (const d of DATA_TYPES) {
      const a = dataTypeAdvice(d.id);
      expect(a.checklists.length, d.id).toBeGreaterThan(0);
      for (const k of a.checklists) expect(CHECKLIST_KEYS, d.id).toContain(k);
      expect(a.checklists, `${d.id}: every data type leads to "after a breach"`).toContain('after-a-breach');
    }
  });

  it('has advice for every data-type category, so a new type in a known category is covered', () => {
    for (const c of DATA_TYPE_CATEGORIES) expect(CATEGORY_ADVICE[c.id], c.id).toBeDefined();
  });

  it('already advises on the data types another branch is adding, before and after that merge', () => {
    for (const id of COMING) expect(dataTypeAdvice(id), id).not.toBe(DEFAULT_DATA_TYPE_ADVICE);
    expect(dataTypeAdvice('therapy-notes').extortionRisk).toBe(true);
  });

  it('warns about extortion for intimate photos and therapy notes, not for names or contact details', () => {
    for (const id of ['intimate-body-photos', 'therapy-notes']) expect(dataTypeAdvice(id).extortionRisk, id).toBe(true);
    for (const id of ['names', 'contact-details', 'medical-images']) expect(dataTypeAdvice(id).extortionRisk, id).toBe(false);
  });

  it('sends medical images to the imaging checklist', () => {
    expect(dataTypeAdvice('medical-images').checklists).toContain('medical-imaging-patients');
  });

  it('gives an unknown data type the default advice', () => {
    expect(dataTypeAdvice('no-such-type')).toBe(DEFAULT_DATA_TYPE_ADVICE);
  });
});

describe('advice for one incident', () => {
  it('combines data types and countries: checklists once each, the warning when any type calls for it', () => {
    const a = incidentAdvice(['face-photos', 'intimate-body-photos', 'names'], ['FR', 'FR', 'IT']);
    expect(a.checklists).toEqual(['before-choosing-a-clinic', 'after-a-breach', 'insurance-and-liability']);
    expect(a.extortion).toBe(true);
    expect(a.where.map((w) => w.country)).toEqual(['FR', 'IT']);
    expect(a.where[1]?.advice.complain[0]?.name.it).toMatch(/Garante/);
    expectText(EXTORTION_WARNING, 'extortion warning');
    for (const l of LOCALES) expect(EXTORTION_WARNING[l]).toMatch(/pay|payez|pagate/);
  });

  it('has no warning for an imaging incident in the US and Germany, and advises each country', () => {
    const a = incidentAdvice(['medical-images', 'names', 'birth-dates'], ['US', 'DE']);
    expect(a.extortion).toBe(false);
    expect(a.checklists).toEqual(['medical-imaging-patients', 'after-a-breach', 'insurance-and-liability']);
    expect(a.where.map((w) => w.advice.regime)).toEqual(['us', 'gdpr']);
  });
});
