/**
 * The dataset as the rest of the project sees it: validated records plus the
 * views the site and the exports need. Nothing here adds numbers together:
 * figures of different incidents, metrics, scopes or dates are never summed.
 */
import { createHash } from 'node:crypto';
import {
  bounds,
  DATA_TYPES,
  type DataType,
  type DataTypeCategory,
  type Figure,
  type Incident,
  type Metric,
  type Source,
  termOf,
} from '@atlas/schema';
import { type Diagnostic, formatDiagnostic } from './diagnostics.ts';
import { validate } from './validate.ts';

/** A figure with the incident it belongs to and its source resolved. */
export interface FigureRecord {
  /** `<incident id>/<figure id>`: the stable key used by permalinks and MDX references. */
  key: string;
  incidentId: string;
  figure: Figure;
  source: Source;
}

export interface SourceRecord {
  incidentId: string;
  source: Source;
}

/** Figures of one incident for one metric, scope and as-of date. */
export interface FigureGroup {
  incidentId: string;
  metric: Metric;
  scope: string;
  asOf: string;
  /** Every figure of the group, preferred first, then in file order. */
  figures: FigureRecord[];
  /** The figure shown first: the one marked preferred, else the primary report's, else the first. */
  preferred: FigureRecord;
}

/** A group in which sources report different values or qualifiers. */
export type Disagreement = FigureGroup;

export interface DatasetInfo {
  /** `<latest record.modified>.<8 hex of the content hash>`: changes whenever any record changes. */
  version: string;
  /** The latest `record.modified` of any record. */
  modified: string;
  incidentCount: number;
  figureCount: number;
  sourceCount: number;
}

export class DatasetError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in content/incidents:\n${diagnostics.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'DatasetError';
  }
}

/** The key of a figure's group: incident, metric, scope and as-of date. */
const groupKey = (incidentId: string, f: Pick<Figure, 'metric' | 'scope' | 'as_of'>) =>
  `${incidentId}|${f.metric}|${f.scope}|${f.as_of}`;

/** Newest first by date made public, then by id, so lists are stable. */
function byRecency(a: Incident, b: Incident): number {
  const da = bounds(a.dates.made_public)[0];
  const db = bounds(b.dates.made_public)[0];
  return db.localeCompare(da) || a.id.localeCompare(b.id);
}

function choosePreferred(figures: FigureRecord[]): FigureRecord {
  const first = figures[0];
  if (!first) throw new Error('empty figure group');
  return (
    figures.find((f) => f.figure.preferred) ?? figures.find((f) => f.source.type === 'primary-report') ?? first
  );
}

export class Dataset {
  /** Every record, active, withdrawn or merged, newest first. */
  readonly incidents: readonly Incident[];
  readonly figures: readonly FigureRecord[];
  readonly sources: readonly SourceRecord[];
  readonly info: DatasetInfo;

  readonly #byId = new Map<string, Incident>();
  readonly #figureByKey = new Map<string, FigureRecord>();
  readonly #groups = new Map<string, FigureGroup>();
  // Per-incident indexes, so a page's lookups cost the size of its incident, not of the dataset.
  readonly #figuresByIncident = new Map<string, FigureRecord[]>();
  readonly #groupsByIncident = new Map<string, FigureGroup[]>();

  constructor(incidents: readonly Incident[]) {
    this.incidents = [...incidents].sort(byRecency);
    const figures: FigureRecord[] = [];
    const sources: SourceRecord[] = [];
    for (const incident of this.incidents) {
      this.#byId.set(incident.id, incident);
      const sourceById = new Map(incident.sources.map((s) => [s.id, s]));
      for (const source of incident.sources) sources.push({ incidentId: incident.id, source });
      for (const figure of incident.figures) {
        const source = sourceById.get(figure.source);
        // Validation guarantees the reference; a record built by hand without it is a programming error.
        if (!source) throw new Error(`${incident.id}: figure ${figure.id} cites unknown source ${figure.source}`);
        const record: FigureRecord = { key: `${incident.id}/${figure.id}`, incidentId: incident.id, figure, source };
        figures.push(record);
        this.#figureByKey.set(record.key, record);
        const own = this.#figuresByIncident.get(incident.id);
        if (own) own.push(record);
        else this.#figuresByIncident.set(incident.id, [record]);
      }
    }
    this.figures = figures;
    this.sources = sources;

    const grouped = new Map<string, FigureRecord[]>();
    for (const r of figures) {
      const k = groupKey(r.incidentId, r.figure);
      const list = grouped.get(k);
      if (list) list.push(r);
      else grouped.set(k, [r]);
    }
    for (const [k, list] of grouped) {
      const preferred = choosePreferred(list);
      const first = list[0] as FigureRecord;
      const group: FigureGroup = {
        incidentId: first.incidentId,
        metric: first.figure.metric,
        scope: first.figure.scope,
        asOf: first.figure.as_of,
        figures: [preferred, ...list.filter((f) => f !== preferred)],
        preferred,
      };
      this.#groups.set(k, group);
      const own = this.#groupsByIncident.get(group.incidentId);
      if (own) own.push(group);
      else this.#groupsByIncident.set(group.incidentId, [group]);
    }

    // biome-ignore lint/complexity/useMathMinMax: ISO dates compared as strings; Math.max would make them NaN.
    const modified = this.incidents.reduce((m, i) => (i.record.modified > m ? i.record.modified : m), '0000-00-00');
    const hash = createHash('sha256')
      .update(JSON.stringify([...this.incidents].sort((a, b) => a.id.localeCompare(b.id))))
      .digest('hex')
      .slice(0, 8);
    this.info = {
      version: `${modified}.${hash}`,
      modified,
      incidentCount: this.incidents.length,
      figureCount: figures.length,
      sourceCount: sources.length,
    };
  }

