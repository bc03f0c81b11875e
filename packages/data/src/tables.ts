/**
 * The published tables, each defined ONCE: name, file, columns (Table Schema
 * type, description, constraints, and how a row gives the cell), primary key,
 * foreign keys and missing values. From one descriptor come the CSV (through
 * the one CSV writer of @atlas/schema, with its formula guard), the Table
 * Schema in datapackage.json, and the SQLite table. A column added here
 * appears in all three.
 */
import { type Cell, type Incident, NOT_DISCLOSED, toCsv, unitOf } from '@atlas/schema';
import type { Dataset, FigureRecord, LinkRecord, OutcomeRecord, SourceRecord } from './dataset.ts';

/** The Table Schema types our columns use (all in the Data Package v2 profile). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Column<R> {
  name: string;
  type: ColumnType;
  description: string;
  /** Table Schema constraints; `required` columns never hold an empty cell. */
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
  value: (row: R) => Cell;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface Table<R = unknown> {
  /** Resource name in datapackage.json and table name in SQLite. */
  name: string;
  file: string;
  title: string;
  description: string;
  columns: readonly Column<R>[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: (dataset: Dataset) => readonly R[];
}

/**
 * One meaning for an empty cell, on every table: not applicable or not given
 * for this row. A figure whose value its source did not disclose has an empty
 * `value` and `value_status: not-disclosed`; that meaning lives in value_status.
 */
export const MISSING_VALUES = [{ value: '', label: 'not applicable or not given' }] as const;

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const partialDate = (description: string) => `${description} ISO 8601, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.`;
const req = { required: true } as const;

function table<R>(t: Table<R>): Table<R> {
  return t;
}

export const incidentsTable = table<Incident>({
  name: 'incidents',
  file: 'incidents.csv',
  title: 'Incidents',
  description: 'One row per record (current, merged or withdrawn), with its key facts. The full records are in incidents.json.',
  columns: [
    { name: 'id', type: 'string', description: 'Record id; its page is /incidents/<id>/.', constraints: req, value: (i) => i.id },
    { name: 'schema_version', type: 'integer', description: 'The record format version.', constraints: req, value: (i) => i.schema_version },
    { name: 'status', type: 'string', description: 'Whether the record is current, merged into another or withdrawn.', constraints: req, value: (i) => i.status },
    { name: 'merged_into', type: 'string', description: 'With status merged, the id of the record this one was merged into.', value: (i) => i.merged_into },
    { name: 'kind', type: 'string', description: 'One organisation\'s incident, or a study across many.', constraints: req, value: (i) => i.kind },
    { name: 'title_en', type: 'string', description: 'Title in English, in our words.', constraints: req, value: (i) => i.title.en },
    { name: 'title_fr', type: 'string', description: 'Title in French, in our words.', value: (i) => i.title.fr },
    { name: 'title_it', type: 'string', description: 'Title in Italian, in our words.', value: (i) => i.title.it },
    { name: 'sector', type: 'string', description: 'The health sector concerned.', constraints: req, value: (i) => i.sector },
    { name: 'vector', type: 'string', description: 'How the data was exposed.', constraints: req, value: (i) => i.vector },
    { name: 'countries', type: 'string', description: 'Countries affected, ISO 3166-1 alpha-2 codes joined by ";".', constraints: req, value: (i) => i.countries.join(';') },
    { name: 'data_types', type: 'string', description: 'Kinds of data exposed (taxonomy ids) joined by ";".', constraints: req, value: (i) => i.data_types.join(';') },
    { name: 'occurred', type: 'string', description: partialDate('When the exposure began or the study scanned.'), constraints: { pattern: PARTIAL_DATE }, value: (i) => i.dates.occurred },
    { name: 'discovered', type: 'string', description: partialDate('When it was discovered.'), constraints: { pattern: PARTIAL_DATE }, value: (i) => i.dates.discovered },
    { name: 'secured', type: 'string', description: partialDate('When it was secured.'), constraints: { pattern: PARTIAL_DATE }, value: (i) => i.dates.secured },
    { name: 'made_public', type: 'string', description: partialDate('When it was first made public.'), constraints: { required: true, pattern: PARTIAL_DATE }, value: (i) => i.dates.made_public },
    { name: 'discovered_by', type: 'string', description: 'Who discovered the exposure, as named by a source.', value: (i) => i.discovered_by?.name },
    { name: 'added', type: 'date', description: 'The day the record was added to the atlas.', constraints: req, value: (i) => i.record.added },
    { name: 'modified', type: 'date', description: 'The day the record was last changed.', constraints: req, value: (i) => i.record.modified },
    { name: 'figure_count', type: 'integer', description: 'Number of rows of this record in figures.csv.', constraints: { required: true, minimum: 0 }, value: (i) => i.figures.length },
    { name: 'source_count', type: 'integer', description: 'Number of rows of this record in sources.csv.', constraints: { required: true, minimum: 1 }, value: (i) => i.sources.length },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['merged_into'], reference: { resource: 'incidents', fields: ['id'] } }],
  rows: (d) => d.incidents,
});

