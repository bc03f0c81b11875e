/**
 * Schema 2 in the site model, without building: money in the page's locale,
 * data volumes in the source's unit, "not disclosed", whose claim a figure is,
 * placeholders, subjects, restated numbers, titles not seen, "what happened
 * next" and links both ways. Cases are the real records, plus copies changed
 * where the records have no example yet.
 */
import { contentDir, Dataset, isCountFigure, loadDataset, repoRoot, SQLITE_FILE } from '@atlas/data';
import { CLAIMS, type Figure, type Incident, LINK_TYPES, LOCALES, OUTCOME_KINDS, OUTCOME_STATUSES, termOf } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { figureLabel } from '../../src/model/format.ts';
import type { IncidentPageView } from '../../src/model/incident.ts';
import { localePath } from '../../src/model/locale.ts';
import { SiteModel } from '../../src/model/site.ts';

const real = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset.incidents;
const withOutcomes = real.find((i) => (i.outcomes?.length ?? 0) > 0 && !i.links) as Incident;
// A copy whose outcome summaries are in English only: the page shows the English text, marked.
const untranslated: Incident = {
  ...structuredClone(withOutcomes),
  id: 'untranslated-outcome-copy-2019',
  outcomes: withOutcomes.outcomes?.map((o) => ({ ...o, summary: { en: o.summary.en } })),
};
const dataset = new Dataset([...real, untranslated]);
const model = new SiteModel(dataset, { today: '2026-12-02' });

const page = (locale: (typeof LOCALES)[number], id: string): IncidentPageView => {
  const view = model.incident(locale, id);
  if (view.kind !== 'page') throw new Error(`${id} is not a page`);
  return view;
};

const fig = (f: Partial<Figure>): Figure => ({ id: 'x', metric: 'fine', value: 608000, qualifier: 'exact', scope: 'FR', as_of: '2020', role: 'context', source: 's', evidence: 'e', ...f }) as Figure;

describe('money', () => {
  it('is formatted by Intl in the page locale with its currency', () => {
    const f = fig({ currency: 'EUR' });
    expect(figureLabel(f, 'en')).toBe('€608,000');
    expect(figureLabel(f, 'fr')).toBe('608\u202f000\u00a0€');
    expect(figureLabel(f, 'it')).toBe('608.000\u00a0€');
  });

  it('keeps the currency the source gave (never converted) and the qualifier in words', () => {
    expect(figureLabel(fig({ currency: 'USD', value: 10_000_000, qualifier: 'more-than' }), 'en')).toBe('more than $10,000,000');
    expect(figureLabel(fig({ currency: 'USD', value: 10_000_000, qualifier: 'more-than' }), 'fr')).toMatch(/^plus de 10\u202f000\u202f000\u00a0\$US$/);
    expect(figureLabel(fig({ currency: 'CHF', value: 200 }), 'it')).toMatch(/^200\u00a0CHF$/);
    // Cents only when the source gives them.
    expect(figureLabel(fig({ currency: 'EUR', value: 12.5 }), 'en')).toBe('€12.50');
  });

  it('every money figure of the records shows its currency symbol or code, never a bare number', () => {
    for (const rec of dataset.figures.filter((r) => r.figure.currency !== undefined && typeof r.figure.value === 'number')) {
      for (const locale of LOCALES) {
        const label = figureLabel(rec.figure, locale);
        const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency: rec.figure.currency as string }).formatToParts(1).find((p) => p.type === 'currency')?.value;
        expect(label, rec.key).toContain(symbol);
      }
    }
  });

  it('never reaches the headline of the incidents table, which shows counts only', () => {
    for (const incident of dataset.incidents) {
      const h = dataset.headlineFigure(incident.id);
      if (h) expect(isCountFigure(h.figure), incident.id).toBe(true);
    }
  });
});

describe('data volumes', () => {
  it('show in the unit the source used, in the locale', () => {
    const f = fig({ metric: 'data-volume', value: 900_000_000_000, unit_as_reported: 'GB', qualifier: 'more-than', currency: undefined });
    expect(figureLabel(f, 'en')).toBe('more than 900\u00a0GB');
    expect(figureLabel(f, 'fr')).toBe('plus de 900\u00a0Go');
    expect(figureLabel(f, 'it')).toBe('oltre 900\u00a0GB');
    expect(figureLabel(fig({ metric: 'data-volume', value: 2 ** 30, unit_as_reported: 'GiB', currency: undefined }), 'fr')).toBe('1\u00a0Gio');
  });
});

describe('not disclosed', () => {
  it('reads "not disclosed" in each language, never 0 or blank, on the pages of the records that say so', () => {
    const words = { en: 'not disclosed', fr: 'non communiqué', it: 'non comunicato' } as const;
    const cases = dataset.figures.filter((r) => r.figure.value === 'not-disclosed');
    expect(cases.length).toBeGreaterThan(0);
    for (const rec of cases) {
      for (const locale of LOCALES) {
        const row = page(locale, rec.incidentId).figures.find((f) => f.anchor === `fig-${rec.figure.id}`);
        expect(row?.number, rec.key).toBe(words[locale]);
      }
    }
  });
});

