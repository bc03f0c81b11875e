/**
 * The dataset as the rest of the project sees it: validated records plus the
 * views the site and the exports need. Nothing here adds numbers together:
 * figures of different incidents, metrics, scopes or dates are never summed.
 * Money is never summed at all, never mixed with counts, and amounts in
 * different currencies never share a group; only count figures with a number
 * feed headline figures, disagreement charts and country charts.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import {
  bounds,
  DATA_TYPES,
  type DataType,
  type DataTypeCategory,
  type Figure,
  type Incident,
  LINK_TYPES,
  type LinkType,
  type Locale,
  type LocalizedText,
  type Metric,
  type Outcome,
  type Qualifier,
  type Source,
  termOf,
  todayUtc,
  type Unit,
  unitOf,
} from '@atlas/schema';
import { figureGroupKey } from './figure-group.ts';
import { type Diagnostic, formatDiagnostic } from './diagnostics.ts';
import { folderFingerprint, readSnapshot, writeSnapshot } from './snapshot.ts';
import { type ValidationResult, validate } from './validate.ts';

/** A count figure that gives a number: the only kind charts plot and headlines show. */
export type CountFigure = Figure & { value: number; qualifier: Qualifier };

/** A figure with the incident it belongs to and its source resolved. */
export interface FigureRecord<F extends Figure = Figure> {
  /** `<incident id>/<figure id>`: the stable key used by permalinks and MDX references. */
  key: string;
  incidentId: string;
  figure: F;
  source: Source;
}

/** True for a count metric with a number (not money, not bytes, not `not-disclosed`). */
export function isCountFigure(f: Figure): f is CountFigure {
  return unitOf(f.metric) === 'count' && typeof f.value === 'number' && f.qualifier !== undefined;
}

export function isCountRecord(r: FigureRecord): r is FigureRecord<CountFigure> {
  return isCountFigure(r.figure);
}

/** One outcome of an incident, with its source and its amount (a money figure) resolved. */
export interface OutcomeRecord {
  incidentId: string;
  outcome: Outcome;
  source: Source;
  amount?: FigureRecord;
}

/** A link as one record's page shows it: written in this record (`out`), or derived from the other's (`in`). */
export interface LinkRecord {
  incidentId: string;
  type: LinkType;
  direction: 'out' | 'in';
  /** The other record's id. */
  other: string;
  /** The label in each site language: the type's label going out, its reverse coming in. */
  label: Readonly<Record<Locale, string>>;
  note?: Outcome['summary'];
}

/** One restated number as a dated timeline: the first figure, then each revision, oldest first. */
export interface RevisionTimeline {
  incidentId: string;
  metric: Metric;
  scope: string;
  currency?: string;
  figures: FigureRecord[];
  latest: FigureRecord;
}

export interface SourceRecord {
  incidentId: string;
  source: Source;
}

/** Figures of one incident for one metric, scope, as-of date and (for money) currency. */
export interface FigureGroup<F extends Figure = Figure> {
  incidentId: string;
  metric: Metric;
  unit: Unit;
  scope: string;
  asOf: string;
  /** For money: the one currency of every figure of the group. */
  currency?: string;
  /** What the group counts, when one record counts several separate things of this metric, scope and date. */
  subject?: LocalizedText;
  /** Every figure of the group, preferred first, then in file order. */
  figures: FigureRecord<F>[];
  /** The figure shown first: the one marked preferred, else the primary report's, else the first. */
  preferred: FigureRecord<F>;
}

/** A group of count figures in which sources report different values or qualifiers. */
export type Disagreement = FigureGroup<CountFigure>;

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

