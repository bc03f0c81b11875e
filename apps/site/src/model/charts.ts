/**
 * Every chart of the site, by id, per locale. The same registry feeds the
 * pages (inline SVG), the embed pages (/embed/<id>/) and the downloads
 * (/charts/<locale>/<id>.svg and .csv, written by the build's sibling
 * process), so all three always agree. This module maps records to
 * @atlas/charts inputs. Figures are never added together: the country map
 * counts incidents.
 */
import {
  barsByCountry,
  type ChartResult,
  type CountryValue,
  crossCounts,
  dataTypeMatrix,
  incidentsByYear,
  incidentScale,
  pairedFigures,
  sourceDisagreement,
  timeline,
  worldMap,
} from '@atlas/charts';
import type { CountFigure, Dataset, FigureGroup } from '@atlas/data';
import { t } from '../i18n/index.ts';
import { localized, metricLabel, partialDate, scopeName } from './format.ts';
import { type Locale, localePath } from './locale.ts';
import { partPageOf, partPages, partPath } from './paging.ts';
import { dataBySector, dataCategoryTerms, datedPairs, incidentsPerCountry, pairedSeries, sectorTerms, vectorTerms, yearIncidents } from './overview.ts';
import { isActive } from './status.ts';
import type { Views } from './views.ts';

export interface ChartSpec {
  id: string;
  /** Visible heading of the chart, in the locale. */
  title: string;
  /** Path (without locale prefix) of the page that shows the chart. */
  page: string;
  result: ChartResult;
  /** Set when the chart draws only part of the records: how many it shows out of how many. */
  capped?: { shown: number; total: number };
}

/**
 * The site-wide charts draw at most this many incidents (the largest, or the
 * latest), so the pages that show them stay within the page budget at any
 * dataset size; the page says so and links to the full data.
 */
export const CHART_CAP = 20;

/**
 * The SVG as the site serves it, inline. The charts carry no style attribute
 * (a CSP of `style-src 'self'` would block it); the site sizes charts from
 * its stylesheet (`.chart svg`). Any style attribute is still removed, so a
 * chart change cannot break the CSP.
 */