describe('the figures table', () => {
  it('says whose claim a figure is, in words, unless it is our sources\' own count', () => {
    const cases = dataset.figures.filter((r) => r.figure.claim !== undefined);
    expect(cases.some((r) => r.figure.claim === 'attacker-claim')).toBe(true);
    for (const rec of cases) {
      for (const locale of LOCALES) {
        const row = page(locale, rec.incidentId).figures.find((f) => f.anchor === `fig-${rec.figure.id}`);
        const expected = rec.figure.claim === 'measured' ? undefined : termOf(CLAIMS, rec.figure.claim as string).label[locale];
        expect(row?.claim.claim, `${locale} ${rec.key}`).toBe(expected);
      }
    }
    expect(termOf(CLAIMS, 'attacker-claim').label.en).toBe('Claimed by the attackers');
  });

  it('marks placeholders, and a figure without `claim` carries no claim words', () => {
    const placeholders = dataset.figures.filter((r) => r.figure.placeholder === true);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const rec of dataset.figures) {
      const row = page('en', rec.incidentId).figures.find((f) => f.anchor === `fig-${rec.figure.id}`);
      expect(row?.claim.placeholder, rec.key).toBe(rec.figure.placeholder === true);
      if (rec.figure.claim === undefined) expect(row?.claim.claim, rec.key).toBeUndefined();
    }
  });

  it('shows a figure\'s subject in the page language', () => {
    const cases = dataset.figures.filter((r) => r.figure.subject !== undefined);
    expect(cases.length).toBeGreaterThan(0);
    for (const rec of cases) {
      for (const locale of LOCALES) {
        const row = page(locale, rec.incidentId).figures.find((f) => f.anchor === `fig-${rec.figure.id}`);
        const subject = rec.figure.subject as Record<string, string>;
        expect(row?.claim.subject?.text, rec.key).toBe(subject[locale] ?? subject.en);
      }
    }
  });

  it('groups with different subjects are separate, never a disagreement', () => {
    for (const g of dataset.disagreements()) {
      const subjects = new Set(g.figures.map((r) => JSON.stringify(r.figure.subject ?? null)));
      expect(subjects.size, g.incidentId).toBe(1);
    }
  });
});

describe('restated numbers', () => {
  it('read as a dated timeline, oldest first, every version kept and linked to its row', () => {
    const revising = dataset.figures.filter((r) => r.figure.revises !== undefined);
    expect(revising.length).toBeGreaterThan(0);
    for (const id of new Set(revising.map((r) => r.incidentId))) {
      for (const locale of LOCALES) {
        const view = page(locale, id);
        const timelines = dataset.revisionsOf(id);
        expect(view.revisions).toHaveLength(timelines.length);
        view.revisions.forEach((r, i) => {
          const tl = timelines[i];
          expect(r.steps.map((s) => s.href)).toEqual(tl?.figures.map((f) => `#fig-${f.figure.id}`));
          const dates = r.steps.map((s) => s.when.datetime);
          expect(dates).toEqual([...dates].sort());
          expect(r.steps.filter((s) => s.latest)).toHaveLength(1);
        });
      }
      // The revising row links back to the figure it restates.
      for (const rec of revising.filter((r) => r.incidentId === id)) {
        const row = page('fr', id).figures.find((f) => f.anchor === `fig-${rec.figure.id}`);
        expect(row?.claim.restates?.href, rec.key).toBe(`#fig-${rec.figure.revises}`);
      }
    }
  });
});

describe('sources', () => {
  it('mark a title that was not seen as not confirmed, and only those', () => {
    const withUnseen = dataset.incidents.filter((i) => i.sources.some((s) => s.title_seen === false));
    expect(withUnseen.length).toBeGreaterThan(0);
    for (const incident of withUnseen) {
      const view = page('it', incident.id);
      for (const s of incident.sources) {
        expect(view.sources.find((v) => v.id === s.id)?.titleUnconfirmed, `${incident.id} ${s.id}`).toBe(s.title_seen === false);
      }
    }
  });
});

