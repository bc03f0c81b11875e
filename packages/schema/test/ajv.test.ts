import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Incident, incidentJsonSchema } from '../src/index.ts';

const contentDir = new URL('../../../content/incidents/', import.meta.url);
const seeds = readdirSync(contentDir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ name: n, data: parse(readFileSync(new URL(n, contentDir), 'utf8')) as Record<string, unknown> }));

const ajv = new Ajv2020({ allErrors: true, strict: false });
const checkJson = ajv.compile(incidentJsonSchema());

type Data = Record<string, unknown>;
const clone = (d: Data) => structuredClone(d) as Data & { figures: Data[]; sources: Data[]; dates: Data };
const withFigure = (extra: Data) => {
  const d = clone(base);
  d.figures.push({ ...(d.figures[0] as Data), id: 'extra', ...extra });
  return d;
};
const outcome: Data = {
  id: 'dpa-fine',
  kind: 'fine',
  date: '2021-12-07',
  authority: 'Finnish data protection authority',
  reference: '1150/161/2021',
  amount: 'extra',
  legal_basis: ['GDPR Art. 32'],
  status: 'final',
  summary: { en: 'The authority fined the company.' },
  source: 'cnet',
};

/** Fixtures on both sides of the line; zod and the exported JSON Schema must give the same verdict on each. */
const base = seeds[0]?.data as Data;
const fixtures: [string, Data][] = [
  ...seeds.map((s) => [`seed ${s.name}`, s.data] as [string, Data]),
  ['unknown top-level field', { ...base, vectr: 'x' }],
  ['missing title', (({ title: _t, ...rest }) => rest)(base)],
  ['lower-case country', { ...base, countries: ['fr'] }],
  ['figure value as text', (() => { const d = clone(base); (d.figures[0] as Data).value = 'more than 500'; return d; })()],
  ['negative figure value', (() => { const d = clone(base); (d.figures[0] as Data).value = -1; return d; })()],
  ['http source url', (() => { const d = clone(base); (d.sources[0] as Data).url = 'http://example.org/a'; return d; })()],
  ['foreign date format', (() => { const d = clone(base); d.dates.made_public = '24/01/2020'; return d; })()],
  ['month 13', (() => { const d = clone(base); d.dates.made_public = '2020-13'; return d; })()],
  ['scope world', (() => { const d = clone(base); (d.figures[0] as Data).scope = 'world'; return d; })()],
  ['scope as a country', (() => { const d = clone(base); (d.figures[0] as Data).scope = 'IT'; return d; })()],
  ['scope misspelt', (() => { const d = clone(base); (d.figures[0] as Data).scope = 'World'; return d; })()],
  ['unknown qualifier', (() => { const d = clone(base); (d.figures[0] as Data).qualifier = 'roughly'; return d; })()],
  ['evidence too long', (() => { const d = clone(base); (d.figures[0] as Data).evidence = 'x'.repeat(241); return d; })()],
  ['no sources', { ...base, sources: [] }],
  ['title without English', { ...base, title: { fr: 'Titre' } }],
  ['title in German', { ...base, title: { en: 'Title', de: 'Titel' } }],
  ['id with capitals', { ...base, id: 'NextMotion-2020' }],
  // Schema 2 additions: valid shapes first, then broken ones.
  ['valid money figure', withFigure({ metric: 'fine', value: 608000, currency: 'EUR', claim: 'regulator-finding' })],
  ['valid bytes figure', withFigure({ metric: 'data-volume', value: 900e9, unit_as_reported: 'GB', claim: 'attacker-claim' })],
  ['valid not-disclosed figure', withFigure({ metric: 'patients', value: 'not-disclosed', qualifier: undefined })],
  ['valid placeholder revised', withFigure({ metric: 'people', value: 501, placeholder: true, revises: 'files-world-cnet' })],
  ['valid outcome', { ...withFigure({ metric: 'fine', value: 1.5e6, currency: 'EUR' }), outcomes: [outcome] }],
  ['valid link', { ...base, links: [{ type: 'found-by', target: 'greenbone-pacs-2019', note: { en: 'Found by the scan.' } }] }],
  ['valid regional language tag', (() => { const d = clone(base); (d.sources[0] as Data).language = 'de-CH'; return d; })()],
  ['missing schema_version', (({ schema_version: _v, ...rest }) => rest)(base)],
  ['schema_version 1', { ...base, schema_version: 1 }],
  ['title of 2,000 characters', { ...base, title: { en: 'x'.repeat(2000) } }],
  ['summary over 2,000 characters', { ...base, summary: { en: 'x'.repeat(2001) } }],
  ['figure note over 1,000 characters', (() => { const d = clone(base); (d.figures[0] as Data).note = 'x'.repeat(1001); return d; })()],
  ['source title over 500 characters', (() => { const d = clone(base); (d.sources[0] as Data).title = 'x'.repeat(501); return d; })()],
  ['unregistered language', (() => { const d = clone(base); (d.sources[0] as Data).language = 'xx-invalid-language'; return d; })()],
  ['three-letter code of a two-letter language', (() => { const d = clone(base); (d.sources[0] as Data).language = 'fra'; return d; })()],
  ['lower-case currency', withFigure({ metric: 'fine', value: 608000, currency: 'eur' })],
  ['currency sign', withFigure({ metric: 'fine', value: 608000, currency: '€' })],
  ['value as words other than not-disclosed', withFigure({ value: 'unknown' })],
  ['unknown claim', withFigure({ claim: 'hacker-claim' })],
  ['unknown byte unit', withFigure({ metric: 'data-volume', value: 900e9, unit_as_reported: 'gigabytes' })],
  ['placeholder as text', withFigure({ placeholder: 'yes' })],
  ['unknown outcome kind', { ...base, outcomes: [{ ...outcome, kind: 'penalty' }] }],
  ['outcome without source', { ...base, outcomes: [(({ source: _s, ...rest }) => rest)(outcome)] }],
  ['outcome legal basis too long', { ...base, outcomes: [{ ...outcome, legal_basis: ['x'.repeat(121)] }] }],
  ['unknown link type', { ...base, links: [{ type: 'related-to', target: 'greenbone-pacs-2019' }] }],
  ['link target not an id', { ...base, links: [{ type: 'found-by', target: 'Greenbone PACS' }] }],
  // The owner's additions: a figure's subject and a source's title_seen.
  ['valid subject and title_seen false', (() => {
    const d = withFigure({ subject: { en: 'the second clinic fined', fr: 'la seconde clinique sanctionnée', it: 'la seconda clinica sanzionata' } });
    (d.sources[0] as Data).title_seen = false;
    return d;
  })()],
  ['valid title_seen true', (() => { const d = clone(base); (d.sources[0] as Data).title_seen = true; return d; })()],
  ['subject over 120 characters', withFigure({ subject: { en: 'x'.repeat(121) } })],
  ['subject as plain text', withFigure({ subject: 'the second clinic fined' })],
  ['subject without English', withFigure({ subject: { fr: 'la seconde clinique sanctionnée' } })],
  ['subject empty', withFigure({ subject: { en: '' } })],
  ['title_seen as text', (() => { const d = clone(base); (d.sources[0] as Data).title_seen = 'no'; return d; })()],
];

