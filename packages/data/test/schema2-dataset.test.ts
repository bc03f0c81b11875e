/**
 * Schema 2 through the Dataset and the exports: outcomes, links both ways,
 * revision timelines, money kept apart from counts and from other currencies,
 * and the round trip YAML -> JSON and CSV with equal counts for every new field.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadDataset } from '../src/dataset.ts';
import { artifacts, FIGURE_COLUMNS, LINK_COLUMNS, OUTCOME_COLUMNS } from '../src/export.ts';
import { edit, seedFolder, seedText, TODAY, write } from './helpers.ts';
import { schema2Text } from './schema2-fixture.ts';

const NM = 'nextmotion-2020';
const GB = 'greenbone-pacs-2019';

/** The schema 2 record, plus a ransom in euros and a second source's ransom in dollars that disagrees. */
const MORE_MONEY = `  - id: ransom-world-cnet-eur
    metric: ransom-demand
    value: 450000
    qualifier: exact
    currency: EUR
    claim: attacker-claim
    scope: world
    as_of: "2020-02"
    role: context
    source: cnet
    evidence: 450,000€
  - id: ransom-world-scmagazine
    metric: ransom-demand
    value: 2000000
    qualifier: about
    currency: USD
    claim: attacker-claim
    scope: world
    as_of: "2020-02"
    role: context
    source: scmagazine
    evidence: about 2 million dollars
`;
const text = edit(schema2Text(), '\nsources:\n', `\n${MORE_MONEY}sources:\n`);
const dir = seedFolder();
write(dir, `${NM}.yaml`, text);
const { dataset, diagnostics } = loadDataset({ dir, today: TODAY });
const files = artifacts(dataset);

describe('the schema 2 fixture', () => {
  it('loads without a problem', () => {
    expect(diagnostics).toEqual([]);
    expect(dataset.incidents).toHaveLength(2);
  });
});

describe('outcomes', () => {
  it('come with their source and their amount, a money figure in its own currency', () => {
    const [o, ...rest] = dataset.outcomesOf(NM);
    expect(rest).toEqual([]);
    expect(o?.outcome.kind).toBe('fine');
    expect(o?.source.id).toBe('cnet');
    expect(o?.amount?.figure).toMatchObject({ metric: 'fine', value: 1500000, currency: 'EUR' });
    expect(dataset.outcomesOf(GB)).toEqual([]);
  });
});

describe('links', () => {
  it('are shown on both pages: as written on one, reversed on the other', () => {
    expect(dataset.linksOf(NM)).toEqual([
      expect.objectContaining({ type: 'found-by', direction: 'out', other: GB, label: expect.objectContaining({ en: 'Found by', fr: 'Découvert par' }) }),
    ]);
    expect(dataset.linksOf(GB)).toEqual([
      expect.objectContaining({ type: 'found-by', direction: 'in', other: NM, label: expect.objectContaining({ en: 'Found', it: 'Ha scoperto' }) }),
    ]);
  });
  it('are exported once each, as written', () => {
    expect(dataset.links()).toHaveLength(1);
  });
});

describe('revisions', () => {
  it('read as a dated timeline, oldest first, never as a silent overwrite', () => {
    const [t, ...rest] = dataset.revisionsOf(NM);
    expect(rest).toEqual([]);
    expect(t?.figures.map((f) => `${f.figure.as_of} ${f.figure.value}${f.figure.placeholder ? ' placeholder' : ''}`)).toEqual([
      '2020-02 500 placeholder',
      '2020-06 4200',
    ]);
    expect(t?.latest.figure.id).toBe('people-fr-cnet');
    // Both figures stay in the dataset and the export.
    expect(dataset.figuresOf(NM).map((f) => f.figure.id)).toEqual(expect.arrayContaining(['people-fr-cnet-placeholder', 'people-fr-cnet']));
  });
});

