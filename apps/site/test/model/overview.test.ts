/**
 * Issue 16: the overview charts' inputs (counts of incidents over the whole
 * dataset) and the rule of the small multiples, on the real records, without
 * building the site.
 */
import { contentDir, Dataset, loadDataset, repoRoot } from '@atlas/data';
import { type Incident, LOCALES } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { yearOf } from '../../src/model/browse.ts';
import { OVERVIEW_CHARTS, pairsId } from '../../src/model/charts.ts';
import { dataBySector, datedPairs, incidentsPerCountry, pairedSeries, yearIncidents } from '../../src/model/overview.ts';
import { SiteModel } from '../../src/model/site.ts';

const real = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset.incidents;
const dataset = new Dataset(real);
const model = new SiteModel(dataset, { today: '2026-12-02' });
const active = real.filter((i) => i.status === 'active');
const byId = (id: string): Incident => {
  const found = real.find((i) => i.id === id);
  if (!found) throw new Error(`no record ${id} in content/incidents`);
  return found;
};

describe('incidents per year', () => {
  it('puts each incident once, in the year it was made public (the year pages’ year)', () => {
    const items = yearIncidents(active, 'sector');
    expect(items).toHaveLength(active.length);
    for (const item of items) {
      const incident = byId(item.id);
      expect(item.year).toBe(Number(yearOf(incident)));
      expect(item.category).toBe(incident.sector);
    }
    expect(yearIncidents(active, 'vector').map((d) => d.category)).toEqual(active.map((i) => i.vector));
  });

  it('draws every year from the first to the last, a year without an incident as zero, and the totals are the records', () => {
    const { table } = model.charts.chart('en', OVERVIEW_CHARTS.byYearSector).result;
    const years = active.map((i) => Number(yearOf(i)));
    const first = Math.min(...years);
    const last = Math.max(...years);
    expect(table.rows.map((r) => r[0])).toEqual(Array.from({ length: last - first + 1 }, (_, i) => String(first + i)));
    for (const row of table.rows) {
      const inYear = active.filter((i) => yearOf(i) === row[0]).length;
      expect(row.at(-1), `total of ${row[0]}`).toBe(inYear);
      // A year of the range without an incident is a row of zeros, not a missing row.
      if (inYear === 0) expect(row.slice(1).every((c) => c === 0)).toBe(true);
    }
    expect(table.rows.reduce((n, r) => n + Number(r.at(-1)), 0)).toBe(active.length);
  });

  it('says which year it uses and that the years outside the range have no record', () => {
    for (const locale of LOCALES) {
      const { svg } = model.charts.chart(locale, OVERVIEW_CHARTS.byYearVector).result;
      const desc = svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1] ?? '';
      expect(desc.replace(/&#39;/g, "'")).toContain(t(locale).overview.yearsNote);
    }
    const { svg } = model.charts.chart('en', OVERVIEW_CHARTS.byYearSector).result;
    expect(svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1]).toMatch(/No record before \d{4} or after \d{4}: those years are left out, not counted as zero\./);
  });
});

describe('data exposed, by sector', () => {
  it('counts each incident once per data category it exposed, in its sector', () => {
    const items = dataBySector(active);
    const nextmotion = items.find((d) => d.id === 'nextmotion-2020');
    expect(nextmotion?.column).toBe('aesthetic-medicine');
    expect(nextmotion?.rows).toContain('patient-media');
    for (const d of items) expect(new Set(d.rows).size).toBe(d.rows.length);
    const { table } = model.charts.chart('en', OVERVIEW_CHARTS.dataBySector).result;
    const media = table.rows.find((r) => r[0] === 'Patient photos and videos');
    const exposedMedia = active.filter((i) => dataset.categoriesOf(i.id).includes('patient-media')).length;
    expect(media?.at(-1)).toBe(exposedMedia);
  });
});

describe('incidents per country', () => {
  it('counts records per country and leaves countries without one out (no record, not zero)', () => {
    const counts = incidentsPerCountry(dataset.byCountry(), (i) => i.status === 'active');
    const us = counts.find((c) => c.country === 'US');
    expect(us?.count).toBe(active.filter((i) => i.countries.includes('US')).length);
    expect(counts.every((c) => c.count > 0)).toBe(true);
    const { svg, table } = model.charts.chart('fr', 'countries-map').result;
    expect(table.columns).toEqual(['Pays', 'Code', 'Incidents recensés']);
    expect(svg).toContain('Aucun cas recensé');
  });
});

