/**
 * Derived views of one dataset, each computed once: the pages ask for the same
 * views many times (three languages, home, index, countries, data types). The
 * views come from @atlas/data: the site adds no data rules, only which records
 * have a page (status.ts).
 */
import { artifacts, type CountFigure, type Dataset, type FigureGroup, type FigureRecord } from '@atlas/data';
import type { DataType, Incident } from '@atlas/schema';
import { isActive, isListed } from './status.ts';

function memo<K, V>(fn: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    if (cache.has(k)) return cache.get(k) as V;
    const v = fn(k);
    cache.set(k, v);
    return v;
  };
}

function lazy<V>(fn: () => V): () => V {
  let made: { v: V } | undefined;
  return () => {
    if (!made) made = { v: fn() };
    return made.v;
  };
}

export type Views = ReturnType<typeof views>;

export function views(d: Dataset) {
  const byCountry = lazy(() => d.byCountry());
  const byDataType = lazy(() => d.byDataType());
  return {
    /** Records with a page (active and withdrawn), newest first. */
    listed: lazy((): Incident[] => d.incidents.filter(isListed)),
    /** Records counted in charts and headlines, newest first. */
    active: lazy((): Incident[] => d.incidents.filter(isActive)),
    headline: memo((id: string): FigureRecord<CountFigure> | undefined => d.headlineFigure(id)),
    groups: memo((id: string): FigureGroup[] => d.groups(id)),
    /** Count groups with numbers only: what charts may plot (never money, data volumes or "not disclosed"). */
    countGroups: memo((id: string): FigureGroup<CountFigure>[] => d.countGroups(id)),
    disagreements: memo((id: string): FigureGroup<CountFigure>[] => d.disagreements(id)),
    byCountry,
    /** A country's listed records (merged records only redirect). */
    listedInCountry: memo((code: string): Incident[] => (byCountry().get(code) ?? []).filter(isListed)),
    /** The figures scoped to a country whose record has a page. */
    listedFiguresForCountry: memo((code: string): FigureRecord[] =>
      d.figuresForCountry(code).filter((f) => {
        const incident = d.incident(f.incidentId);
        return incident !== undefined && isListed(incident);
      }),
    ),
    /** A data type's listed records. */
    listedOfType: memo((type: DataType): Incident[] => (byDataType().get(type) ?? []).filter(isListed)),
    /** Schema 2: the outcome kinds of a record, once each (the incidents tables' markers). */
    outcomeKinds: memo((id: string): string[] => [...new Set(d.outcomesOf(id).map((o) => o.outcome.kind))]),
    /**
     * The size in bytes of each download (the data page lists them). The files
     * themselves are made again when asked for (SiteModel.downloads): at 10,000
     * incidents they weigh about 200 MB in memory, too much to keep for a size.
     */
    artifactSizes: lazy((): Record<string, number> => Object.fromEntries(Object.entries(artifacts(d)).map(([file, text]) => [file, Buffer.byteLength(text)]))),
  };
}