describe('what happened next', () => {
  it('lists every outcome with its kind, date, authority, reference, amount, legal basis, status and source', () => {
    const outcomes = dataset.outcomes();
    expect(outcomes.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      let shown = 0;
      for (const incident of dataset.incidents) {
        const view = page(locale, incident.id);
        const expected = dataset.outcomesOf(incident.id);
        expect(view.outcomes.map((o) => o.id), incident.id).toEqual(expected.map((o) => o.outcome.id));
        view.outcomes.forEach((o, i) => {
          const rec = expected[i];
          if (!rec) throw new Error('missing');
          expect(o.kind).toBe(termOf(OUTCOME_KINDS, rec.outcome.kind).label[locale]);
          expect(o.status).toBe(termOf(OUTCOME_STATUSES, rec.outcome.status).label[locale]);
          expect(o.when.datetime).toBe(rec.outcome.date);
          expect(o.authority).toBe(rec.outcome.authority);
          expect(o.reference).toBe(rec.outcome.reference);
          expect(o.legalBasis).toEqual(rec.outcome.legal_basis ?? []);
          expect(o.source.href).toBe(rec.source.url);
          expect(o.amount?.text).toBe(rec.amount ? figureLabel(rec.amount.figure, locale) : undefined);
          expect(o.amount?.href).toBe(rec.amount ? `#fig-${rec.amount.figure.id}` : undefined);
          const own = (rec.outcome.summary as Record<string, string | undefined>)[locale];
          expect(o.summary.text).toBe(own ?? rec.outcome.summary.en);
          expect(o.summary.untranslated).toBe(own === undefined);
        });
        shown += view.outcomes.length;
      }
      expect(shown).toBe(outcomes.length);
    }
  });

  it('an outcome summary without a translation is the English text, marked untranslated', () => {
    for (const locale of ['fr', 'it'] as const) {
      const view = page(locale, untranslated.id);
      expect(view.outcomes.length).toBeGreaterThan(0);
      for (const o of view.outcomes) expect(o.summary).toMatchObject({ lang: 'en', untranslated: true });
    }
  });

  it('an outcome\'s amount is a money figure formatted in the page\'s locale', () => {
    const withAmount = dataset.outcomes().filter((o) => o.amount);
    expect(withAmount.length).toBeGreaterThan(0);
    for (const o of withAmount) {
      const view = page('fr', o.incidentId).outcomes.find((v) => v.id === o.outcome.id);
      expect(view?.amount?.text).toMatch(/€|\$|£|[A-Z]{3}/);
      expect(view?.amount?.text).not.toMatch(/^\d[\d,.]*$/);
    }
  });

  it('the incidents tables mark a record\'s outcome kinds, once each', () => {
    const view = model.incidentIndex('it', 1);
    const rows = view.table.rows;
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged')) {
      const row = rows.find((r) => r.href === localePath('it', `/incidents/${incident.id}/`));
      if (!row) continue;
      const kinds = new Set(dataset.outcomesOf(incident.id).map((o) => o.outcome.kind));
      expect(row.outcomes, incident.id).toEqual(OUTCOME_KINDS.filter((k) => kinds.has(k.id)).map((k) => k.label.it));
    }
  });
});

describe('links between incidents', () => {
  it('show on both pages: the written label on one, the reverse on the other, each linked to the other\'s page', () => {
    const links = dataset.links();
    expect(links.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const l of links) {
        const type = termOf(LINK_TYPES, l.type) as (typeof LINK_TYPES)[number];
        const out = page(locale, l.incidentId).links.find((v) => v.href === localePath(locale, `/incidents/${l.other}/`));
        expect(out?.label, `${l.incidentId} -> ${l.other}`).toBe(type.label[locale]);
        expect(out?.direction).toBe('out');
        const back = page(locale, l.other).links.find((v) => v.href === localePath(locale, `/incidents/${l.incidentId}/`));
        expect(back?.label, `${l.other} <- ${l.incidentId}`).toBe(type.reverse[locale]);
        expect(back?.direction).toBe('in');
        const target = dataset.incident(l.other) as Incident;
        const title = (target.title as Record<string, string | undefined>)[locale] ?? target.title.en;
        expect(out?.title.text).toBe(title);
      }
    }
    expect(LINK_TYPES.find((x) => x.id === 'found-by')?.reverse.en).toBe('Found');
  });

  it('a page lists exactly the links written in it and those pointing to it', () => {
    for (const incident of dataset.incidents.filter((i) => i.status !== 'merged')) {
      const view = page('en', incident.id);
      const written = dataset.links().filter((l) => l.incidentId === incident.id).length;
      const pointing = dataset.links().filter((l) => l.other === incident.id).length;
      expect(view.links, incident.id).toHaveLength(written + pointing);
    }
  });
});

describe('the data page', () => {
  it('lists outcomes.csv and links.csv with their row counts, as served downloads', () => {
    for (const locale of LOCALES) {
      const view = model.dataPage(locale);
      const files = view.downloads.map((d) => d.file);
      expect(files).toEqual(expect.arrayContaining(['outcomes.csv', 'links.csv']));
      // Served under /data/: the text downloads of the model and the SQLite file (src/lib/data-versions.ts).
      expect([...Object.keys(model.downloads()), SQLITE_FILE].sort()).toEqual([...files].sort());
      const m = t(locale);
      expect(view.downloads.find((d) => d.file === 'outcomes.csv')?.count).toBe(m.data.rows(dataset.outcomes().length));
      expect(view.downloads.find((d) => d.file === 'links.csv')?.count).toBe(m.data.rows(dataset.links().length));
      expect(view.downloads.find((d) => d.file === 'outcomes.csv')?.text).toBe(m.schema2.outcomesCsv);
    }
  });
});
