/**
 * Memoised views of the dataset. The pages ask for the same derived views
 * many times (three languages, home, index, countries, data types); each is
 * computed once per dataset. The views themselves come from @atlas/data:
 * the site adds no data rules.
 */
import { artifacts, type CountFigure, type Dataset, type FigureGroup, type FigureRecord } from '@atlas/data';
import type { Incident } from '@atlas/schema';
import { getDataset } from './dataset.ts';
import { isListed } from './status.ts';

function memo<K, V>(fn: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, fn(k));
    return cache.get(k) as V;
  };
}

function build(d: Dataset) {
  /** The downloads, byte for byte as @atlas/data writes them (the data page and /data/<file> share them). */
  const files = memo((_: 'all'): Record<string, string> => artifacts(d));
  return {
    headline: memo((id: string): FigureRecord<CountFigure> | undefined => d.headlineFigure(id)),
    groups: memo((id: string): FigureGroup[] => d.groups(id)),
    /** Count groups with numbers only: what charts may plot (never money, data volumes or "not disclosed"). */
    countGroups: memo((id: string): FigureGroup<CountFigure>[] => d.countGroups(id)),
    disagreements: memo((id: string): FigureGroup<CountFigure>[] => d.disagreements(id)),
    /** The figures scoped to a country whose record has a page (merged records only redirect). */
    listedFiguresForCountry: memo((code: string): FigureRecord[] =>
      d.figuresForCountry(code).filter((f) => {
        const incident = d.incident(f.incidentId);
        return incident !== undefined && isListed(incident);
      }),
    ),
    byCountry: memo((_: 'all'): Map<string, Incident[]> => d.byCountry()),
    byDataType: memo((_: 'all') => d.byDataType()),
    artifacts: files,
    /** Data rows of a CSV download: one per figure in figures.csv, one per source in sources.csv. */
    csvRows: memo((file: string): number => (file === 'figures.csv' ? d.info.figureCount : file === 'sources.csv' ? d.info.sourceCount : 0)),
  };
}

const cache = new WeakMap<Dataset, ReturnType<typeof build>>();

export function views(dataset: Dataset = getDataset()): ReturnType<typeof build> {
  let v = cache.get(dataset);
  if (!v) {
    v = build(dataset);
    cache.set(dataset, v);
  }
  return v;
}
