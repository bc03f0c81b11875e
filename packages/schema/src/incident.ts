/**
 * The one definition of a valid incident record. Every field carries a
 * description: the JSON Schema and the contributor field reference are
 * generated from these texts (see scripts/generate.ts).
 *
 * This file checks the shape of one record. Rules that compare fields or
 * files (dates in order, source references, country totals) live in
 * @atlas/data, which runs them after this schema.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';
import {
  DATA_TYPES,
  DISCOVERER_TYPES,
  FIGURE_ROLES,
  INCIDENT_KINDS,
  METRICS,
  ORGANISATION_ROLES,
  QUALIFIERS,
  SECTORS,
  SOURCE_TYPES,
  STATUSES,
  VECTORS,
  ids,
  type Term,
} from './vocab.ts';

/** Longest evidence phrase, in characters; the word bound is checked by @atlas/data. */
export const EVIDENCE_MAX_CHARS = 240;
export const EVIDENCE_MAX_WORDS = 25;

const choices = (terms: readonly Term[]) => terms.map((t) => `\`${t.id}\``).join(', ');

const vocab = <T extends readonly Term[]>(terms: T, description: string) =>
  z.enum(ids(terms)).describe(`${description} One of: ${choices(terms)}.`);

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and single hyphens (kebab-case)' })
  .max(80);

export const IncidentId = Slug.describe(
  'Stable id in kebab-case, equal to the file name without .yaml, for example `nextmotion-2020`. Never renamed once published: permalinks and citations depend on it.',
);

export const LocalId = Slug.describe('An id local to this file, in kebab-case, unique among its siblings.');

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export const PartialDate = z
  .string({ error: 'write the date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(PARTIAL_DATE, { error: 'use an ISO 8601 date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .describe(
    'A date whose form gives its precision: "2020" (year), "2020-02" (month) or "2020-02-05" (day). Quote it in YAML. Never more precise than the source.',
  );

export const FullDate = z
  .string({ error: 'write the date in quotes as "YYYY-MM-DD"' })
  .regex(FULL_DATE, { error: 'use an ISO 8601 day: "YYYY-MM-DD"' })
  .describe('A calendar day, "YYYY-MM-DD".');

export const HttpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s/?#]+\.[^\s]*$/, { error: 'use a full https:// address; http:// and other schemes are refused' })
  .max(2000);

export const CountryCode = z
  .enum(COUNTRY_CODES, { error: 'use an ISO 3166-1 alpha-2 country code in capitals, such as FR, IT or US' })
  .describe('An ISO 3166-1 alpha-2 country code in capitals, such as `FR`.');

export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'use a BCP 47 language tag such as en, fr, it or de' })
  .describe('The language as a BCP 47 tag, such as `en`, `fr`, `it` or `de`.');

export const LocalizedText = z
  .strictObject({
    en: z.string().min(1).describe('English text (required).'),
    fr: z.string().min(1).optional().describe('French text (optional until translated).'),
    it: z.string().min(1).optional().describe('Italian text (optional until translated).'),
  })
  .describe('Text in our own words: English required, French and Italian optional. Never copied from a source.');

export const Organisation = z
  .strictObject({
    name: z.string().min(1).describe('The organisation\'s name as it is commonly written.'),
    country: CountryCode.describe('Country of the organisation\'s head office, ISO 3166-1 alpha-2.'),
    role: vocab(ORGANISATION_ROLES, 'What the organisation did in this incident.'),
  })
  .describe('An organisation involved in the incident.');

export const IncidentDates = z
  .strictObject({
    occurred: PartialDate.optional().describe('When the exposure began or the study scanned, as precisely as a source says.'),
    discovered: PartialDate.optional().describe('When it was discovered.'),
    secured: PartialDate.optional().describe('When it was secured or remediated, for example the day a bucket was closed.'),
    made_public: PartialDate.describe('When it was first made public.'),
  })
  .describe('Key dates of the incident; each one is as precise as its source and no more.');

export const Discoverer = z
  .strictObject({
    name: z.string().min(1).describe('Who found it: a team, company, newsroom or person.'),
    type: vocab(DISCOVERER_TYPES, 'What kind of discoverer.'),
  })
  .describe('Who discovered the exposure.');

export const Figure = z
  .strictObject({
    id: LocalId.describe(
      'Figure id, unique in this file; its permalink is `<incident id>#fig-<figure id>`. Suggested form: `<metric>-<scope>-<source id>`. Never renamed.',
    ),
    metric: vocab(METRICS, 'What is counted.'),
    value: z
      .number({ error: 'write the number alone, such as 500; put words like "more than" in `qualifier`' })
      .nonnegative()
      .max(1e13)
      .describe('The number as the source gives it, written out in digits (2.6 million is 2600000). No words, no thousands separators.'),
    qualifier: vocab(QUALIFIERS, "How the source qualifies the number, in the source's own sense."),
    scope: z
      .union([z.literal('world'), CountryCode], {
        error: 'use `world` or an ISO 3166-1 alpha-2 country code in capitals, such as FR',
      })
      .describe('Where the number applies: `world`, or one country as an ISO 3166-1 alpha-2 code.'),
    as_of: PartialDate.describe('When the number was true (the snapshot it describes), not when it was published.'),
    role: vocab(FIGURE_ROLES, 'Whether the number measures the exposure or gives context.'),
    source: LocalId.describe('The `id` of the entry in `sources` that reported this number.'),
    evidence: z
      .string()
      .min(1)
      .max(EVIDENCE_MAX_CHARS)
      .describe(
        `A short phrase quoted from the source, in its language, that contains the number, so a reader can find it (at most ${EVIDENCE_MAX_WORDS} words).`,
      ),
    preferred: z
      .boolean()
      .optional()
      .describe('true for the figure we show first for this metric, scope and date; normally the primary source\'s. At most one per group.'),
    note: z.string().min(1).optional().describe('Optional note in our words: why this figure differs, or how to read it.'),
  })
  .describe('One number, exactly as one source reported it.');

