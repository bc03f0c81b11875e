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
  type Qualifier,
  sourceDisagreement,
  timeline,
  worldMap,
} from '@atlas/charts';
import type { Dataset, FigureGroup } from '@atlas/data';
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
}

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
export function countryGroups(dataset: Dataset, incidentId: string): { metric: string; asOf: string; groups: FigureGroup[] }[] {
  const out = new Map<string, { metric: string; asOf: string; groups: FigureGroup[] }>();
  for (const g of views(dataset).groups(incidentId)) {
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

function build(locale: Locale): Map<string, ChartSpec> {
  const dataset = getDataset();
  const m = t(locale);
  const atlas = `${m.chart.sourceAtlas}, ${dataset.info.version}`;
  const active = dataset.incidents.filter(isActive);
  const title = (id: string) => {
    const i = dataset.incident(id);
    return i ? localized(i.title, locale).text : id;
  };
  const specs: ChartSpec[] = [];
  const add = (id: string, chartTitle: string, page: string, render: (idPrefix: string) => ChartResult) => {
    specs.push({ id, title: chartTitle, page, result: render(`c-${id}`) });
  };

  add('incident-scale', m.home.scaleChart, '/', (idPrefix) =>
    incidentScale(
      active.map((i) => {
        const h = views(dataset).headline(i.id);
        return {
          id: i.id,
          label: title(i.id),
          value: h ? h.figure.value : null,
          qualifier: (h ? h.figure.qualifier : 'exact') as Qualifier,
        };
      }),
      { locale, source: atlas, idPrefix },
    ),
  );
  add('incidents-timeline', m.incidents.timelineChart, '/incidents/', (idPrefix) =>
    timeline(
      active.map((i) => ({ id: i.id, label: title(i.id), dates: i.dates })),
      { locale, source: atlas, idPrefix },
    ),
  );
  const countries: CountryValue[] = [...views(dataset).byCountry('all')]
    .map(([country, list]) => ({ country, n: list.filter(isActive).length }))
    .filter((c) => c.n > 0)
    .map(({ country, n }) => ({ country, value: n, qualifier: 'exact', source: m.chart.sourceAtlas, asOf: dataset.info.modified }));
  add('countries-map', m.countries.mapTitle, '/countries/', (idPrefix) =>
    worldMap(countries, { locale, source: atlas, idPrefix }),
  );
  add('data-types-matrix', m.dataTypes.matrixTitle, '/data-types/', (idPrefix) =>
    dataTypeMatrix(
      active.map((i) => ({ id: i.id, label: title(i.id), dataTypes: i.data_types })),
      { locale, source: atlas, idPrefix },
    ),
  );

  for (const incident of dataset.incidents.filter(isListed)) {
    const page = `/incidents/${incident.id}/`;
    for (const g of views(dataset).disagreements(incident.id)) {
      const publishers = uniq(g.figures.map((f) => f.source.publisher));
      add(
        disagreementId(g),
        m.incident.disagreementTitle(metricLabel(g.metric, locale), scopeName(g.scope, locale), partialDate(g.asOf, locale)),
        page,
        (idPrefix) =>
          sourceDisagreement(
            g.figures.map((f) => ({
              source: f.source.id,
              publisher: f.source.publisher,
              value: f.figure.value,
              qualifier: f.figure.qualifier as Qualifier,
              url: f.source.url,
            })),
            { locale, source: publishers.join(', '), idPrefix, axisLabel: metricLabel(g.metric, locale) },
          ),
      );
    }
    for (const cg of countryGroups(dataset, incident.id)) {
      const publishers = uniq(cg.groups.map((g) => g.preferred.source.publisher));
      add(
        byCountryId(incident.id, cg.metric, cg.asOf),
        m.incident.byCountry(metricLabel(cg.metric, locale), partialDate(cg.asOf, locale)),
        page,
        (idPrefix) =>
          barsByCountry(
            cg.groups.map((g) => ({
              country: g.scope,
              value: g.preferred.figure.value,
              qualifier: g.preferred.figure.qualifier as Qualifier,
              source: g.preferred.source.publisher,
              asOf: g.asOf,
            })),
            { locale, source: publishers.join(', '), idPrefix },
          ),
      );
    }
  }
  return new Map(specs.map((s) => [s.id, s]));
}

const cache = new Map<Locale, { dataset: Dataset; charts: Map<string, ChartSpec> }>();

/** Every chart in a locale, built once per dataset. */
export function charts(locale: Locale): Map<string, ChartSpec> {
  const dataset = getDataset();
  const hit = cache.get(locale);
  if (hit && hit.dataset === dataset) return hit.charts;
  const built = build(locale);
  cache.set(locale, { dataset, charts: built });
  return built;
}

export function chart(locale: Locale, id: string): ChartSpec {
  const spec = charts(locale).get(id);
  if (!spec) throw new Error(`no chart with id "${id}" in ${locale}`);
  return spec;
}

export function chartPaths(locale: Locale, id: string) {
  return {
    svg: `/charts/${locale}/${id}.svg`,
    csv: `/charts/${locale}/${id}.csv`,
    embed: localePath(locale, `/embed/${id}/`),
  };
}

export function allChartIds(): { locale: Locale; id: string }[] {
  return LOCALES.flatMap((locale) => [...charts(locale).keys()].map((id) => ({ locale, id })));
}
