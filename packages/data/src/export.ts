/**
 * The published artifacts: incidents.json, figures.csv and sources.csv.
 * Pure functions of a Dataset, so the site can serve them and the CLI can
 * write them, byte for byte the same.
 */
import { incidentJsonSchema, type Incident, toCsv } from '@atlas/schema';
import type { Dataset } from './dataset.ts';

export const DATASET_NAME = 'Patient Privacy Atlas';
export const DATA_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export interface IncidentsJson {
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
  return { dataset: datasetMeta(dataset), incidents: [...dataset.incidents] };
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
  'value',
  'qualifier',
  'scope',
  'as_of',
  'role',
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
      f.value,
      f.qualifier,
      f.scope,
      f.as_of,
      f.role,
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

/** Every artifact by file name, as written to packages/data/dist and served by the site under /data/. */
export function artifacts(dataset: Dataset): Record<string, string> {
  return {
    'incidents.json': `${JSON.stringify(incidentsJson(dataset), null, 2)}\n`,
    'figures.csv': figuresCsv(dataset),
    'sources.csv': sourcesCsv(dataset),
    'incident.schema.json': `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`,
  };
}