describe('money', () => {
  it('is never added to a count: the headline skips money and data volumes even when asked for them first', () => {
    const h = dataset.headlineFigure(NM, ['fine', 'ransom-demand', 'data-volume', 'files']);
    expect(h?.figure.metric).toBe('files');
    expect(dataset.headlineFigure(NM, ['fine', 'ransom-demand', 'data-volume'])).toBeUndefined();
  });

  it('never enters the groups that charts plot, even where sources disagree on an amount', () => {
    const usd = dataset.groups(NM).find((g) => g.metric === 'ransom-demand' && g.currency === 'USD');
    // The two dollar ransoms disagree (10 million vs about 2 million) ...
    expect(new Set(usd?.figures.map((f) => f.figure.value))).toEqual(new Set([10000000, 2000000]));
    // ... but no disagreement or count group holds money, bytes or a figure without a number.
    for (const g of [...dataset.disagreements(), ...dataset.countGroups()]) {
      expect(g.unit).toBe('count');
      for (const f of g.figures) expect(typeof f.figure.value).toBe('number');
    }
    expect(dataset.countGroups(NM).some((g) => g.metric === 'ransom-demand' || g.metric === 'fine' || g.metric === 'data-volume')).toBe(false);
  });

  it('is never summed across currencies: each currency has its own group and list, with the amounts as given', () => {
    const groups = dataset.groups(NM).filter((g) => g.metric === 'ransom-demand');
    expect(groups.map((g) => g.currency).sort()).toEqual(['EUR', 'USD']);
    for (const g of groups) expect(new Set(g.figures.map((f) => f.figure.currency))).toEqual(new Set([g.currency]));
    const byCurrency = dataset.moneyByCurrency('ransom-demand');
    expect([...byCurrency.keys()]).toEqual(['EUR', 'USD']);
    expect(byCurrency.get('EUR')?.map((f) => f.figure.value)).toEqual([450000]);
    expect(byCurrency.get('USD')?.map((f) => f.figure.value).sort((a, b) => Number(a) - Number(b))).toEqual([2000000, 10000000]);
  });

  it('is never summed at all: every amount is listed as its source gives it, and a count metric gives no money', () => {
    const all = [...dataset.moneyByCurrency('ransom-demand').values()].flat();
    expect(all).toHaveLength(3);
    expect(all.map((f) => f.figure.value).sort((a, b) => Number(a) - Number(b))).toEqual([450000, 2000000, 10000000]);
    expect(dataset.moneyByCurrency('files').size).toBe(0);
    // Nothing in the dataset summary is an amount of money.
    expect(Object.keys(dataset.info).sort()).toEqual(['figureCount', 'incidentCount', 'modified', 'sourceCount', 'version']);
  });

  it('keeps a figure without a number out of the headline and the preferred choice', () => {
    const p = dataset.preferredFigure(NM, 'patients', 'world');
    expect(p?.figure.value).toBe('not-disclosed');
    expect(dataset.headlineFigure(NM, ['patients'])).toBeUndefined();
  });
});