export const Source = z
  .strictObject({
    id: LocalId.describe('Source id, unique in this file, used by figures\' `source`. Suggested: the publisher in kebab-case.'),
    url: HttpsUrl.describe('The https address of the source. Never a link to leaked data.'),
    title: z.string().min(1).describe('The title as published, in its language.'),
    publisher: z.string().min(1).describe('Who published it (newspaper, company, authority).'),
    author: z.string().min(1).optional().describe('The byline, when there is one.'),
    published: PartialDate.describe('Publication date, as precise as is known.'),
    language: LanguageTag,
    type: vocab(SOURCE_TYPES, 'What kind of source it is.'),
    cites: LocalId.optional().describe('The `id` of another source in this file that this one reports on, for example a news story quoting a report.'),
    read: z
      .boolean()
      .optional()
      .describe('false when we could not read the document itself and know it only from coverage; figures must not cite such a source. Defaults to true.'),
    archived_url: HttpsUrl.optional().describe('An https address of an archived copy, for example in a web archive.'),
    accessed: FullDate.optional().describe('The day we last read the source.'),
  })
  .describe('A publication that reported facts or figures about the incident.');

export const Account = z
  .strictObject({
    id: LocalId.describe('Account id, unique in this file.'),
    party: z.string().min(1).describe('Who gives this account, for example the company or the researchers.'),
    topic: LocalId.describe('What the accounts disagree about, in kebab-case; accounts with the same topic are shown side by side.'),
    statement: LocalizedText.describe('What this party says, in our own words.'),
    source: LocalId.describe('The `id` of the source that reports this account.'),
    evidence: z.string().min(1).max(EVIDENCE_MAX_CHARS).optional().describe('A short phrase quoted from the source, in its language, that supports the statement.'),
  })
  .describe("One party's account of a fact that parties dispute, such as a company's statement beside the researchers' findings.");

export const Correction = z
  .strictObject({
    date: FullDate.describe('The day the correction was made.'),
    description: z.string().min(1).describe('What changed and why, in our words.'),
  })
  .describe('One entry of the corrections log.');

export const RecordDates = z
  .strictObject({
    added: FullDate.describe('The day the record was added to the atlas.'),
    modified: FullDate.describe('The day the record was last changed.'),
  })
  .describe('When this record was added and last modified.');

export const Incident = z
  .strictObject({
    id: IncidentId,
    status: vocab(STATUSES, 'Whether the record is current.'),
    merged_into: IncidentId.optional().describe('With `status: merged`, the id of the record this one was merged into.'),
    withdrawn_reason: z.string().min(1).optional().describe('With `status: withdrawn`, why, in our words.'),
    kind: vocab(INCIDENT_KINDS, 'One organisation\'s incident, or a study across many.'),
    title: LocalizedText.describe('A short, factual title in our own words.'),
    summary: LocalizedText.describe('Two to five sentences in our own words: what was exposed, how, and what happened next. No figures typed here: they belong in `figures`.'),
    sector: vocab(SECTORS, 'The health sector concerned.'),
    organisations: z.array(Organisation).min(1).describe('Organisations involved, each with its country and role.'),
    countries: z
      .array(CountryCode)
      .min(1)
      .describe('Countries whose patients or providers were affected, as ISO 3166-1 alpha-2 codes.'),
    dates: IncidentDates,
    discovered_by: Discoverer.optional(),
    vector: vocab(VECTORS, 'How the data was exposed.'),
    data_types: z
      .array(vocab(DATA_TYPES, 'A kind of data exposed.'))
      .min(1)
      .describe('Kinds of data exposed, from the health-data taxonomy; each maps to a broad category.'),
    figures: z.array(Figure).describe('Every number about the incident, each as one source reported it. Disagreeing figures are all kept.'),
    sources: z.array(Source).min(1).describe('Every source the record relies on; at least one.'),
    accounts: z
      .array(Account)
      .optional()
      .describe('Where parties give different accounts of what happened, each account with its source.'),
    corrections: z.array(Correction).optional().describe('Dated log of corrections to this record, newest last.'),
    record: RecordDates,
  })
  .describe('A publicly reported exposure of health data, or a study that counted many.');

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Organisation = z.infer<typeof Organisation>;
export type IncidentDates = z.infer<typeof IncidentDates>;
export type Figure = z.infer<typeof Figure>;
export type Source = z.infer<typeof Source>;
export type Correction = z.infer<typeof Correction>;
export type Account = z.infer<typeof Account>;
export type Incident = z.infer<typeof Incident>;

/** The JSON Schema (draft 2020-12) of an incident file, derived from the zod schema above. */
export function incidentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Incident, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://patient-privacy-atlas.org/data/incident.schema.json',
    title: 'Patient Privacy Atlas incident',
    ...schema,
  };
}