const toIncident: ForeignKey = { fields: ['incident_id'], reference: { resource: 'incidents', fields: ['id'] } };
const toSource: ForeignKey = { fields: ['incident_id', 'source_id'], reference: { resource: 'sources', fields: ['incident_id', 'source_id'] } };

export const sourcesTable = table<SourceRecord>({
  name: 'sources',
  file: 'sources.csv',
  title: 'Sources',
  description: 'One row per source of a record.',
  columns: [
    { name: 'incident_id', type: 'string', description: 'The record citing this source.', constraints: req, value: (r) => r.incidentId },
    { name: 'source_id', type: 'string', description: 'Source id, unique within its record.', constraints: req, value: (r) => r.source.id },
    { name: 'url', type: 'string', description: 'Where the source is published.', constraints: req, value: (r) => r.source.url },
    { name: 'title', type: 'string', description: 'The source\'s title as published.', constraints: req, value: (r) => r.source.title },
    { name: 'title_seen', type: 'boolean', description: 'false when the title was rebuilt because the published title could not be read.', constraints: req, value: (r) => r.source.title_seen !== false },
    { name: 'publisher', type: 'string', description: 'Who published it.', constraints: req, value: (r) => r.source.publisher },
    { name: 'author', type: 'string', description: 'Author, when named.', value: (r) => r.source.author },
    { name: 'published', type: 'string', description: partialDate('Publication date.'), constraints: { required: true, pattern: PARTIAL_DATE }, value: (r) => r.source.published },
    { name: 'language', type: 'string', description: 'Language of the source (BCP 47 tag).', constraints: req, value: (r) => r.source.language },
    { name: 'type', type: 'string', description: 'What kind of source it is.', constraints: req, value: (r) => r.source.type },
    { name: 'cites', type: 'string', description: 'For a relay, the source id (in the same record) it relays.', value: (r) => r.source.cites },
    { name: 'read', type: 'boolean', description: 'false when we could not read the source text ourselves.', constraints: req, value: (r) => r.source.read !== false },
    { name: 'archived_url', type: 'string', description: 'An archived copy.', value: (r) => r.source.archived_url },
    { name: 'accessed', type: 'date', description: 'The day we last read the source.', value: (r) => r.source.accessed },
  ],
  primaryKey: ['incident_id', 'source_id'],
  foreignKeys: [toIncident],
  rows: (d) => d.sources,
});