describe('small multiples: the same source, metric and country at two dates', () => {
  it('pairs Infosecurity Magazine’s two patient counts for the Center for Facial Restoration', () => {
    const pairs = datedPairs(dataset.countGroups('center-for-facial-restoration-2019'));
    expect(pairs.map((p) => [p.metric, p.scope, p.sourceId, p.figures.map((f) => [f.figure.as_of, f.figure.value])])).toEqual([
      [
        'patients',
        'US',
        'infosecurity-magazine',
        [
          ['2019-11-29', 20],
          ['2020-01', 3500],
        ],
      ],
    ]);
    const [series] = pairedSeries(pairs, dataset.countGroups('center-for-facial-restoration-2019'), 'it');
    expect(series).toMatchObject({ country: 'US', source: 'Infosecurity Magazine', measure: 'Pazienti' });
  });

  it('draws nothing for Greenbone: its one November country figure has no September figure of the same source and metric', () => {
    expect(datedPairs(dataset.countGroups('greenbone-pacs-2019'))).toEqual([]);
    expect(model.incident('en', 'greenbone-pacs-2019')).toMatchObject({ pairs: undefined });
  });

  it('never pairs figures of different sources, countries, subjects or the world', () => {
    const base = byId('center-for-facial-restoration-2019');
    const otherSource = base.sources.find((s) => s.id !== 'infosecurity-magazine')?.id;
    expect(otherSource).toBeDefined();
    const edit = (change: (f: Incident['figures'][number]) => Partial<Incident['figures'][number]>): Incident => {
      const copy = structuredClone(base);
      copy.id = `copy-${Math.random().toString(36).slice(2, 8)}`;
      let n = 0;
      copy.figures = copy.figures.map((f) => (f.source === 'infosecurity-magazine' && f.as_of === '2020-01' && n++ === 0 ? { ...f, ...change(f) } : f));
      return copy;
    };
    const pairsOf = (i: Incident) => datedPairs(new Dataset([i]).countGroups(i.id));
    // Both dates exist, but the later figure is another source's: not drawn.
    expect(pairsOf(edit(() => ({ source: otherSource as string })))).toEqual([]);
    // Another country: not the same figure group apart from the date.
    expect(pairsOf(edit(() => ({ scope: 'CA' })))).toEqual([]);
    // Another subject: two different things counted, never one figure at two dates.
    expect(pairsOf(edit(() => ({ subject: { en: 'patients notified', fr: 'patients prévenus', it: 'pazienti avvisati' } })))).toEqual([]);
    // World figures are not per-country figures.
    const world = structuredClone(base);
    world.figures = world.figures.map((f) => ({ ...f, scope: 'world' }));
    expect(pairsOf(world)).toEqual([]);
  });

  it('shows the chart on the incident page of a record that qualifies, in every language', () => {
    for (const locale of LOCALES) {
      const view = model.incident(locale, 'center-for-facial-restoration-2019');
      if (view.kind !== 'page') throw new Error('expected a page');
      expect(view.pairs?.chart.id).toBe(pairsId('center-for-facial-restoration-2019'));
      expect(view.pairs?.chart.table.rows).toHaveLength(2);
      expect(view.pairs?.intro).toBe(t(locale).overview.pairsIntro);
    }
    expect(model.charts.ids('en')).toContain(pairsId('center-for-facial-restoration-2019'));
  });
});

describe('placement', () => {
  it('puts each overview chart on its facet index, and links them all from the home page', () => {
    expect(model.facetIndex('en', 'years').chart.id).toBe(OVERVIEW_CHARTS.byYearSector);
    expect(model.facetIndex('fr', 'vectors').chart.id).toBe(OVERVIEW_CHARTS.byYearVector);
    expect(model.facetIndex('it', 'sectors').chart.id).toBe(OVERVIEW_CHARTS.dataBySector);
    const links = model.home('fr').browse.charts;
    expect(links.map((l) => l.href)).toEqual([
      '/fr/sectors/#chart-data-by-sector',
      '/fr/vectors/#chart-vectors-by-year',
      '/fr/years/#chart-incidents-by-year-sector',
      '/fr/countries/#chart-countries-map',
    ]);
    expect(links[0]?.label).toBe(t('fr').overview.dataBySector);
  });

  it('makes an embed page and the downloads of each overview chart', () => {
    const ids = model.routes.embed().map((r) => r.path);
    for (const id of Object.values(OVERVIEW_CHARTS)) {
      expect(ids).toContain(`/embed/${id}/`);
      expect(ids).toContain(`/it/embed/${id}/`);
    }
    const files = [...model.charts.downloads('en')].map((d) => d.id);
    expect(files).toEqual(expect.arrayContaining([...Object.values(OVERVIEW_CHARTS), pairsId('center-for-facial-restoration-2019')]));
  });
});
