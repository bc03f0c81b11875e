import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset.ts';
import { artifacts, FIGURE_COLUMNS, figuresCsv, SOURCE_COLUMNS, sourcesCsv } from '../src/export.ts';
import { CONTENT, contentYaml, edit, seedFolder, seedText, TODAY, write } from './helpers.ts';

const { dataset } = loadDataset({ dir: CONTENT, today: TODAY });
const files = artifacts(dataset);
// Every record of content/incidents, read straight from its YAML file.
const yamlRecords = contentYaml().map((y) => y.record as {
  id: string;
  figures: { id: string; value: number | 'not-disclosed'; qualifier?: string; scope: string; subject?: { en: string }; as_of: string; source: string }[];
  sources: { id: string; url: string; title: string; title_seen?: boolean }[];
});

describe('round trip from YAML to the published files', () => {
  const json = JSON.parse(files['incidents.json'] as string) as { incidents: typeof yamlRecords; dataset: { version: string } };
  // csv-parse is the independent reader: the writer is not checked against a parser of its own.
  const [figHeader, ...figRows] = parseCsv(files['figures.csv'] as string) as string[][];
  const [srcHeader, ...srcRows] = parseCsv(files['sources.csv'] as string) as string[][];
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
        const jsonFigure = jsonRecord?.figures.find((g) => g.id === f.id);
        expect(jsonFigure).toMatchObject({ value: f.value, scope: f.scope, as_of: f.as_of });
        // A not-disclosed figure has no qualifier, in YAML and in JSON alike.
        expect(jsonFigure?.qualifier).toBe(f.qualifier);
        const row = figRows.find((r) => r[col('incident_id')] === record.id && r[col('figure_id')] === f.id);
        expect(row, `${record.id}/${f.id} in figures.csv`).toBeDefined();
        if (f.value === 'not-disclosed') {
          expect(row?.[col('value')]).toBe('');
          expect(row?.[col('value_status')]).toBe('not-disclosed');
        } else {
          expect(Number(row?.[col('value')])).toBe(f.value);
          expect(row?.[col('value_status')]).toBe('reported');
        }
        expect(row?.[col('qualifier')]).toBe(f.qualifier ?? '');
        expect(row?.[col('subject')]).toBe(f.subject?.en ?? '');
        expect(row?.[col('scope')]).toBe(f.scope);
        expect(row?.[col('as_of')]).toBe(f.as_of);
        expect(row?.[col('source_url')]).toBe(record.sources.find((s) => s.id === f.source)?.url);
      }
    }
  });

  it('lists every source once in sources.csv', () => {
    expect(srcHeader).toEqual([...SOURCE_COLUMNS]);
    expect(srcRows).toHaveLength(yamlRecords.reduce((n, r) => n + r.sources.length, 0));
    const scol = (name: (typeof SOURCE_COLUMNS)[number]) => SOURCE_COLUMNS.indexOf(name);
    for (const record of yamlRecords) {
      for (const s of record.sources) {
        const row = srcRows.find((r) => r[scol('incident_id')] === record.id && r[scol('source_id')] === s.id);
        expect(row, `${record.id}/${s.id} in sources.csv`).toBeDefined();
        expect(row?.[scol('title')]).toBe(s.title);
        // title_seen defaults to true; false marks a title rebuilt from the address.
        expect(row?.[scol('title_seen')]).toBe(String(s.title_seen !== false));
      }
    }
  });

  it('ships the JSON Schema beside the data', () => {
    expect(JSON.parse(files['incident.schema.json'] as string).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('third-party text in the CSV downloads', () => {
  it('makes a title and an evidence phrase that look like a formula inert in figures.csv and sources.csv', () => {
    const formula = '=HYPERLINK("https://example.org","x")';
    // The evidence rule wants the figure's number in the phrase, so it follows the formula.
    const evidence = `${formula} almost 900,000 individual files`;
    const dir = seedFolder();
    let text = seedText('nextmotion-2020.yaml');
    text = edit(text, 'evidence: almost 900,000 individual files', `evidence: '${evidence}'`);
    text = edit(text, 'title: 900,000 files exposed by plastic surgery technology provider NextMotion', `title: '${formula}'`);
    write(dir, 'nextmotion-2020.yaml', text);
    const { dataset } = loadDataset({ dir, today: TODAY });
    const figure = dataset.figures.find((f) => f.figure.evidence === evidence);
    const source = dataset.sources.find((s) => s.source.title === formula);
    expect(figure, 'the edited evidence is in the dataset').toBeDefined();
    expect(source, 'the edited title is in the dataset').toBeDefined();

    const figures = parseCsv(figuresCsv(dataset), { columns: true }) as Record<string, string>[];
    const row = figures.find((r) => r.incident_id === figure?.incidentId && r.figure_id === figure?.figure.id);
    expect(row?.evidence).toBe(`'${evidence}`);
    expect(row?.source_title).toBe(`'${formula}`);
    const sources = parseCsv(sourcesCsv(dataset), { columns: true }) as Record<string, string>[];
    expect(sources.find((r) => r.source_id === source?.source.id)?.title).toBe(`'${formula}`);
    // No cell of either file starts with a character a spreadsheet would run.
    for (const r of [...figures, ...sources]) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });
});