export function siteSvg(svg: string): string {
  return svg.replace(/^(<svg\b[^>]*?)\s+style="[^"]*"/, '$1').replace(/\s+$/, '');
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function disagreementId(g: FigureGroup): string {
  return `${g.incidentId}--disagreement-${slug(g.metric)}-${slug(g.scope)}-${slug(g.asOf)}`;
}

/** Country-scoped preferred figures of one incident, grouped by metric and as-of date (two countries or more). */
export function countryGroups(v: Views, incidentId: string): { metric: string; asOf: string; groups: FigureGroup<CountFigure>[] }[] {
  const out = new Map<string, { metric: string; asOf: string; groups: FigureGroup<CountFigure>[] }>();
  for (const g of v.countGroups(incidentId)) {
    if (g.scope === 'world' || g.preferred.figure.role !== 'exposure') continue;
    const k = `${g.metric}|${g.asOf}`;
    const entry = out.get(k) ?? { metric: g.metric, asOf: g.asOf, groups: [] };
    entry.groups.push(g);
    out.set(k, entry);
  }
  return [...out.values()].filter((e) => e.groups.length >= 2);
}

export function byCountryId(incidentId: string, metric: string, asOf: string): string {
  return `${incidentId}--${slug(metric)}-by-country-${slug(asOf)}`;
}

/** The site-wide charts of a locale (home, incidents, countries, data types, years, vectors, sectors): seven, whatever the dataset size. */
function buildSiteCharts(dataset: Dataset, v: Views, locale: Locale): ChartSpec[] {
  const m = t(locale);
  const atlas = `${m.chart.sourceAtlas}, ${dataset.info.version}`;
  const active = v.active();
  const title = (id: string) => {
    const i = dataset.incident(id);
    return i ? localized(i.title, locale).text : id;
  };
  const capped = (shown: number) => (active.length > CHART_CAP ? { shown, total: active.length } : undefined);
  const specs: ChartSpec[] = [];
  const add = (id: string, chartTitle: string, page: string, render: (idPrefix: string) => ChartResult, cap?: ChartSpec['capped']) => {
    specs.push({ id, title: chartTitle, page, result: render(`c-${id}`), ...(cap ? { capped: cap } : {}) });
  };

  // Every incident while they fit; beyond CHART_CAP, the largest headline figures.
  const scaled = active.map((i) => {
    const h = v.headline(i.id);
    return { id: i.id, label: title(i.id), value: h ? h.figure.value : null, qualifier: h ? h.figure.qualifier : 'exact' };
  });
  const largest =
    scaled.length > CHART_CAP
      ? scaled
          .filter((d) => d.value !== null)
          .sort((a, b) => (b.value as number) - (a.value as number) || a.id.localeCompare(b.id))
          .slice(0, CHART_CAP)
      : scaled;
  add('incident-scale', m.home.scaleChart, '/', (idPrefix) => incidentScale(largest, { locale, source: atlas, idPrefix }), capped(largest.length));
  // The records are newest first: beyond CHART_CAP, the latest.
  const latest = active.slice(0, CHART_CAP);
  add(
    'incidents-timeline',
    m.incidents.timelineChart,
    '/incidents/',
    (idPrefix) =>
      timeline(
        latest.map((i) => ({ id: i.id, label: title(i.id), dates: i.dates })),
        { locale, source: atlas, idPrefix },
      ),
    capped(latest.length),
  );
  const countries: CountryValue[] = incidentsPerCountry(v.byCountry(), isActive).map(({ country, count }) => ({
    country,
    value: count,
    qualifier: 'exact',
    source: m.chart.sourceAtlas,
    asOf: dataset.info.modified,
  }));
  add('countries-map', m.countries.mapTitle, '/countries/', (idPrefix) =>
    worldMap(countries, { locale, source: atlas, idPrefix, measure: 'incidents' }),
  );
  add(
    'data-types-matrix',
    m.dataTypes.matrixTitle,
    '/data-types/',
    (idPrefix) =>
      dataTypeMatrix(
        latest.map((i) => ({ id: i.id, label: title(i.id), dataTypes: i.data_types })),
        { locale, source: atlas, idPrefix },
      ),
    capped(latest.length),
  );
  // Issue 16: overview grids of every active record, counting incidents; the year is the year made public, as on the year pages.
  add(OVERVIEW_CHARTS.byYearSector, m.overview.byYearSector, '/years/', (idPrefix) =>
    incidentsByYear(yearIncidents(active, 'sector'), { locale, source: atlas, idPrefix, categories: sectorTerms(locale), yearNote: m.overview.yearsNote }),
  );
  add(OVERVIEW_CHARTS.byYearVector, m.overview.byYearVector, '/vectors/', (idPrefix) =>
    incidentsByYear(yearIncidents(active, 'vector'), { locale, source: atlas, idPrefix, categories: vectorTerms(locale), yearNote: m.overview.yearsNote }),
  );
  add(OVERVIEW_CHARTS.dataBySector, m.overview.dataBySector, '/sectors/', (idPrefix) =>
    crossCounts(dataBySector(active), {
      locale,
      source: atlas,
      idPrefix,
      rows: dataCategoryTerms(locale),
      columns: sectorTerms(locale),
      rowHeader: m.overview.dataRows,
      note: m.overview.dataNote,
    }),
  );
  return specs;
}

/** The ids of the overview charts (issue 16), and the index page of each. */
export const OVERVIEW_CHARTS = {
  byYearSector: 'incidents-by-year-sector',
  byYearVector: 'vectors-by-year',
  dataBySector: 'data-by-sector',
} as const;

export function pairsId(incidentId: string): string {
  return `${incidentId}--same-source-two-dates`;
}

/** The charts of one incident page (source disagreements, figures by country), rendered when first asked for. */
function buildIncidentCharts(v: Views, locale: Locale, incidentId: string): ChartSpec[] {
  const m = t(locale);
  const page = `/incidents/${incidentId}/`;
  const specs: ChartSpec[] = [];
  for (const g of v.disagreements(incidentId)) {
    const publishers = uniq(g.figures.map((f) => f.source.publisher));
    const id = disagreementId(g);
    specs.push({
      id,
      title: m.incident.disagreementTitle(metricLabel(g.metric, locale), scopeName(g.scope, locale), partialDate(g.asOf, locale)),
      page,
      result: sourceDisagreement(
        g.figures.map((f) => ({
          source: f.source.id,
          publisher: f.source.publisher,
          value: f.figure.value,
          qualifier: f.figure.qualifier,
          url: f.source.url,
        })),
        { locale, source: publishers.join(', '), idPrefix: `c-${id}`, axisLabel: metricLabel(g.metric, locale) },
      ),
    });
  }
  const pairs = datedPairs(v.countGroups(incidentId));
  if (pairs.length > 0) {
    const id = pairsId(incidentId);
    specs.push({
      id,
      title: m.overview.pairs,
      page,
      result: pairedFigures(pairedSeries(pairs, v.countGroups(incidentId), locale), {
        locale,
        source: uniq(pairs.flatMap((p) => p.figures.map((f) => f.source.publisher))).join(', '),
        idPrefix: `c-${id}`,
      }),
    });
  }
  for (const cg of countryGroups(v, incidentId)) {
    const publishers = uniq(cg.groups.map((g) => g.preferred.source.publisher));
    const id = byCountryId(incidentId, cg.metric, cg.asOf);
    specs.push({
      id,
      title: m.incident.byCountry(metricLabel(cg.metric, locale), partialDate(cg.asOf, locale)),
      page,
      result: barsByCountry(
        cg.groups.map((g) => ({
          country: g.scope,
          value: g.preferred.figure.value,
          qualifier: g.preferred.figure.qualifier,
          source: g.preferred.source.publisher,
          asOf: g.asOf,
        })),
        { locale, source: publishers.join(', '), idPrefix: `c-${id}` },
      ),
    });
  }
  // Too many for the incident page: each chart is on its page of the incident's charts (src/model/paging.ts).
  if (partPages('charts', specs.length) > 0) {
    for (const [i, spec] of specs.entries()) spec.page = partPath(incidentId, 'charts', partPageOf('charts', i));
  }
  return specs;
}

/** The ids of one incident's charts, without rendering them. */
export function incidentChartIds(v: Views, incidentId: string): string[] {
  return [
    ...v.disagreements(incidentId).map(disagreementId),
    ...(datedPairs(v.countGroups(incidentId)).length > 0 ? [pairsId(incidentId)] : []),
    ...countryGroups(v, incidentId).map((cg) => byCountryId(incidentId, cg.metric, cg.asOf)),
  ];
}

export interface ChartPaths {
  svg: string;
  csv: string;
  embed: string;
  /** The drawing alone, shown as an image on the page, for a chart that has one (the map): see ChartPicture. */
  picture: string;
}

export function chartPaths(locale: Locale, id: string): ChartPaths {
  return {
    svg: `/charts/${locale}/${id}.svg`,
    csv: `/charts/${locale}/${id}.csv`,
    embed: localePath(locale, `/embed/${id}/`),
    picture: `/charts/${locale}/${id}.picture.svg`,
  };
}

/**
 * The charts of one dataset. The site-wide charts of a locale are built once;
 * an incident's charts are rendered when asked for, and only the last
 * incident's are kept, so memory does not grow with the dataset.
 */
export class Charts {
  readonly #site = new Map<Locale, Map<string, ChartSpec>>();
  #owners: Map<string, string> | undefined;

  constructor(
    readonly dataset: Dataset,
    readonly views: Views,
  ) {}

  /** The site-wide charts of a locale, by id. */
  site(locale: Locale): Map<string, ChartSpec> {
    let specs = this.#site.get(locale);
    if (!specs) {
      specs = new Map(buildSiteCharts(this.dataset, this.views, locale).map((s) => [s.id, s]));
      this.#site.set(locale, specs);
    }
    return specs;
  }

  /** Chart id → the incident whose page shows it, for every incident chart (the same ids in every locale). */
  owners(): Map<string, string> {
    if (!this.#owners) {
      this.#owners = new Map();
      for (const incident of this.views.listed()) {
        for (const id of incidentChartIds(this.views, incident.id)) this.#owners.set(id, incident.id);
      }
    }
    return this.#owners;
  }

  /** The charts of one incident page, in page order. */
  ofIncident(locale: Locale, incidentId: string): ChartSpec[] {
    return buildIncidentCharts(this.views, locale, incidentId);
  }

  /** One chart in a locale; throws on an unknown id. */
  chart(locale: Locale, id: string): ChartSpec {
    const spec = this.site(locale).get(id) ?? this.#incidentChart(locale, id);
    if (!spec) throw new Error(`no chart with id "${id}" in ${locale}`);
    return spec;
  }

  /** The last incident whose charts were asked for one by one, per locale: its embed pages come one after another. */
  readonly #last = new Map<Locale, { incidentId: string; specs: ChartSpec[] }>();

  #incidentChart(locale: Locale, id: string): ChartSpec | undefined {
    const incidentId = this.owners().get(id);
    if (incidentId === undefined) return undefined;
    let last = this.#last.get(locale);
    if (last?.incidentId !== incidentId) {
      last = { incidentId, specs: this.ofIncident(locale, incidentId) };
      this.#last.set(locale, last);
    }
    return last.specs.find((s) => s.id === id);
  }

  /** Every chart id of a locale (site-wide ones first), without rendering the incident charts. */
  ids(locale: Locale): string[] {
    return [...this.site(locale).keys(), ...this.owners().keys()];
  }

  /**
   * Every chart of a locale with its download bodies, served at chartPaths():
   * the SVG as the site shows it inline (no style attribute), and the data as
   * CSV. Each incident's charts are rendered once for both files.
   */
  /** Every chart's files: its SVG and CSV downloads, and its picture (the map's drawing alone) when it has one. */
  *downloads(locale: Locale): Generator<{ id: string; svg: string; csv: string; picture: string | undefined }> {
    const file = (s: ChartSpec) => ({ id: s.id, svg: `${siteSvg(s.result.svg)}\n`, csv: s.result.csv, picture: s.result.picture?.svg });
    for (const s of this.site(locale).values()) yield file(s);
    for (const incident of this.views.listed()) for (const s of this.ofIncident(locale, incident.id)) yield file(s);
  }
}