describe('the exported JSON Schema agrees with zod', () => {
  it('names itself by the address the site serves it at, holds the schema version as a required constant, and refuses version 1', () => {
    const schema = incidentJsonSchema() as { $id: string; title: string; required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.$id).toBe('https://patient-privacy-atlas.org/data/incident.schema.json');
    expect(schema.title).toMatch(/schema version 2$/);
    expect(schema.required).toContain('schema_version');
    expect(schema.properties.schema_version?.const).toBe(2);
  });

  it.each(fixtures)('%s', (_name, raw) => {
    // As a YAML or JSON file would hold it: an undefined field is absent.
    const data = JSON.parse(JSON.stringify(raw)) as Data;
    const zodOk = Incident.safeParse(data).success;
    const ajvOk = checkJson(data);
    expect(ajvOk, JSON.stringify(checkJson.errors?.slice(0, 3))).toBe(zodOk);
  });

  it('accepts both seeds and the valid fixtures, and refuses every broken fixture', () => {
    const verdicts = fixtures.map(([name, d]) => [name, Incident.safeParse(JSON.parse(JSON.stringify(d))).success] as const);
    const good = (n: string) => n.startsWith('seed') || n.startsWith('valid ') || n === 'scope world' || n === 'scope as a country';
    expect(verdicts.filter(([n, ok]) => good(n) && !ok).map(([n]) => n)).toEqual([]);
    expect(verdicts.filter(([n, ok]) => !good(n) && ok).map(([n]) => n)).toEqual([]);
  });
});
