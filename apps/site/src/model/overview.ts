/**
 * Issue 16: the inputs of the overview charts, which count incidents over the
 * whole dataset (never sums of their figures), and the rule that decides
 * which figures of one incident are drawn as small multiples at two dates.
 * Pure functions of the records (or an incident's figure groups) and a
 * locale; charts.ts renders them and the pages place them.
 */
import type { CountTerm, GroupedIncident, PairedSeries, YearIncident } from '@atlas/charts';
import type { CountFigure, FigureGroup, FigureRecord } from '@atlas/data';
import { DATA_TYPE_CATEGORIES, DATA_TYPES, type Incident, SECTORS, VECTORS } from '@atlas/schema';
import { yearOf } from './browse.ts';
import { localized, metricLabel } from './format.ts';
import type { Locale } from './locale.ts';

/** The terms of a vocabulary as grid columns or rows, labelled in the locale. */
const terms = (vocab: readonly { id: string; label: Readonly<Record<Locale, string>> }[], locale: Locale): CountTerm[] =>
  vocab.map((t) => ({ id: t.id, label: t.label[locale] }));

export const sectorTerms = (locale: Locale): CountTerm[] => terms(SECTORS, locale);
export const vectorTerms = (locale: Locale): CountTerm[] => terms(VECTORS, locale);
/** The rows of "data exposed, by sector": the taxonomy's categories, which do not overlap. */
export const dataCategoryTerms = (locale: Locale): CountTerm[] => terms(DATA_TYPE_CATEGORIES, locale);

/**
 * Each incident in the year it was made public (the year pages' notion, `yearOf`)
 * and in its sector or its exposure vector: one entry per incident.
 */
export function yearIncidents(incidents: readonly Incident[], by: 'sector' | 'vector'): YearIncident[] {
  return incidents.map((i) => ({ id: i.id, year: Number(yearOf(i)), category: by === 'sector' ? i.sector : i.vector }));
}

/** Each incident with the data categories it exposed (once each) and its sector. */
export function dataBySector(incidents: readonly Incident[]): GroupedIncident[] {
  const categoryOf = new Map<string, string>(DATA_TYPES.map((t) => [t.id, t.category]));
  return incidents.map((i) => ({
    id: i.id,
    rows: [...new Set(i.data_types.flatMap((t) => categoryOf.get(t) ?? []))],
    column: i.sector,
  }));
}

/** Incidents per affected country: a count of records, never a sum of figures; countries without one are left out ("no record"). */
export function incidentsPerCountry(byCountry: ReadonlyMap<string, readonly Incident[]>, counted: (i: Incident) => boolean): { country: string; count: number }[] {
  return [...byCountry]
    .map(([country, list]) => ({ country, count: list.filter(counted).length }))
    .filter((c) => c.count > 0);
}

/** One source's figure for one metric and country, at two dates or more, oldest first. */
export interface DatedPair {
  metric: string;
  /** The country (ISO alpha-2). */
  scope: string;
  /** What the figures count, when the record counts several things of this metric (figure groups keep them apart). */
  subject: string | undefined;
  sourceId: string;
  figures: FigureRecord<CountFigure>[];
}

/**
 * Which figures of one incident are drawn side by side at their dates: the
 * figures of one source for the same metric and country (and subject), that is
 * the same figure group apart from the date, found at two dates or more.
 * Figures of different sources are never paired, even for the same metric and
 * country; world figures are not per-country figures. Takes the incident's
 * count groups (numbers only: never money or data volumes).
 */
export function datedPairs(groups: readonly FigureGroup<CountFigure>[]): DatedPair[] {
  const bySeries = new Map<string, DatedPair>();
  for (const g of groups) {
    if (!/^[A-Z]{2}$/.test(g.scope)) continue;
    for (const f of g.figures) {
      const key = [g.metric, g.scope, g.currency ?? '', g.subject?.en ?? '', f.source.id].join('|');
      const pair = bySeries.get(key) ?? { metric: g.metric, scope: g.scope, subject: g.subject?.en, sourceId: f.source.id, figures: [] };
      // One figure per date: a source's second figure for the same group and date is another reading of the same number.
      if (!pair.figures.some((x) => x.figure.as_of === f.figure.as_of)) pair.figures.push(f);
      bySeries.set(key, pair);
    }
  }
  return [...bySeries.values()]
    .filter((p) => p.figures.length >= 2)
    .map((p) => ({ ...p, figures: [...p.figures].sort((a, b) => a.figure.as_of.localeCompare(b.figure.as_of)) }));
}

/** The small multiples' input: a panel per pair, labelled in the locale. */
export function pairedSeries(pairs: readonly DatedPair[], groups: readonly FigureGroup<CountFigure>[], locale: Locale): PairedSeries[] {
  return pairs.map((p) => {
    const subject = groups.find((g) => g.metric === p.metric && g.scope === p.scope && g.subject?.en === p.subject)?.subject;
    const metric = metricLabel(p.metric, locale);
    return {
      country: p.scope,
      metric: p.metric,
      measure: subject ? `${metric} (${localized(subject, locale).text})` : metric,
      source: p.figures[0]?.source.publisher ?? p.sourceId,
      points: p.figures.map((f) => ({ asOf: f.figure.as_of, value: f.figure.value, qualifier: f.figure.qualifier })),
    };
  });
}
