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
import { CURRENCY_CODES } from './currencies.ts';
import { LANGUAGE_CODES } from './languages.ts';
import { FULL_DATE, PARTIAL_DATE } from './dates.ts';
import {
  BYTE_UNITS,
  CLAIMS,
  DATA_TYPES,
  DISCOVERER_TYPES,
  FIGURE_ROLES,
  INCIDENT_KINDS,
  LINK_TYPES,
  METRICS,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
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

/** The schema version this package defines; every record says `schema_version: 2`. */
export const SCHEMA_VERSION = 2;

/** Longest free texts, in characters. */
export const MAX = {
  title: 200,
  summary: 2000,
  note: 1000,
  name: 200,
  publisher: 200,
  sourceTitle: 500,
  statement: 1500,
  correction: 1000,
  withdrawnReason: 1000,
  legalBasis: 120,
  subject: 120,
} as const;

/** What the value `not-disclosed` means: the source says the metric exists but gives no number. */
export const NOT_DISCLOSED = 'not-disclosed';

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

const LANGUAGE_TAG = new RegExp(`^(?:${LANGUAGE_CODES.join('|')})(?:-[A-Za-z0-9]{1,8})*$`);

export const LanguageTag = z
  .string()
  .regex(LANGUAGE_TAG, { error: 'use a BCP 47 language tag whose first part is a registered ISO 639 language code, such as en, fr, it, de or en-GB' })
  .max(35)
  .describe('The language as a BCP 47 tag, such as `en`, `fr`, `it` or `de`; its first part must be a registered ISO 639 code.');

export const CurrencyCode = z
  .enum(CURRENCY_CODES, { error: 'use an ISO 4217 currency code in capitals, such as EUR, USD or GBP' })
  .describe('An ISO 4217 currency code in capitals, such as `EUR`, `USD`, `GBP` or `CHF`.');

/** Text in our own words in the three site languages, each at most `max` characters. */
export const localizedText = (max: number) =>
  z
    .strictObject({
      en: z.string().min(1).max(max).describe(`English text (required), at most ${max} characters.`),
      fr: z.string().min(1).max(max).optional().describe(`French text (optional until translated), at most ${max} characters.`),
      it: z.string().min(1).max(max).optional().describe(`Italian text (optional until translated), at most ${max} characters.`),
    })
    .describe('Text in our own words: English required, French and Italian optional. Never copied from a source.');

export const LocalizedText = localizedText(MAX.summary);

const text = (max: number) => z.string().min(1).max(max);

export const Organisation = z
  .strictObject({
    name: text(MAX.name).describe('The organisation\'s name as it is commonly written.'),
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
    name: text(MAX.name).describe('Who found it: a team, company, newsroom or person.'),
    type: vocab(DISCOVERER_TYPES, 'What kind of discoverer.'),
  })
  .describe('Who discovered the exposure.');

export const Figure = z
  .strictObject({
    id: LocalId.describe(
      'Figure id, unique in this file; its permalink is `<incident id>#fig-<figure id>`. Suggested form: `<metric>-<scope>-<source id>`. Never renamed.',
    ),
    metric: vocab(METRICS, 'What is measured; each metric has a unit (count, money or bytes), listed in the metric vocabulary.'),
    value: z
      .union([
        z
          .number({ error: 'write the number alone, such as 500; put words like "more than" in `qualifier`' })
          .nonnegative()
          .max(1e16),
        z.literal(NOT_DISCLOSED),
      ])
      .describe(
        'The number as the source gives it, written out in digits (2.6 million is 2600000; €1.5 million is 1500000). No words, no thousands separators. A money amount is never rounded beyond the source. A data volume is in bytes (900 GB is 900000000000). Or `not-disclosed` when the source says the quantity exists but gives no number.',
      ),
    qualifier: vocab(QUALIFIERS, "How the source qualifies the number, in the source's own sense. Required, except with `value: not-disclosed`, where it is omitted.").optional(),
    currency: CurrencyCode.optional().describe('With a money metric (required there, refused elsewhere): the ISO 4217 code of the currency the source gives, such as `EUR`. Never converted.'),
    unit_as_reported: vocab(BYTE_UNITS, 'With the `data-volume` metric (required there, refused elsewhere): the unit the source used, kept for display ("900 GB"). Decimal units are powers of 1000 (GB = 10^9 bytes), binary ones powers of 1024 (GiB = 2^30).').optional(),
    claim: vocab(CLAIMS, 'Whose claim the number is; `measured` when omitted. Pages say, for example, "claimed by the attackers".').optional(),
    placeholder: z
      .boolean()
      .optional()
      .describe('true when the publisher gave a placeholder, not a count: for example a US HHS breach-portal filing of 500 or 501 while the real number is unknown.'),
    revises: LocalId.optional().describe(
      "The `id` of an earlier figure of this file (same metric and scope, earlier `as_of`) that this one restates, such as a regulator's later count replacing a placeholder. Pages show the pair as a dated timeline.",
    ),
    scope: z
      .union([z.literal('world'), CountryCode], {
        error: 'use `world` or an ISO 3166-1 alpha-2 country code in capitals, such as FR',
      })
      .describe('Where the number applies: `world`, or one country as an ISO 3166-1 alpha-2 code.'),
    subject: localizedText(MAX.subject)
      .optional()
      .describe(
        'Only when one record counts several separate things with the same metric, scope and date: what this number is about, in a few words ("the doctor fined in SAN-2020-014", "Quest Diagnostics patients"). Figures with different subjects are separate groups, never shown as a disagreement. Figures that are versions of one number share the same subject, or have none.',
      ),
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
    note: text(MAX.note).optional().describe('Optional note in our words: why this figure differs, or how to read it.'),
  })
  .describe('One number, exactly as one source reported it.');

export const Source = z
  .strictObject({
    id: LocalId.describe('Source id, unique in this file, used by figures\' `source`. Suggested: the publisher in kebab-case.'),
    url: HttpsUrl.describe('The https address of the source. Never a link to leaked data.'),
    title: text(MAX.sourceTitle).describe('The title as published, in its language.'),
    title_seen: z
      .boolean()
      .optional()
      .describe(
        'false when the copy we read did not show the headline, so `title` was rebuilt from the address or the text; pages mark such a title as not confirmed. Defaults to true.',
      ),
    publisher: text(MAX.publisher).describe('Who published it (newspaper, company, authority).'),
    author: text(MAX.name).optional().describe('The byline, when there is one.'),
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
    party: text(MAX.name).describe('Who gives this account, for example the company or the researchers.'),
    topic: LocalId.describe('What the accounts disagree about, in kebab-case; accounts with the same topic are shown side by side.'),
    statement: localizedText(MAX.statement).describe('What this party says, in our own words.'),
    source: LocalId.describe('The `id` of the source that reports this account.'),
    evidence: z.string().min(1).max(EVIDENCE_MAX_CHARS).optional().describe('A short phrase quoted from the source, in its language, that supports the statement.'),
  })
  .describe("One party's account of a fact that parties dispute, such as a company's statement beside the researchers' findings.");

export const Correction = z
  .strictObject({
    date: FullDate.describe('The day the correction was made.'),
    description: text(MAX.correction).describe('What changed and why, in our words.'),
  })
  .describe('One entry of the corrections log.');

export const Outcome = z
  .strictObject({
    id: LocalId.describe('Outcome id, unique in this file, such as `cnil-fine-2022`.'),
    kind: vocab(OUTCOME_KINDS, 'What kind of outcome.'),
    date: PartialDate.describe('When the decision, judgment or settlement was made, as precisely as the source says.'),
    authority: text(MAX.name).describe('The authority or court, as commonly written, such as `CNIL` or `Helsinki District Court`.'),
    reference: text(MAX.name).optional().describe('The decision or case number, such as a CNIL deliberation number `SAN-2022-009`.'),
    amount: LocalId.optional().describe('The `id` of the money figure in `figures` that gives the amount (a fine, a settlement), when there is one.'),
    legal_basis: z
      .array(text(MAX.legalBasis))
      .optional()
      .describe('The GDPR or national articles the decision rests on, as the source cites them, such as `GDPR Art. 32`.'),
    status: vocab(OUTCOME_STATUSES, 'Whether the outcome is final or appealed.'),
    summary: localizedText(MAX.summary).describe('What was decided, in our own words.'),
    source: LocalId.describe('The `id` of the source that reports this outcome.'),
    evidence: z.string().min(1).max(EVIDENCE_MAX_CHARS).optional().describe('A short phrase quoted from the source, in its language, that supports the outcome.'),
  })
  .describe('What happened next: a regulator decision, fine, warning, judgment, settlement, conviction or dismissal.');

export const Link = z
  .strictObject({
    type: vocab(LINK_TYPES, 'How this record relates to the target; the target\'s page shows the reverse link.'),
    target: IncidentId.describe('The `id` of another incident record.'),
    note: localizedText(MAX.note).optional().describe('Optional note in our words on the link.'),
  })
  .describe('A typed link from this record to another one.');

export const RecordDates = z
  .strictObject({
    added: FullDate.describe('The day the record was added to the atlas.'),
    modified: FullDate.describe('The day the record was last changed.'),
  })
  .describe('When this record was added and last modified.');

export const Incident = z
  .strictObject({
    id: IncidentId,
    schema_version: z
      .literal(SCHEMA_VERSION, { error: `write \`schema_version: ${SCHEMA_VERSION}\`` })
      .describe(`The version of the record format: \`${SCHEMA_VERSION}\`. Written just after \`id\`.`),
    status: vocab(STATUSES, 'Whether the record is current.'),
    merged_into: IncidentId.optional().describe('With `status: merged`, the id of the record this one was merged into.'),
    withdrawn_reason: text(MAX.withdrawnReason).optional().describe('With `status: withdrawn`, why, in our words.'),
    kind: vocab(INCIDENT_KINDS, 'One organisation\'s incident, or a study across many.'),
    title: localizedText(MAX.title).describe('A short, factual title in our own words.'),
    summary: localizedText(MAX.summary).describe('Two to five sentences in our own words: what was exposed, how, and what happened next. No figures typed here: they belong in `figures`.'),
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
    outcomes: z.array(Outcome).optional().describe('What happened next: decisions, fines, judgments, settlements, convictions, dismissals.'),
    links: z.array(Link).optional().describe('Typed links to other records: found by a study, follow-up, same vendor breach, duplicate.'),
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
export type Outcome = z.infer<typeof Outcome>;
export type Link = z.infer<typeof Link>;
export type Incident = z.infer<typeof Incident>;

/** The JSON Schema (draft 2020-12) of an incident file, derived from the zod schema above. */
export function incidentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Incident, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    // The address the site serves this file at (/data/incident.schema.json), so editors and tools can fetch it.
    $id: 'https://patient-privacy-atlas.org/data/incident.schema.json',
    title: `Patient Privacy Atlas incident, schema version ${SCHEMA_VERSION}`,
    ...schema,
  };
}
