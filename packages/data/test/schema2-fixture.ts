/**
 * The NextMotion seed record with every schema 2 addition written in: money, bytes and
 * not-disclosed figures, a claim, a placeholder and its revision, an outcome and a link.
 * The values are made up for the tests; they are not facts about NextMotion.
 */
import { parse } from 'yaml';
import { edit, seedText } from './helpers.ts';

export const EXTRA_FIGURES = `  - id: fine-fr-cnil
    metric: fine
    value: 1500000
    qualifier: exact
    currency: EUR
    claim: regulator-finding
    scope: FR
    as_of: "2022-04"
    role: context
    source: cnet
    evidence: a fine of 1.5 million euros
  - id: ransom-world-cnet
    metric: ransom-demand
    value: 10000000
    qualifier: exact
    currency: USD
    claim: attacker-claim
    scope: world
    as_of: "2020-02"
    role: context
    source: cnet
    evidence: a ransom of 10 million dollars
  - id: volume-world-cnet
    metric: data-volume
    value: 900000000000
    qualifier: more-than
    unit_as_reported: GB
    claim: attacker-claim
    scope: world
    as_of: "2020-02"
    role: exposure
    source: cnet
    evidence: more than 900 GB
  - id: patients-world-scmagazine
    metric: patients
    value: not-disclosed
    scope: world
    as_of: "2020-02"
    role: exposure
    source: scmagazine
    evidence: the number of patients was not disclosed
  - id: people-fr-cnet-placeholder
    metric: people
    value: 500
    qualifier: exact
    placeholder: true
    claim: organisation-statement
    scope: FR
    as_of: "2020-02"
    role: exposure
    source: cnet
    evidence: 500 people
  - id: people-fr-cnet
    metric: people
    value: 4200
    qualifier: exact
    revises: people-fr-cnet-placeholder
    claim: organisation-statement
    scope: FR
    as_of: "2020-06"
    role: exposure
    source: cnet
    evidence: 4,200 people
`;

export const OUTCOMES_AND_LINKS = `outcomes:
  - id: cnil-fine-2022
    kind: fine
    date: "2022-04-15"
    authority: CNIL
    reference: SAN-2022-009
    amount: fine-fr-cnil
    legal_basis: ["GDPR Art. 28", "GDPR Art. 32"]
    status: final
    summary:
      en: The authority fined the company for the leak.
    source: cnet
links:
  - type: found-by
    target: greenbone-pacs-2019
    note:
      en: A made-up link for the tests.
`;

/** The seed text with the schema 2 blocks added. */
export function schema2Text(): string {
  let text = seedText('nextmotion-2020.yaml');
  text = edit(text, '\nsources:\n', `\n${EXTRA_FIGURES}sources:\n`);
  text = edit(text, /^corrections:/m, `${OUTCOMES_AND_LINKS}corrections:`);
  return text;
}

/** The index of figure `id` in the schema 2 record, read from its text, so tests follow the seed record's own figures. */
export function figureIndex(id: string): number {
  const figures = (parse(schema2Text()) as { figures: { id: string }[] }).figures;
  const at = figures.findIndex((f) => f.id === id);
  if (at < 0) throw new Error(`no figure ${id} in the schema 2 fixture`);
  return at;
}

/** The index of source `id` in the schema 2 record, read from its text. */
export function sourceIndex(id: string): number {
  const sources = (parse(schema2Text()) as { sources: { id: string }[] }).sources;
  const at = sources.findIndex((s) => s.id === id);
  if (at < 0) throw new Error(`no source ${id} in the schema 2 fixture`);
  return at;
}
