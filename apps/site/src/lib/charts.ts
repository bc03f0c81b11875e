/**
 * Every chart of the site, by id, per locale. The same registry feeds the
 * pages (inline SVG), the embed pages (/embed/<id>/) and the downloads
 * (/charts/<locale>/<id>.svg and .csv), so all three always agree.
 * Figures are never added together: the country map counts incidents.
 */
import {
  barsByCountry,
  type ChartResult,
  type CountryValue,
  dataTypeMatrix,
  incidentScale,
  sourceDisagreement,
  timeline,
  worldMap,
} from '@atlas/charts';
import type { CountFigure, Dataset, FigureGroup } from '@atlas/data';
import { t } from '../i18n/index.ts';
import { getDataset } from './dataset.ts';
import { localized, metricLabel, partialDate, scopeName } from './format.ts';
import { LOCALES, type Locale, localePath } from './i18n.ts';
import { isActive, isListed } from './status.ts';
import { views } from './views.ts';

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
export function countryGroups(dataset: Dataset, incidentId: string): { metric: string; asOf: string; groups: FigureGroup<CountFigure>[] }[] {
  const out = new Map<string, { metric: string; asOf: string; groups: FigureGroup<CountFigure>[] }>();
  for (const g of views(dataset).countGroups(incidentId)) {
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

/** The site-wide charts of a locale (home, incidents, countries, data types): four, whatever the dataset size. */
function buildSiteCharts(locale: Locale): ChartSpec[] {
  const dataset = getDataset();
  const m = t(locale);
  const atlas = `${m.chart.sourceAtlas}, ${dataset.info.version}`;
  const active = dataset.incidents.filter(isActive);
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
    const h = views(dataset).headline(i.id);
    return {
      id: i.id,
      label: title(i.id),
      value: h ? h.figure.value : null,
      qualifier: h ? h.figure.qualifier : 'exact',
    };
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
  const countries: CountryValue[] = [...views(dataset).byCountry('all')]
    .map(([country, list]) => ({ country, n: list.filter(isActive).length }))
    .filter((c) => c.n > 0)
    .map(({ country, n }) => ({ country, value: n, qualifier: 'exact', source: m.chart.sourceAtlas, asOf: dataset.info.modified }));
  add('countries-map', m.countries.mapTitle, '/countries/', (idPrefix) =>
    worldMap(countries, { locale, source: atlas, idPrefix }),
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
  return specs;
}

/** The charts of one incident page (source disagreements, figures by country), rendered when first asked for. */
function buildIncidentCharts(locale: Locale, incidentId: string): ChartSpec[] {
  const dataset = getDataset();
  const m = t(locale);
  const page = `/incidents/${incidentId}/`;
  const specs: ChartSpec[] = [];
  for (const g of views(dataset).disagreements(incidentId)) {
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
  for (const cg of countryGroups(dataset, incidentId)) {
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
  return specs;
}

/** The ids of one incident's charts, without rendering them. */
function incidentChartIds(dataset: Dataset, incidentId: string): string[] {
  return [
    ...views(dataset).disagreements(incidentId).map(disagreementId),
    ...countryGroups(dataset, incidentId).map((cg) => byCountryId(incidentId, cg.metric, cg.asOf)),
  ];
}

interface Registry {
  dataset: Dataset;
  site: Map<string, ChartSpec>;
  /** Chart id → the incident whose page shows it. */
  owner: Map<string, string>;
  /** Incident id → its rendered charts, filled on demand. */
  rendered: Map<string, Map<string, ChartSpec>>;
}

const registries = new Map<Locale, Registry>();
let owners: { dataset: Dataset; owner: Map<string, string> } | undefined;

/** Chart id → incident id, for every incident chart (the same ids in every locale). */
function chartOwners(dataset: Dataset): Map<string, string> {
  if (owners?.dataset === dataset) return owners.owner;
  const owner = new Map<string, string>();
  for (const incident of dataset.incidents.filter(isListed)) {
    for (const id of incidentChartIds(dataset, incident.id)) owner.set(id, incident.id);
  }
  owners = { dataset, owner };
  return owner;
}

function registry(locale: Locale): Registry {
  const dataset = getDataset();
  const hit = registries.get(locale);
  if (hit && hit.dataset === dataset) return hit;
  const fresh: Registry = {
    dataset,
    site: new Map(buildSiteCharts(locale).map((s) => [s.id, s])),
    owner: chartOwners(dataset),
    rendered: new Map(),
  };
  registries.set(locale, fresh);
  return fresh;
}

/**
 * One chart in a locale. The site-wide charts are built once per dataset; an
 * incident's charts are rendered the first time its page (or embed, or
 * download) asks, and only the last few incidents are kept, so memory does not
 * grow with the dataset.
 */
export function chart(locale: Locale, id: string): ChartSpec {
  const r = registry(locale);
  const site = r.site.get(id);
  if (site) return site;
  const incidentId = r.owner.get(id);
  let specs = incidentId ? r.rendered.get(incidentId) : undefined;
  if (incidentId && !specs) {
    specs = new Map(buildIncidentCharts(locale, incidentId).map((s) => [s.id, s]));
    if (r.rendered.size >= 64) r.rendered.delete(r.rendered.keys().next().value as string);
    r.rendered.set(incidentId, specs);
  }
  const spec = specs?.get(id);
  if (!spec) throw new Error(`no chart with id "${id}" in ${locale}`);
  return spec;
}

/** Every chart id of the site (site-wide ones first), without rendering the incident charts. */
export function chartIds(locale: Locale): string[] {
  const r = registry(locale);
  return [...r.site.keys(), ...r.owner.keys()];
}

export function chartPaths(locale: Locale, id: string) {
  return {
    svg: `/charts/${locale}/${id}.svg`,
    csv: `/charts/${locale}/${id}.csv`,
    embed: localePath(locale, `/embed/${id}/`),
  };
}

/**
 * The body of a chart's download file, served at chartPaths(locale, id).svg / .csv:
 * the SVG as the site shows it inline (no style attribute), or the data as CSV.
 */
export function chartDownload(locale: Locale, id: string, ext: 'svg' | 'csv'): string {
  const { result } = chart(locale, id);
  return ext === 'svg' ? `${siteSvg(result.svg)}\n` : result.csv;
}

export function allChartIds(): { locale: Locale; id: string }[] {
  return LOCALES.flatMap((locale) => chartIds(locale).map((id) => ({ locale, id })));
}
