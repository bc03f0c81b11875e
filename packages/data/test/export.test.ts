import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../src/csv.ts';
import { loadDataset } from '../src/dataset.ts';
import { artifacts, FIGURE_COLUMNS, SOURCE_COLUMNS } from '../src/export.ts';
import { CONTENT, SEEDS, TODAY } from './helpers.ts';

const { dataset } = loadDataset({ dir: CONTENT, today: TODAY });
const files = artifacts(dataset);
const yamlRecords = SEEDS.map((name) => parse(readFileSync(join(CONTENT, name), 'utf8')) as {
  id: string;
  figures: { id: string; value: number; qualifier: string; scope: string; as_of: string; source: string }[];
  sources: { id: string; url: string }[];
});

describe('round trip from YAML to the published files', () => {
  const json = JSON.parse(files['incidents.json'] as string) as { incidents: typeof yamlRecords; dataset: { version: string } };
  const [figHeader, ...figRows] = parseCsv(files['figures.csv'] as string);
  const [srcHeader, ...srcRows] = parseCsv(files['sources.csv'] as string);
  const col = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name);

  it('publishes every record in incidents.json, with the dataset version', () => {
    expect(json.incidents.map((i) => i.id).sort()).toEqual(yamlRecords.map((r) => r.id).sort());
    expect(json.dataset.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });

  it('has the same figure count in YAML, JSON and CSV', () => {
    const inYaml = yamlRecords.reduce((n, r) => n + r.figures.length, 0);
    expect(json.incidents.reduce((n, r) => n + r.figures.length, 0)).toBe(inYaml);
    expect(figRows).toHaveLength(inYaml);
    expect(figHeader).toEqual([...FIGURE_COLUMNS]);
  });

  it('keeps every figure value, qualifier, scope, date and source URL', () => {
    for (const record of yamlRecords) {
      const jsonRecord = json.incidents.find((i) => i.id === record.id);
      for (const f of record.figures) {
        expect(jsonRecord?.figures.find((g) => g.id === f.id)).toMatchObject({ value: f.value, qualifier: f.qualifier, scope: f.scope, as_of: f.as_of });
        const row = figRows.find((r) => r[col('incident_id')] === record.id && r[col('figure_id')] === f.id);
        expect(row, `${record.id}/${f.id} in figures.csv`).toBeDefined();
        expect(Number(row?.[col('value')])).toBe(f.value);
        expect(row?.[col('qualifier')]).toBe(f.qualifier);
        expect(row?.[col('scope')]).toBe(f.scope);
        expect(row?.[col('as_of')]).toBe(f.as_of);
        expect(row?.[col('source_url')]).toBe(record.sources.find((s) => s.id === f.source)?.url);
      }
    }
  });

  it('lists every source once in sources.csv', () => {
    expect(srcHeader).toEqual([...SOURCE_COLUMNS]);
    expect(srcRows).toHaveLength(yamlRecords.reduce((n, r) => n + r.sources.length, 0));
  });

  it('ships the JSON Schema beside the data', () => {
    expect(JSON.parse(files['incident.schema.json'] as string).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
