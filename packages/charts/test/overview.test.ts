/** The overview charts of issue 16: counts of incidents over the whole dataset, and the small multiples. */
import { describe, expect, it } from 'vitest';
import { countClass, countClasses, crossCounts, incidentsByYear, type PairedSeries, pairedFigures, worldMap, yearRange } from '../src/index.ts';
import { DATA_ROWS, GROUPED_INCIDENTS, INCIDENTS_BY_COUNTRY, LOCALES, PAIRED, SECTOR_TERMS, YEAR_INCIDENTS, YEAR_NOTES } from './fixtures.ts';
import { matchSnapshot } from './snapshot.ts';

const base = { source: 'Patient Privacy Atlas', idPrefix: 'ov' } as const;
const en = { ...base, locale: 'en' as const };

function expectWellFormed(svg: string, idPrefix = base.idPrefix): void {
  const root = svg.slice(0, svg.indexOf('>') + 1);
  expect(root).toMatch(/^<svg [^>]*role="img"/);
  expect(root).toContain(`aria-labelledby="${idPrefix}-title ${idPrefix}-desc"`);
  expect(svg).toMatch(new RegExp(`<title id="${idPrefix}-title">[^<]+</title>`));
  expect(svg).toMatch(new RegExp(`<desc id="${idPrefix}-desc">[^<]{20,}</desc>`));
  expect(svg).not.toMatch(/NaN|undefined|Infinity|\bnull\b|\[object/);
  expect(svg).not.toMatch(/\sstyle=|<style/);
  expect(svg).not.toMatch(/ (?:x\d?|y\d?|cx|cy|r|width|height|d|points|transform|viewBox)="[^"]*\d\.\d{3}/);
  const opened = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
const desc = (svg: string) => svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1] ?? '';
/** The cells of a grid, as "row, column: count" from their tooltips. */
const cells = (svg: string) => [...svg.matchAll(/<g class="cell c[z\d]"><title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('snapshots of the overview charts (test/output/<chart>-<locale>.svg)', () => {
  for (const locale of LOCALES) {
    const o = { ...base, locale };
    it(`incidents by year, ${locale}`, () => {
      const { svg } = incidentsByYear(YEAR_INCIDENTS, { ...o, categories: SECTOR_TERMS[locale], yearNote: YEAR_NOTES[locale] });
      expectWellFormed(svg);
      matchSnapshot(`incidents-by-year-${locale}`, svg);
    });
    it(`cross counts, ${locale}`, () => {
      const { svg } = crossCounts(GROUPED_INCIDENTS, { ...o, rows: DATA_ROWS[locale], columns: SECTOR_TERMS[locale], rowHeader: 'Data' });
      expectWellFormed(svg);
      matchSnapshot(`cross-counts-${locale}`, svg);
    });
    it(`world map of incident counts, ${locale}`, () => {
      const { svg } = worldMap(INCIDENTS_BY_COUNTRY, { ...o, measure: 'incidents' });
      expectWellFormed(svg);
      matchSnapshot(`world-map-counts-${locale}`, svg);
    });
    it(`paired figures, ${locale}`, () => {
      const { svg } = pairedFigures(PAIRED, { ...o, source: 'Infosecurity Magazine' });
      expectWellFormed(svg);
      matchSnapshot(`paired-figures-${locale}`, svg);
    });
  }
});

describe('incidents by year', () => {
  const chart = () => incidentsByYear(YEAR_INCIDENTS, { ...en, categories: SECTOR_TERMS.en });

  it('draws every year of the range, an empty one as 0, and counts each incident once', () => {
    const { table } = chart();
    expect(table.rows.map((r) => r[0])).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    // Columns: only the sectors some incident has (no "Hospital"), then the total.
    expect(table.columns).toEqual(['Year', 'Aesthetic medicine', 'Health insurance', 'Laboratory', 'Medical imaging', 'Mental health', 'All']);
    expect(table.rows.find((r) => r[0] === '2016')).toEqual(['2016', 0, 0, 0, 0, 0, 0]);
    expect(table.rows.find((r) => r[0] === '2019')).toEqual(['2019', 1, 0, 0, 2, 0, 3]);
    // The totals are the incidents themselves: seven records in all.
    expect(table.rows.reduce((n, r) => n + Number(r.at(-1)), 0)).toBe(YEAR_INCIDENTS.length);
  });

  it('writes every count in its cell, zero included, so the shade is never the only cue', () => {
    const { svg } = chart();
    expect(cells(svg)).toContain('2016, Medical imaging: 0');
    expect(cells(svg)).toContain('2019, Medical imaging: 2');
    expect(cells(svg)).toHaveLength(6 * 5);
    expect(svg).toMatch(/<g class="cell cz"><title>2016, Aesthetic medicine: 0<\/title><rect [^>]*fill="none"[^>]*\/><text [^>]*>0<\/text><\/g>/);
  });

  it('says that the years outside the range have no record, which is not zero', () => {
    const { svg } = chart();
    expect(texts(svg).join(' ')).toContain('No record before 2015 or after 2020: those years are left out, not counted as zero.');
    expect(desc(svg)).toContain('The busiest year was 2019, with 3 incidents.');
    expect(desc(svg)).toContain('a year of the range without one shows 0');
  });

  it('says which year it counts in, under the grid and in its description', () => {
    const { svg } = incidentsByYear(YEAR_INCIDENTS, { ...en, categories: SECTOR_TERMS.en, yearNote: YEAR_NOTES.en });
    expect(desc(svg)).toMatch(/with 3 incidents\. No record before 2015 or after 2020: those years are left out, not counted as zero\. The year is the year each incident was made public\.$/);
    expect(texts(svg).join(' ')).toContain('The year is the year each incident was made public.');
  });

  it('draws a range given by the caller, and counts an incident without a year in a note', () => {
    const { table, svg } = incidentsByYear([...YEAR_INCIDENTS, { id: 'x', year: null, category: 'laboratory' }], {
      ...en,
      categories: SECTOR_TERMS.en,
      from: 2014,
      to: 2021,
    });
    expect(table.rows.map((r) => r[0])).toEqual(yearRange(2014, 2021).map(String));
    expect(table.rows.at(-1)?.at(-1)).toBe(0);
    expect(texts(svg).join(' ')).toContain('1 incident without a year, not placed (see table)');
  });

  it('speaks French and Italian in its words, its legend and its plurals', () => {
    const fr = incidentsByYear(YEAR_INCIDENTS, { ...en, locale: 'fr', categories: SECTOR_TERMS.fr });
    expect(fr.table.columns.at(-1)).toBe('Total');
    expect(desc(fr.svg)).toContain('L’année la plus chargée est 2019, avec 3 incidents.');
    const it_ = incidentsByYear(YEAR_INCIDENTS, { ...en, locale: 'it', categories: SECTOR_TERMS.it });
    expect(texts(it_.svg).join(' ')).toContain('Nessun caso registrato prima del 2015 né dopo il 2020');
  });

  it('shows "no data" for an empty input', () => {
    const { svg, table } = incidentsByYear([], { ...en, categories: SECTOR_TERMS.en });
    expectWellFormed(svg);
    expect(texts(svg)).toContain('No data to show');
    expect(table.rows).toEqual([]);
  });
});

describe('cross counts (data exposed by sector)', () => {
  const chart = () => crossCounts(GROUPED_INCIDENTS, { ...en, rows: DATA_ROWS.en, columns: SECTOR_TERMS.en, rowHeader: 'Data' });

  it('counts incidents per cell and distinct incidents per row, never anything else', () => {
    const { table } = chart();
    expect(table.columns).toEqual(['Data', 'Aesthetic medicine', 'Medical imaging', 'Mental health', 'All']);
    expect(table.rows).toEqual([
      ['Face photos', 2, 0, 0, 2],
      ['Medical images', 0, 2, 0, 2],
      ['Identity', 1, 2, 1, 4],
    ]);
  });

  it('labels each cell with its count and names the most common row in its description', () => {
    const { svg } = chart();
    expect(cells(svg)).toContain('Identity, Medical imaging: 2');
    expect(texts(svg)).toEqual(expect.arrayContaining(['2', '0', '4', 'All']));
    expect(desc(svg)).toContain('Identity comes up most often, in 4 incidents.');
  });
});

describe('count classes', () => {
  it('shades a grid cell in proportion to the largest count, zero apart', () => {
    expect([0, 1, 2, 3, 4].map((n) => countClass(n, 4))).toEqual([-1, 0, 1, 2, 3]);
    expect(countClass(1, 1)).toBe(3);
    expect(countClass(1, 12)).toBe(0);
  });

  it('gives the map whole-number classes that end at the largest count', () => {
    expect(countClasses([1, 3, 14]).bounds).toEqual([1, 2, 5, 10, 15]);
    expect(countClasses([1]).bounds).toEqual([1, 2]);
    expect(countClasses([2, 500]).bounds).toEqual([1, 5, 20, 100, 500, 501]);
    expect(countClasses([]).bounds).toEqual([]);
  });
});

describe('world map of incident counts', () => {
  it('speaks of incidents, keeps "no record" apart from zero, and tabulates counts', () => {
    const { svg, table } = worldMap(INCIDENTS_BY_COUNTRY, { ...en, measure: 'incidents' });
    expect(svg).toContain('<title>United States: 14 incidents</title>');
    // Singapore is too small for the 1:110m outlines: it is named under the map, with its count.
    expect(texts(svg).join(' ')).toContain('Singapore (1 incident)');
    expect(texts(svg)).toEqual(expect.arrayContaining(['Incidents recorded', '1', '2–4', '5–9', '10–14', 'No record']));
    expect(texts(svg)).not.toContain('No data');
    expect(desc(svg)).toContain('United States has the most: 14. Hatched countries have no record in the atlas, which is not the same as zero.');
    expect(svg).toContain('<title id="ov-title">Incidents recorded per country</title>');
    expect(table.columns).toEqual(['Country', 'Code', 'Incidents recorded']);
    expect(table.rows[0]).toEqual(['United States', 'US', 14]);
  });

  it('draws a zero count as zero, not as no record', () => {
    const { svg } = worldMap([...INCIDENTS_BY_COUNTRY, { country: 'DE', value: 0, qualifier: 'exact', source: 'Atlas', asOf: '2026-12' }], {
      ...en,
      measure: 'incidents',
    });
    expect(svg).toMatch(/class="zero" data-code="DE"><title>Germany: 0 incidents<\/title>/);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Zero', 'No record']));
  });

  it('is unchanged for figures when no measure is given', () => {
    const { table, svg } = worldMap(INCIDENTS_BY_COUNTRY, en);
    expect(table.columns).toEqual(['Country', 'Code', 'Value', 'Qualifier', 'As reported', 'Source', 'As of']);
    expect(texts(svg)).toContain('No data');
  });
});

describe('paired figures (small multiples)', () => {
  it('draws each panel oldest date first, each bar with its date and its figure as reported', () => {
    const { svg, table, csv } = pairedFigures(PAIRED, { ...en, source: 'Infosecurity Magazine' });
    const t = texts(svg);
    expect(t.indexOf('November 29, 2019')).toBeLessThan(t.indexOf('January 2020'));
    expect(t).toEqual(expect.arrayContaining(['United States', 'Patients · Infosecurity Magazine', 'up to 20', 'up to 3,500']));
    expect(table.rows.map((r) => [r[4], r[5]])).toEqual([
      ['November 29, 2019', 20],
      ['January 2020', 3500],
    ]);
    expect(csv.split('\r\n')[1]).toBe('United States,US,Patients,Infosecurity Magazine,2019-11-29,20,up to,up to 20');
    expect(desc(svg)).toContain('November 29, 2019 and January 2020');
  });

  it('shares a scale between panels of one measure, and not across measures', () => {
    const one: PairedSeries = { country: 'FR', metric: 'patients', measure: 'Patients', source: 'S', points: [] };
    const panels = [
      { ...one, country: 'FR', points: [{ asOf: '2019-09', value: 100, qualifier: 'exact' as const }, { asOf: '2019-11', value: 50, qualifier: 'exact' as const }] },
      { ...one, country: 'IT', points: [{ asOf: '2019-09', value: 25, qualifier: 'exact' as const }, { asOf: '2019-11', value: 50, qualifier: 'exact' as const }] },
      { ...one, country: 'DE', metric: 'images', measure: 'Images', points: [{ asOf: '2019-09', value: 5, qualifier: 'exact' as const }, { asOf: '2019-11', value: 10, qualifier: 'exact' as const }] },
    ];
    const { svg } = pairedFigures(panels, { ...en, width: 800 });
    const widths = (code: string) =>
      [...((svg.split(`data-code="${code}"`)[1] ?? '').split('</g>\n</g>')[0] ?? '').matchAll(/<rect [^>]*width="([\d.]+)%?"/g)].map((m) => Number(m[1]));
    const [fr100 = 0, fr50 = 0] = widths('FR');
    const [it25 = 0, it50 = 0] = widths('IT');
    expect(fr100).toBeGreaterThan(0);
    expect(fr50).toBeCloseTo(it50, 1);
    expect(it25 * 4).toBeCloseTo(fr100, 0);
    // Images have their own scale: 10 images fill their panel (less only the room for a shorter label), far beyond 50 patients.
    expect(widths('DE')[1]).toBeGreaterThan(fr100 * 0.95);
    expect(widths('DE')[1]).toBeGreaterThan(fr50 * 1.9);
  });

  it('shows "no data" when no panel is given', () => {
    const { svg, table } = pairedFigures([], en);
    expectWellFormed(svg);
    expect(table.rows).toEqual([]);
  });
});