  incident(id: string): Incident | undefined {
    return this.#byId.get(id);
  }

  /** A figure by its key `<incident id>/<figure id>`. */
  figure(key: string): FigureRecord | undefined {
    return this.#figureByKey.get(key);
  }

  figuresOf(incidentId: string): FigureRecord[] {
    return [...(this.#figuresByIncident.get(incidentId) ?? [])];
  }

  /** Every figure group of an incident, or of the whole dataset, in file order of their first figure. */
  groups(incidentId?: string): FigureGroup[] {
    if (incidentId === undefined) return [...this.#groups.values()];
    return [...(this.#groupsByIncident.get(incidentId) ?? [])];
  }

  /**
   * The preferred figure of an incident for a metric and scope. Without `asOf`,
   * the latest as-of date that has a figure measuring the exposure wins.
   */
  preferredFigure(incidentId: string, metric: Metric, scope: string, asOf?: string): FigureRecord | undefined {
    const candidates = this.groups(incidentId).filter(
      (g) => g.metric === metric && g.scope === scope && (asOf === undefined || g.asOf === asOf),
    );
    const exposure = candidates.filter((g) => g.preferred.figure.role === 'exposure');
    const pool = exposure.length > 0 ? exposure : candidates;
    pool.sort((a, b) => bounds(b.asOf)[1].localeCompare(bounds(a.asOf)[1]));
    return pool[0]?.preferred;
  }

  /**
   * The figure that best sums up an incident's scale: the preferred world
   * figure of the first metric in `order` that the incident has.
   */
  headlineFigure(
    incidentId: string,
    order: readonly Metric[] = ['images', 'records', 'files', 'patients', 'images-and-videos', 'servers'],
  ): FigureRecord | undefined {
    for (const metric of order) {
      const f = this.preferredFigure(incidentId, metric, 'world');
      if (f && f.figure.role === 'exposure') return f;
    }
    return undefined;
  }

  /** Groups where sources report different values or qualifiers. */
  disagreements(incidentId?: string): Disagreement[] {
    return this.groups(incidentId).filter((g) => {
      const versions = new Set(g.figures.map((f) => `${f.figure.value}|${f.figure.qualifier}`));
      return versions.size > 1;
    });
  }

  /** Incidents per affected country (ISO alpha-2), countries in code order. */
  byCountry(): Map<string, Incident[]> {
    const out = new Map<string, Incident[]>();
    for (const i of this.incidents) {
      for (const c of i.countries) {
        const list = out.get(c);
        if (list) list.push(i);
        else out.set(c, [i]);
      }
    }
    return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Figures scoped to one country, from every incident. */
  figuresForCountry(country: string): FigureRecord[] {
    return this.figures.filter((f) => f.figure.scope === country);
  }

  /** Incidents per data type, in the taxonomy's order; types no incident exposed are absent. */
  byDataType(): Map<DataType, Incident[]> {
    const out = new Map<DataType, Incident[]>();
    for (const t of DATA_TYPES) {
      const list = this.incidents.filter((i) => i.data_types.includes(t.id));
      if (list.length > 0) out.set(t.id, list);
    }
    return out;
  }

  /** The broad categories an incident's data types fall into, in taxonomy order. */
  categoriesOf(incidentId: string): DataTypeCategory[] {
    const incident = this.#byId.get(incidentId);
    if (!incident) return [];
    return [...new Set(incident.data_types.map((t) => termOf(DATA_TYPES, t).category))];
  }

  /** Every figure of one metric, across incidents (never summed). */
  byMetric(metric: Metric): FigureRecord[] {
    return this.figures.filter((f) => f.figure.metric === metric);
  }
}

export interface LoadOptions {
  /** Folder of incident YAML files. */
  dir: string;
  /**
   * When true (the default), any problem throws a DatasetError listing every
   * diagnostic, so a build never publishes a partial dataset.
   */
  strict?: boolean;
  today?: string;
  cwd?: string;
}

export interface LoadResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
}

/** Loads and validates the folder; with `strict: false`, returns the valid records and every diagnostic. */
export function loadDataset(options: LoadOptions): LoadResult {
  const result = validate({ dir: options.dir, today: options.today, cwd: options.cwd });
  if ((options.strict ?? true) && result.diagnostics.length > 0) throw new DatasetError(result.diagnostics);
  return { dataset: new Dataset(result.records.map((r) => r.incident)), diagnostics: result.diagnostics };
}
