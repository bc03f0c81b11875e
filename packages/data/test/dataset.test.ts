import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '../src/dataset.ts';
import { CONTENT, contentYaml, edit, seedFolder, seedText, TODAY, write } from './helpers.ts';

const { dataset } = loadDataset({ dir: CONTENT, today: TODAY });
const GB = 'greenbone-pacs-2019';

describe('the dataset views', () => {
  it('finds a figure by its permalink key', () => {
    const f = dataset.figure(`${GB}/servers-us-journaldugeek`) ?? dataset.figuresForCountry('US').find((r) => r.figure.metric === 'servers');
    expect(f?.figure.value).toBe(187);
  });

  it('shows every version where sources disagree on Greenbone\'s world image count', () => {
    const group = dataset.disagreements(GB).find((d) => d.metric === 'images' && d.scope === 'world' && d.asOf === '2019-09');
    expect(group).toBeDefined();
    const versions = group?.figures.map((f) => `${f.figure.qualifier} ${f.figure.value}`) ?? [];
    expect(versions).toEqual(expect.arrayContaining(['about 400000000', 'exact 400000000', 'exact 399500000', 'more-than 389000000', 'exact 339000000']));
    // The preferred figure comes first and is the one marked preferred in the record.
    expect(group?.preferred.figure.preferred).toBe(true);
    expect(group?.figures[0]).toBe(group?.preferred);
  });

  it('records the reversed qualifier on 24 million studies as a disagreement', () => {
    const group = dataset.disagreements(GB).find((d) => d.metric === 'records' && d.scope === 'world' && d.asOf === '2019-09');
    const qualifiers = new Set(group?.figures.map((f) => f.figure.qualifier));
    expect(qualifiers.has('nearly')).toBe(true);
    expect(qualifiers.has('more-than')).toBe(true);
  });

  it('does not count agreeing sources as a disagreement', () => {
    for (const d of dataset.disagreements()) {
      expect(new Set(d.figures.map((f) => `${f.figure.value}|${f.figure.qualifier}`)).size).toBeGreaterThan(1);
    }
  });

  it('picks the latest exposure figure as preferred when no date is given', () => {
    const latest = dataset.preferredFigure(GB, 'records', 'world');
    const dated = dataset.preferredFigure(GB, 'records', 'world', '2019-09');
    expect((latest?.figure.as_of ?? '') > (dated?.figure.as_of ?? '')).toBe(true);
    expect(dated?.figure.preferred).toBe(true);
  });

  it('indexes incidents by country and data type', () => {
    // The expected lists are read straight from the YAML files.
    const yaml = contentYaml().map((y) => y.record as { id: string; countries: string[]; data_types: string[] });
    const withFR = yaml.filter((r) => r.countries.includes('FR')).map((r) => r.id).sort();
    const withImages = yaml.filter((r) => r.data_types.includes('medical-images')).map((r) => r.id).sort();
    expect(withFR).toContain(GB);
    expect(withImages).toContain(GB);
    expect(dataset.byCountry().get('FR')?.map((i) => i.id).sort()).toEqual(withFR);
    expect(dataset.byDataType().get('medical-images')?.map((i) => i.id).sort()).toEqual(withImages);
    expect(dataset.categoriesOf('nextmotion-2020')).toContain('patient-media');
  });

  it('never sums: a metric view is a list of figures, one per source', () => {
    const servers = dataset.byMetric('servers');
    expect(servers.every((f) => f.figure.metric === 'servers')).toBe(true);
    expect(servers.length).toBeGreaterThan(1);
  });

  it('gives a headline figure for each seed incident', () => {
    expect(dataset.headlineFigure(GB)?.figure.metric).toBe('images');
    expect(dataset.headlineFigure('nextmotion-2020')?.figure.metric).toBe('images');
  });

  it('changes its version when a record changes', () => {
    const dir = seedFolder();
    const before = loadDataset({ dir, today: TODAY }).dataset.info.version;
    write(dir, 'nextmotion-2020.yaml', edit(seedText('nextmotion-2020.yaml'), 'value: 170', 'value: 171'));
    expect(loadDataset({ dir, today: TODAY }).dataset.info.version).not.toBe(before);
  });
});

describe('loading a folder with a broken file', () => {
  const dir = seedFolder();
  write(dir, 'nextmotion-2020.yaml', edit(seedText('nextmotion-2020.yaml'), 'countries: [FR]', 'countries: [XX]'));

  it('fails the strict load with every diagnostic in the message', () => {
    expect(() => loadDataset({ dir, today: TODAY })).toThrow(DatasetError);
    expect(() => loadDataset({ dir, today: TODAY })).toThrow(/nextmotion-2020\.yaml:\d+:\d+ {2}countries\[0\]/);
  });

  it('keeps the valid records in a lenient load', () => {
    const { dataset: partial, diagnostics } = loadDataset({ dir, today: TODAY, strict: false });
    expect(partial.incidents.map((i) => i.id)).toEqual([GB]);
    expect(diagnostics.length).toBeGreaterThan(0);
  });
});