export const figuresTable = table<FigureRecord>({
  name: 'figures',
  file: 'figures.csv',
  title: 'Figures',
  description: 'One row per figure, each as one source reported it, with its source\'s columns. Disagreeing figures are all kept.',
  columns: [
    { name: 'incident_id', type: 'string', description: 'The record this figure belongs to.', constraints: req, value: (r) => r.incidentId },
    { name: 'figure_id', type: 'string', description: 'Figure id, unique within its record; permalink /incidents/<incident_id>/#fig-<figure_id>.', constraints: req, value: (r) => r.figure.id },
    { name: 'metric', type: 'string', description: 'What is measured.', constraints: req, value: (r) => r.figure.metric },
    { name: 'unit', type: 'string', description: 'The metric\'s unit: count, money or bytes.', constraints: req, value: (r) => unitOf(r.figure.metric) },
    { name: 'value', type: 'number', description: 'The number as reported. Empty when value_status is not-disclosed: the source says the number exists but was not disclosed.', value: (r) => (r.figure.value === NOT_DISCLOSED ? undefined : r.figure.value) },
    { name: 'value_status', type: 'string', description: 'reported (value holds the number) or not-disclosed (value is empty because the source did not disclose it).', constraints: { required: true, enum: ['reported', 'not-disclosed'] }, value: (r) => (r.figure.value === NOT_DISCLOSED ? 'not-disclosed' : 'reported') },
    { name: 'currency', type: 'string', description: 'ISO 4217 currency of a money figure, as reported (never converted).', value: (r) => r.figure.currency },
    { name: 'unit_as_reported', type: 'string', description: 'The unit as the source wrote it, when it differs.', value: (r) => r.figure.unit_as_reported },
    { name: 'qualifier', type: 'string', description: 'How exact the number is (at least, about, up to…).', value: (r) => r.figure.qualifier },
    { name: 'scope', type: 'string', description: 'What the number covers.', constraints: req, value: (r) => r.figure.scope },
    { name: 'subject', type: 'string', description: 'What is counted, in English, when a record counts separate things.', value: (r) => r.figure.subject?.en },
    { name: 'as_of', type: 'string', description: partialDate('When the number was true.'), constraints: { required: true, pattern: PARTIAL_DATE }, value: (r) => r.figure.as_of },
    { name: 'role', type: 'string', description: 'Who gave the number.', value: (r) => r.figure.role },
    { name: 'claim', type: 'string', description: 'measured, or a claim (for example an attacker\'s claim).', constraints: req, value: (r) => r.figure.claim ?? 'measured' },
    { name: 'placeholder', type: 'boolean', description: 'true for a placeholder figure awaiting a source\'s number.', constraints: req, value: (r) => r.figure.placeholder === true },
    { name: 'revises', type: 'string', description: 'The figure id (same record) this one revises.', value: (r) => r.figure.revises },
    { name: 'preferred', type: 'boolean', description: 'true for the figure we show first among disagreeing ones.', constraints: req, value: (r) => r.figure.preferred === true },
    { name: 'evidence', type: 'string', description: 'A short contiguous phrase of the source\'s text that carries the number.', value: (r) => r.figure.evidence },
    { name: 'note', type: 'string', description: 'Our note on the figure.', value: (r) => r.figure.note },
    { name: 'source_id', type: 'string', description: 'The source (same record) that reported it.', constraints: req, value: (r) => r.source.id },
    { name: 'source_url', type: 'string', description: 'The source\'s URL (copied from sources.csv).', constraints: req, value: (r) => r.source.url },
    { name: 'source_title', type: 'string', description: 'The source\'s title (copied from sources.csv).', constraints: req, value: (r) => r.source.title },
    { name: 'source_publisher', type: 'string', description: 'The source\'s publisher (copied from sources.csv).', constraints: req, value: (r) => r.source.publisher },
    { name: 'source_published', type: 'string', description: partialDate('The source\'s publication date (copied from sources.csv).'), constraints: { required: true, pattern: PARTIAL_DATE }, value: (r) => r.source.published },
    { name: 'source_language', type: 'string', description: 'The source\'s language (copied from sources.csv).', constraints: req, value: (r) => r.source.language },
    { name: 'source_type', type: 'string', description: 'The source\'s type (copied from sources.csv).', constraints: req, value: (r) => r.source.type },
  ],
  primaryKey: ['incident_id', 'figure_id'],
  foreignKeys: [toIncident, toSource],
  rows: (d) => d.figures,
});