describe('round trip of the schema 2 fields: YAML -> incidents.json, figures.csv, outcomes.csv, links.csv', () => {
  type F = Record<string, unknown>;
  const yaml = [parse(text), parse(seedText('greenbone-pacs-2019.yaml'))] as { id: string; schema_version: number; figures: F[]; outcomes?: F[]; links?: F[] }[];
  const json = JSON.parse(files['incidents.json'] as string) as { schema_version: number; incidents: typeof yaml };
  const [figHeader, ...figRows] = parseCsv(files['figures.csv'] as string);
  const [outHeader, ...outRows] = parseCsv(files['outcomes.csv'] as string);
  const [linkHeader, ...linkRows] = parseCsv(files['links.csv'] as string);
  const col = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name);
  const yamlFigures = yaml.flatMap((r) => r.figures);
  const countIn = (rows: string[][], name: (typeof FIGURE_COLUMNS)[number], value: string) => rows.filter((r) => r[col(name)] === value).length;

  it('carries the schema version at the top and on every record', () => {
    expect(json.schema_version).toBe(2);
    expect(json.incidents.map((i) => i.schema_version)).toEqual([2, 2]);
  });

  it('has the new figure columns', () => {
    expect(figHeader).toEqual([...FIGURE_COLUMNS]);
    for (const c of ['unit', 'currency', 'unit_as_reported', 'claim', 'placeholder', 'revises', 'value_status']) expect(figHeader).toContain(c);
  });

  it('has equal counts of every new figure field in YAML, JSON and CSV', () => {
    const jsonFigures = json.incidents.flatMap((r) => r.figures);
    const count = (list: F[], pred: (f: F) => boolean) => list.filter(pred).length;
    const checks: [string, (f: F) => boolean, number][] = [
      ['currency', (f) => f.currency !== undefined, figRows.filter((r) => r[col('currency')] !== '').length],
      ['unit_as_reported', (f) => f.unit_as_reported !== undefined, figRows.filter((r) => r[col('unit_as_reported')] !== '').length],
      ['claim', (f) => f.claim !== undefined && f.claim !== 'measured', figRows.filter((r) => r[col('claim')] !== 'measured').length],
      ['placeholder', (f) => f.placeholder === true, countIn(figRows, 'placeholder', 'true')],
      ['revises', (f) => f.revises !== undefined, figRows.filter((r) => r[col('revises')] !== '').length],
      ['not-disclosed', (f) => f.value === 'not-disclosed', countIn(figRows, 'value_status', 'not-disclosed')],
    ];
    for (const [name, pred, inCsv] of checks) {
      const inYaml = count(yamlFigures, pred);
      expect(inYaml, `${name} appears in the fixture`).toBeGreaterThan(0);
      expect(count(jsonFigures, pred), `${name} in incidents.json`).toBe(inYaml);
      expect(inCsv, `${name} in figures.csv`).toBe(inYaml);
    }
  });

  it('writes a not-disclosed value as an empty cell with value_status, never as 0', () => {
    const row = figRows.find((r) => r[col('figure_id')] === 'patients-world-scmagazine');
    expect(row?.[col('value')]).toBe('');
    expect(row?.[col('value_status')]).toBe('not-disclosed');
    expect(row?.[col('qualifier')]).toBe('');
  });

  it('writes money with its currency and data volumes in bytes with the unit as reported', () => {
    const fine = figRows.find((r) => r[col('figure_id')] === 'fine-fr-cnil');
    expect([fine?.[col('unit')], fine?.[col('value')], fine?.[col('currency')]]).toEqual(['money', '1500000', 'EUR']);
    const volume = figRows.find((r) => r[col('figure_id')] === 'volume-world-cnet');
    expect([volume?.[col('unit')], volume?.[col('value')], volume?.[col('unit_as_reported')]]).toEqual(['bytes', '900000000000', 'GB']);
  });

  it('has one outcomes.csv row per outcome, with the amount and its currency', () => {
    expect(outHeader).toEqual([...OUTCOME_COLUMNS]);
    expect(outRows).toHaveLength(yaml.reduce((n, r) => n + (r.outcomes?.length ?? 0), 0));
    const o = (name: (typeof OUTCOME_COLUMNS)[number]) => outRows[0]?.[OUTCOME_COLUMNS.indexOf(name)];
    expect([o('incident_id'), o('outcome_id'), o('kind'), o('amount_value'), o('amount_currency'), o('legal_basis'), o('status'), o('source_id')]).toEqual([
      NM,
      'cnil-fine-2022',
      'fine',
      '1500000',
      'EUR',
      'GDPR Art. 28; GDPR Art. 32',
      'final',
      'cnet',
    ]);
    expect(o('source_url')).toMatch(/^https:\/\/www\.cnet\.com\//);
  });

  it('has one links.csv row per written link', () => {
    expect(linkHeader).toEqual([...LINK_COLUMNS]);
    expect(linkRows).toHaveLength(yaml.reduce((n, r) => n + (r.links?.length ?? 0), 0));
    expect(linkRows[0]?.slice(0, 3)).toEqual([NM, 'found-by', GB]);
  });
});
