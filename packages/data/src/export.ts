/**
 * The published artifacts: incidents.json, the CSV tables of tables.ts
 * (incidents, sources, figures, outcomes, links), incident.schema.json and
 * datapackage.json. The SQLite file (binary, async) is in sqlite.ts.
 * Pure functions of a Dataset, so the site can serve them and the CLI can
 * write them, byte for byte the same.
 */
import { incidentJsonSchema, type Incident, SCHEMA_VERSION } from '@atlas/schema';
import { dataPackage } from './datapackage.ts';
import type { Dataset } from './dataset.ts';
import { columnNames, figuresTable, incidentsTable, linksTable, outcomesTable, sourcesTable, type Table, TABLES, tableCsv } from './tables.ts';

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

// The CSV tables are defined once in tables.ts; these names stay for readers of the columns.
export const INCIDENT_COLUMNS = columnNames(incidentsTable as Table);
export const FIGURE_COLUMNS = columnNames(figuresTable as Table);
export const SOURCE_COLUMNS = columnNames(sourcesTable as Table);
export const OUTCOME_COLUMNS = columnNames(outcomesTable as Table);
export const LINK_COLUMNS = columnNames(linksTable as Table);

/** One row per record, with its key facts. */
export const incidentsCsv = (dataset: Dataset): string => tableCsv(incidentsTable, dataset);
/** One row per figure, with its source's columns, in dataset order. */
export const figuresCsv = (dataset: Dataset): string => tableCsv(figuresTable, dataset);
export const sourcesCsv = (dataset: Dataset): string => tableCsv(sourcesTable, dataset);
/** One row per outcome; the amount is its money figure's, in that figure's currency (never converted, never summed). */
export const outcomesCsv = (dataset: Dataset): string => tableCsv(outcomesTable, dataset);
/** One row per link as written in a record; the reverse is derived by readers (and by the site). */
export const linksCsv = (dataset: Dataset): string => tableCsv(linksTable, dataset);

/** Every artifact by file name, as written to packages/data/dist and served by the site under /data/. */
export function artifacts(dataset: Dataset): Record<string, string> {
  return Object.fromEntries(Object.entries(artifactMakers(dataset)).map(([file, make]) => [file, make()]));
}

/**
 * The same files as `artifacts`, each made only when its function is called:
 * a writer can hold one file at a time (at 10,000 incidents incidents.json
 * alone is about 60 MB of text).
 */
export function artifactMakers(dataset: Dataset): Record<string, () => string> {
  return {
    'incidents.json': () => `${JSON.stringify(incidentsJson(dataset), null, 2)}\n`,
    ...Object.fromEntries(TABLES.map((t) => [t.file, () => tableCsv(t, dataset)])),
    'incident.schema.json': () => `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`,
    'datapackage.json': () => `${JSON.stringify(dataPackage(dataset), null, 2)}\n`,
  };
}