/** The key of a figure's group: its incident, then figureGroupKey (metric, scope, date, currency, subject). */
const groupKey = (incidentId: string, f: Figure) => `${incidentId}|${figureGroupKey(f)}`;

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
  readonly #outcomesByIncident = new Map<string, OutcomeRecord[]>();
  readonly #linksByIncident = new Map<string, LinkRecord[]>();
  readonly #revisionsByIncident = new Map<string, RevisionTimeline[]>();

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
        unit: unitOf(first.figure.metric),
        ...(first.figure.currency !== undefined ? { currency: first.figure.currency } : {}),
        ...(first.figure.subject !== undefined ? { subject: first.figure.subject } : {}),
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

    for (const incident of this.incidents) this.#indexSchema2(incident);

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

  /** Outcomes, links (both directions) and revision timelines of one incident. */
  #indexSchema2(incident: Incident): void {
    const sourceById = new Map(incident.sources.map((s) => [s.id, s]));
    const outcomes: OutcomeRecord[] = [];
    for (const outcome of incident.outcomes ?? []) {
      const source = sourceById.get(outcome.source);
      if (!source) throw new Error(`${incident.id}: outcome ${outcome.id} cites unknown source ${outcome.source}`);
      const amount = outcome.amount === undefined ? undefined : this.#figureByKey.get(`${incident.id}/${outcome.amount}`);
      outcomes.push({ incidentId: incident.id, outcome, source, ...(amount ? { amount } : {}) });
    }
    if (outcomes.length) this.#outcomesByIncident.set(incident.id, outcomes);

    const push = (id: string, link: LinkRecord) => {
      const list = this.#linksByIncident.get(id);
      if (list) list.push(link);
      else this.#linksByIncident.set(id, [link]);
    };
    for (const l of incident.links ?? []) {
      // A link to a record that is not in the dataset (refused by validation) is not shown on either page.
      if (!this.#byId.has(l.target) || l.target === incident.id) continue;
      const term = termOf(LINK_TYPES, l.type);
      const note = l.note ? { note: l.note } : {};
      push(incident.id, { incidentId: incident.id, type: l.type, direction: 'out', other: l.target, label: term.label, ...note });
      push(l.target, { incidentId: l.target, type: l.type, direction: 'in', other: incident.id, label: term.reverse, ...note });
    }

    const own = this.#figuresByIncident.get(incident.id) ?? [];
    const byFigureId = new Map(own.map((r) => [r.figure.id, r]));
    // Each chain of `revises` becomes one timeline: start from figures that revise nothing and are revised.
    const next = new Map<string, FigureRecord[]>();
    for (const r of own) {
      if (r.figure.revises === undefined || !byFigureId.has(r.figure.revises)) continue;
      const list = next.get(r.figure.revises);
      if (list) list.push(r);
      else next.set(r.figure.revises, [r]);
    }
    const timelines: RevisionTimeline[] = [];
    for (const root of own) {
      if ((root.figure.revises !== undefined && byFigureId.has(root.figure.revises)) || !next.has(root.figure.id)) continue;
      const chain: FigureRecord[] = [];
      const queue = [root];
      const seen = new Set<string>();
      while (queue.length) {
        const r = queue.shift() as FigureRecord;
        if (seen.has(r.figure.id)) continue;
        seen.add(r.figure.id);
        chain.push(r);
        queue.push(...(next.get(r.figure.id) ?? []));
      }
      chain.sort((a, b) => bounds(a.figure.as_of)[0].localeCompare(bounds(b.figure.as_of)[0]));
      timelines.push({
        incidentId: incident.id,
        metric: root.figure.metric,
        scope: root.figure.scope,
        ...(root.figure.currency !== undefined ? { currency: root.figure.currency } : {}),
        figures: chain,
        latest: chain[chain.length - 1] as FigureRecord,
      });
    }
    if (timelines.length) this.#revisionsByIncident.set(incident.id, timelines);
  }

  incident(id: string): Incident | undefined {
    return this.#byId.get(id);
  }

  /** What happened next, in file order; each outcome with its source and its amount's money figure. */
  outcomesOf(incidentId: string): OutcomeRecord[] {
    return [...(this.#outcomesByIncident.get(incidentId) ?? [])];
  }

  /** Every outcome of the dataset, in dataset order. */
  outcomes(): OutcomeRecord[] {
    return this.incidents.flatMap((i) => this.#outcomesByIncident.get(i.id) ?? []);
  }

  /**
   * The links a record's page shows: those it writes (`out`), then those other
   * records write to it (`in`, with the reverse label: "found", "followed up by").
   */
  linksOf(incidentId: string): LinkRecord[] {
    const list = this.#linksByIncident.get(incidentId) ?? [];
    return [...list.filter((l) => l.direction === 'out'), ...list.filter((l) => l.direction === 'in')];
  }

  /** Every link as written in the records (no derived reverse), in dataset order. */
  links(): LinkRecord[] {
    return this.incidents.flatMap((i) => (this.#linksByIncident.get(i.id) ?? []).filter((l) => l.direction === 'out'));
  }

  /** Restated numbers as dated timelines, oldest first: a placeholder, then its revisions. */
  revisionsOf(incidentId: string): RevisionTimeline[] {
    return [...(this.#revisionsByIncident.get(incidentId) ?? [])];
  }

  /**
   * Money figures of one metric (such as `fine`) by currency, each amount as
   * its source gives it. Never summed: there is no total across incidents,
   * and none across currencies.
   */
  moneyByCurrency(metric: Metric, incidentId?: string): Map<string, FigureRecord[]> {
    const out = new Map<string, FigureRecord[]>();
    if (unitOf(metric) !== 'money') return out;
    const pool = incidentId === undefined ? this.figures : (this.#figuresByIncident.get(incidentId) ?? []);
    for (const r of pool) {
      if (r.figure.metric !== metric || r.figure.currency === undefined || typeof r.figure.value !== 'number') continue;
      const list = out.get(r.figure.currency);
      if (list) list.push(r);
      else out.set(r.figure.currency, [r]);
    }
    return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The groups of count figures with a number: what charts may plot. Money and data volumes never enter. */
  countGroups(incidentId?: string): FigureGroup<CountFigure>[] {
    return this.groups(incidentId).filter(
      (g): g is FigureGroup<CountFigure> => g.unit === 'count' && g.figures.every((f) => isCountRecord(f)),
    );
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
    // A figure without a number (not-disclosed) is never preferred over one with a number.
    const candidates = this.groups(incidentId).filter(
      (g) => g.metric === metric && g.scope === scope && (asOf === undefined || g.asOf === asOf),
    );
    const exposure = candidates.filter((g) => g.preferred.figure.role === 'exposure' && typeof g.preferred.figure.value === 'number');
    const pool = exposure.length > 0 ? exposure : candidates;
    pool.sort((a, b) => bounds(b.asOf)[1].localeCompare(bounds(a.asOf)[1]));
    return pool[0]?.preferred;
  }

  /**
   * The figure that best sums up an incident's scale: the preferred world
   * figure of the first metric in `order` that the incident has. Always a
   * count with a number: a money metric or a data volume in `order` is skipped,
   * so a fine is never charted beside a count of patients.
   */
  headlineFigure(
    incidentId: string,
    order: readonly Metric[] = ['images', 'records', 'files', 'patients', 'people', 'images-and-videos', 'servers'],
  ): FigureRecord<CountFigure> | undefined {
    for (const metric of order) {
      if (unitOf(metric) !== 'count') continue;
      const f = this.preferredFigure(incidentId, metric, 'world');
      if (f && f.figure.role === 'exposure' && isCountRecord(f)) return f;
    }
    return undefined;
  }

  /**
   * Count groups where sources report different values or qualifiers (what the
   * disagreement chart plots). Money and data-volume groups are in `groups()`.
   */
  disagreements(incidentId?: string): Disagreement[] {
    return this.countGroups(incidentId).filter((g) => {
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
  /**
   * A file shared by the processes of one build (snapshot.ts): a strict load
   * reads the validated records from it when they are for this folder and day,
   * and writes them there after validating. Ignored when `strict` is false.
   */
  snapshot?: string;
}

export interface LoadResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
}

/** Loads and validates the folder; with `strict: false`, returns the valid records and every diagnostic. */
export function loadDataset(options: LoadOptions): LoadResult {
  const strict = options.strict ?? true;
  const today = options.today ?? todayUtc();
  const snapshot = strict ? options.snapshot : undefined;
  const key = snapshot ? `${today}:${folderFingerprint(resolve(options.cwd ?? process.cwd(), options.dir))}` : '';
  const saved = snapshot ? readSnapshot(snapshot, key) : undefined;
  if (saved) return { dataset: new Dataset(saved), diagnostics: [] };
  const result = validate({ dir: options.dir, today, cwd: options.cwd });
  const loaded = datasetOf(result, strict);
  if (snapshot) writeSnapshot(snapshot, key, result.records.map((r) => r.incident));
  return loaded;
}

/** The dataset of a validation's records; with `strict`, a DatasetError listing every diagnostic when there is one. */
export function datasetOf(result: ValidationResult, strict = true): LoadResult {
  if (strict && result.diagnostics.length > 0) throw new DatasetError(result.diagnostics);
  return { dataset: new Dataset(result.records.map((r) => r.incident)), diagnostics: result.diagnostics };
}
