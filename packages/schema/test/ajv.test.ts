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
];

describe('the exported JSON Schema agrees with zod', () => {
  it.each(fixtures)('%s', (_name, data) => {
    const zodOk = Incident.safeParse(data).success;
    const ajvOk = checkJson(data);
    expect(ajvOk, JSON.stringify(checkJson.errors?.slice(0, 3))).toBe(zodOk);
  });

  it('accepts both seeds and refuses every broken fixture', () => {
    const verdicts = fixtures.map(([name, d]) => [name, Incident.safeParse(d).success] as const);
    expect(verdicts.filter(([n, ok]) => n.startsWith('seed') && !ok)).toEqual([]);
    expect(verdicts.filter(([n, ok]) => !n.startsWith('seed') && !n.startsWith('scope ') && ok).map(([n]) => n)).toEqual([]);
  });
});
