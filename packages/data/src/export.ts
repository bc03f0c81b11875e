/**
 * The published artifacts: incidents.json, figures.csv, sources.csv,
 * outcomes.csv and links.csv.
 * Pure functions of a Dataset, so the site can serve them and the CLI can
 * write them, byte for byte the same.
 */
import { incidentJsonSchema, type Incident, NOT_DISCLOSED, SCHEMA_VERSION, toCsv, unitOf } from '@atlas/schema';
import type { Dataset } from './dataset.ts';

export const DATASET_NAME = 'Patient Privacy Atlas';
export const DATA_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface IncidentsJson {
  /** The record format of every incident below. */
  schema_version: typeof SCHEMA_VERSION;
  dataset: { name: string; version: string; modified: string; license: typeof DATA_LICENSE; schema: string };
  incidents: Incident[];
}

function datasetMeta(dataset: Dataset): IncidentsJson['dataset'] {
  return {
    name: DATASET_NAME,
    version: dataset.info.version,
    modified: dataset.info.modified,
    license: DATA_LICENSE,
    schema: 'incident.schema.json',
  };
}

/** The whole dataset as JSON: every record exactly as validated, with the dataset's metadata. */
export function incidentsJson(dataset: Dataset): IncidentsJson {
  return { schema_version: SCHEMA_VERSION, dataset: datasetMeta(dataset), incidents: [...dataset.incidents] };
}

/** One incident as JSON, for its page's download (without copying the whole dataset to get its metadata). */
export function incidentJson(dataset: Dataset, id: string): { dataset: IncidentsJson['dataset']; incident: Incident } | undefined {
  const incident = dataset.incident(id);
  if (!incident) return undefined;
  return { dataset: datasetMeta(dataset), incident };
}

export const FIGURE_COLUMNS = [
  'incident_id',
  'figure_id',
  'metric',
  'unit',
  'value',
  'value_status',
  'currency',
  'unit_as_reported',
  'qualifier',
  'scope',
  'subject',
  'as_of',
  'role',
  'claim',
  'placeholder',
  'revises',
  'preferred',
  'evidence',
  'note',
  'source_id',
  'source_url',
  'source_title',
  'source_publisher',
  'source_published',
  'source_language',
  'source_type',
] as const;

/** One row per figure, with its source's columns, in dataset order. */
export function figuresCsv(dataset: Dataset): string {
  return toCsv(
    FIGURE_COLUMNS,
    dataset.figures.map(({ incidentId, figure: f, source: s }) => [
      incidentId,
      f.id,
      f.metric,
      unitOf(f.metric),
      f.value === NOT_DISCLOSED ? undefined : f.value,
      f.value === NOT_DISCLOSED ? 'not-disclosed' : 'reported',
      f.currency,
      f.unit_as_reported,
      f.qualifier,
      f.scope,
      f.subject?.en,
      f.as_of,
      f.role,
      f.claim ?? 'measured',
      f.placeholder === true,
      f.revises,
      f.preferred === true,
      f.evidence,
      f.note,
      s.id,
      s.url,
      s.title,
      s.publisher,
      s.published,
      s.language,
      s.type,
    ]),
  );
}

export const SOURCE_COLUMNS = [
  'incident_id',
  'source_id',
  'url',
  'title',
  'title_seen',
  'publisher',
  'author',
  'published',
  'language',
  'type',
  'cites',
  'read',
  'archived_url',
  'accessed',
] as const;

export function sourcesCsv(dataset: Dataset): string {
  return toCsv(
    SOURCE_COLUMNS,
    dataset.sources.map(({ incidentId, source: s }) => [
      incidentId,
      s.id,
      s.url,
      s.title,
      s.title_seen !== false,
      s.publisher,
      s.author,
      s.published,
      s.language,
      s.type,
      s.cites,
      s.read !== false,
      s.archived_url,
      s.accessed,
    ]),
  );
}

export const OUTCOME_COLUMNS = [
  'incident_id',
  'outcome_id',
  'kind',
  'date',
  'authority',
  'reference',
  'amount_figure_id',
  'amount_value',
  'amount_currency',
  'legal_basis',
  'status',
  'source_id',
  'source_url',
  'summary_en',
] as const;

/** One row per outcome; the amount is its money figure's, in that figure's currency (never converted, never summed). */
export function outcomesCsv(dataset: Dataset): string {
  return toCsv(
    OUTCOME_COLUMNS,
    dataset.outcomes().map(({ incidentId, outcome: o, source: s, amount }) => [
      incidentId,
      o.id,
      o.kind,
      o.date,
      o.authority,
      o.reference,
      o.amount,
      amount && typeof amount.figure.value === 'number' ? amount.figure.value : undefined,
      amount?.figure.currency,
      o.legal_basis?.join('; '),
      o.status,
      s.id,
      s.url,
      o.summary.en,
    ]),
  );
}

export const LINK_COLUMNS = ['incident_id', 'type', 'target', 'note_en'] as const;

/** One row per link as written in a record; the reverse is derived by readers (and by the site). */
export function linksCsv(dataset: Dataset): string {
  return toCsv(
    LINK_COLUMNS,
    dataset.links().map((l) => [l.incidentId, l.type, l.other, l.note?.en]),
  );
}

/** Every artifact by file name, as written to packages/data/dist and served by the site under /data/. */
export function artifacts(dataset: Dataset): Record<string, string> {
  return {
    'incidents.json': `${JSON.stringify(incidentsJson(dataset), null, 2)}\n`,
    'figures.csv': figuresCsv(dataset),
    'sources.csv': sourcesCsv(dataset),
    'outcomes.csv': outcomesCsv(dataset),
    'links.csv': linksCsv(dataset),
    'incident.schema.json': `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`,
  };
}