export const outcomesTable = table<OutcomeRecord>({
  name: 'outcomes',
  file: 'outcomes.csv',
  title: 'Outcomes',
  description: 'One row per outcome: decisions, fines, judgments, settlements, convictions, dismissals. The amount is its money figure\'s, in that figure\'s currency (never converted, never summed).',
  columns: [
    { name: 'incident_id', type: 'string', description: 'The record this outcome belongs to.', constraints: req, value: (r) => r.incidentId },
    { name: 'outcome_id', type: 'string', description: 'Outcome id, unique within its record.', constraints: req, value: (r) => r.outcome.id },
    { name: 'kind', type: 'string', description: 'What kind of outcome.', constraints: req, value: (r) => r.outcome.kind },
    { name: 'date', type: 'string', description: partialDate('When it was decided.'), constraints: { required: true, pattern: PARTIAL_DATE }, value: (r) => r.outcome.date },
    { name: 'authority', type: 'string', description: 'The authority or court.', value: (r) => r.outcome.authority },
    { name: 'reference', type: 'string', description: 'The decision\'s reference number.', value: (r) => r.outcome.reference },
    { name: 'amount_figure_id', type: 'string', description: 'The money figure (same record, figures.csv) giving the amount.', value: (r) => r.outcome.amount },
    { name: 'amount_value', type: 'number', description: 'That figure\'s value; empty when there is none or it was not disclosed.', value: (r) => (r.amount && typeof r.amount.figure.value === 'number' ? r.amount.figure.value : undefined) },
    { name: 'amount_currency', type: 'string', description: 'That figure\'s currency.', value: (r) => r.amount?.figure.currency },
    { name: 'legal_basis', type: 'string', description: 'Legal provisions cited, joined by "; ".', value: (r) => r.outcome.legal_basis?.join('; ') },
    { name: 'status', type: 'string', description: 'Whether it is final, appealed, overturned….', value: (r) => r.outcome.status },
    { name: 'source_id', type: 'string', description: 'The source (same record) reporting it.', constraints: req, value: (r) => r.source.id },
    { name: 'source_url', type: 'string', description: 'The source\'s URL.', constraints: req, value: (r) => r.source.url },
    { name: 'summary_en', type: 'string', description: 'Summary in English, in our words.', constraints: req, value: (r) => r.outcome.summary.en },
  ],
  primaryKey: ['incident_id', 'outcome_id'],
  foreignKeys: [
    toIncident,
    toSource,
    { fields: ['incident_id', 'amount_figure_id'], reference: { resource: 'figures', fields: ['incident_id', 'figure_id'] } },
  ],
  rows: (d) => d.outcomes(),
});

export const linksTable = table<LinkRecord>({
  name: 'links',
  file: 'links.csv',
  title: 'Links',
  description: 'One row per typed link as written in a record; the reverse direction is for readers to derive.',
  columns: [
    { name: 'incident_id', type: 'string', description: 'The record holding the link.', constraints: req, value: (l) => l.incidentId },
    { name: 'type', type: 'string', description: 'The kind of link (found by a study, follow-up, same vendor breach, duplicate…).', constraints: req, value: (l) => l.type },
    { name: 'target', type: 'string', description: 'The linked record\'s id.', constraints: req, value: (l) => l.other },
    { name: 'note_en', type: 'string', description: 'Our note on the link, in English.', value: (l) => l.note?.en },
  ],
  primaryKey: ['incident_id', 'type', 'target'],
  foreignKeys: [toIncident, { fields: ['target'], reference: { resource: 'incidents', fields: ['id'] } }],
  rows: (d) => d.links(),
});

/** Every published table, in the order of datapackage.json and the SQLite file. */
export const TABLES: readonly Table[] = [incidentsTable, sourcesTable, figuresTable, outcomesTable, linksTable] as unknown as Table[];

export const columnNames = (t: Table): string[] => t.columns.map((c) => c.name);

/** The cells of every row of a table, in column order. */
export function tableRows<R>(t: Table<R>, dataset: Dataset): Cell[][] {
  return t.rows(dataset).map((r) => t.columns.map((c) => c.value(r)));
}

/** The table's CSV, through the one writer with its formula guard. */
export function tableCsv<R>(t: Table<R>, dataset: Dataset): string {
  return toCsv(columnNames(t as Table), tableRows(t, dataset));
}

/** The table's Table Schema (Data Package v2). */
export function tableSchema(t: Table): Record<string, unknown> {
  return {
    fields: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description, ...(c.constraints ? { constraints: c.constraints } : {}) })),
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys.map((k) => (k.reference.resource === t.name ? { fields: k.fields, reference: { fields: k.reference.fields } } : k)),
    missingValues: MISSING_VALUES,
  };
}
