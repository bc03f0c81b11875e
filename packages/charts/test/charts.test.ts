import { describe, expect, it } from 'vitest';
import {
  barsByCountry,
  type ChartResult,
  type CountryValue,
  dataTypeMatrix,
  incidentScale,
  type Qualifier,
  sourceDisagreement,
  timeline,
  worldMap,
} from '../src/index.ts';
import { dotRow } from '../src/marks/qualifier.ts';
import {
  DATA_TYPES_BY_INCIDENT,
  FRANCE_IMAGES,
  IMAGES_BY_SOURCE,
  INCIDENT_SCALES,
  LOCALES,
  SERVERS_BY_COUNTRY,
  TIMELINE,
  TITLES,
  UNITS,
} from './fixtures.ts';
import { matchSnapshot } from './snapshot.ts';
import { WIDE } from '../src/svg.ts';

const base = { source: 'Greenbone Networks, 2019', idPrefix: 'fig' } as const;

/** What every chart's SVG must satisfy, whatever its data. */
function expectWellFormed(svg: string, idPrefix = base.idPrefix): void {
  const root = svg.slice(0, svg.indexOf('>') + 1);
  expect(root).toMatch(/^<svg [^>]*role="img"/);
  expect(root).toContain(`aria-labelledby="${idPrefix}-title ${idPrefix}-desc"`);
  // Either a viewBox that scales (the map), or fluid: WIDE px wide on its own, a fixed height, no viewBox.
  if (root.includes('class="chart-fluid"')) {
    expect(root).toMatch(new RegExp(`\\swidth="${WIDE}" height="[\\d.]+"`));
    expect(root).not.toMatch(/viewBox=/);
  } else {
    expect(root).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(root).not.toMatch(/\s(width|height)="/);
  }
  expect(svg).toMatch(new RegExp(`<title id="${idPrefix}-title">[^<]+</title>`));
  expect(svg).toMatch(new RegExp(`<desc id="${idPrefix}-desc">[^<]{20,}</desc>`));
  expect(svg).not.toMatch(/NaN|undefined|Infinity|\bnull\b|\[object/);
  // No style attributes or elements: pages serve charts inline under a CSP of style-src 'self'.
  expect(svg).not.toMatch(/\sstyle=|<style/);
  expect(svg).toMatch(/class="chart-source[ "]/);
  // Every coordinate has at most two decimals.
  expect(svg).not.toMatch(/ (?:x\d?|y\d?|cx|cy|r|width|height|d|points|transform|viewBox)="[^"]*\d\.\d{3}/);
  // Tags balance (a cheap well-formedness check without a DOM).
  const opened = (svg.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
  const closed = (svg.match(/<\/[a-z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('snapshots (test/output/<chart>-<locale>.svg)', () => {
  for (const locale of LOCALES) {
    const o = { ...base, locale };
    it(`bars, ${locale}`, () => {
      const { svg } = barsByCountry(SERVERS_BY_COUNTRY, { ...o, title: TITLES.bars?.[locale] });
      expectWellFormed(svg);
      matchSnapshot(`bars-${locale}`, svg);
    });
    it(`world map, ${locale}`, () => {
      const { svg } = worldMap(SERVERS_BY_COUNTRY, { ...o, title: TITLES.map?.[locale] });
      expectWellFormed(svg);
      matchSnapshot(`world-map-${locale}`, svg);
    });
    it(`incident scale, ${locale}`, () => {
      const { svg } = incidentScale(INCIDENT_SCALES, {
        ...o,
        source: 'Greenbone Networks; vpnMentor',
        title: TITLES.scale?.[locale],
        axisLabel: UNITS[locale].imagesOrFiles,
      });
      expectWellFormed(svg);
      matchSnapshot(`incident-scale-${locale}`, svg);
    });
    it(`data-type matrix, ${locale}`, () => {
      const { svg } = dataTypeMatrix(DATA_TYPES_BY_INCIDENT, { ...o, source: 'Atlas records', title: TITLES.matrix?.[locale] });
      expectWellFormed(svg);
      matchSnapshot(`data-type-matrix-${locale}`, svg);
    });
    it(`timeline, ${locale}`, () => {
      const { svg } = timeline(TIMELINE, { ...o, source: 'Atlas records', title: TITLES.timeline?.[locale] });
      expectWellFormed(svg);
      matchSnapshot(`timeline-${locale}`, svg);
    });
    it(`source disagreement, ${locale}`, () => {
      const { svg } = sourceDisagreement(IMAGES_BY_SOURCE, {
        ...o,
        source: 'Journal du Geek, 01net, AuntMinnie',
        title: TITLES.disagreement?.[locale],
        axisLabel: UNITS[locale].images,
      });
      expectWellFormed(svg);
      matchSnapshot(`source-disagreement-${locale}`, svg);
    });
  }
});

describe('bars by country', () => {
  const en = { ...base, locale: 'en' as const };

  it('sorts bars from largest, one figure label per bar', () => {
    const { svg } = barsByCountry(SERVERS_BY_COUNTRY, en);
    const codes = [...svg.matchAll(/<g class="chart-bar" data-code="([A-Z]+)">/g)].map((m) => m[1]);
    expect(codes).toEqual(['US', 'IN', 'TR', 'FR', 'CH']);
    const groups = svg.split('<g class="chart-bar"').slice(1).map((g) => g.slice(0, g.indexOf('</g>')));
    for (const g of groups) {
      expect(g.match(/<text /g)).toHaveLength(2);
      expect(g.match(/<rect /g)).toHaveLength(1);
    }
    expect(texts(svg)).toEqual(expect.arrayContaining(['United States', '187', 'Switzerland', '2']));
  });

  it('returns table rows equal to the plotted bars, in the same order', () => {
    const { svg, table, csv } = barsByCountry(SERVERS_BY_COUNTRY, en);
    const codes = [...svg.matchAll(/data-code="([A-Z]+)"/g)].map((m) => m[1]);
    expect(table.rows.map((row) => row[1])).toEqual(codes);
    expect(table.rows.map((row) => row[2])).toEqual([187, 96, 36, 7, 2]);
    expect(table.columns).toEqual(['Country', 'Code', 'Value', 'Qualifier', 'As reported', 'Source', 'As of']);
    expect(csv.split('\r\n')[1]).toBe('United States,US,187,exactly (as stated),187,Greenbone Networks,2019-09');
  });

  it('labels a qualified figure as reported, in the locale', () => {
    expect(texts(barsByCountry(FRANCE_IMAGES, { ...en, locale: 'fr' }).svg)).toContain('plus de 2,6 millions');
    expect(texts(barsByCountry(FRANCE_IMAGES, { ...en, locale: 'it' }).svg)).toContain('oltre 2,6 milioni');
  });

  it('counts the countries beyond the top N and never sums their figures', () => {
    const many: CountryValue[] = ['US', 'IN', 'TR', 'FR', 'CH', 'DE', 'IT', 'ES', 'BR', 'CA', 'AU', 'JP'].map((country, i) => ({
      country,
      value: 100 - i,
      qualifier: 'exact',
      source: 's',
      asOf: '2019',
    }));
    const { svg, table } = barsByCountry(many, { ...en, top: 5 });
    expect(svg.match(/class="chart-bar"/g)).toHaveLength(5);
    expect(texts(svg)).toContain('7 other countries (see table)');
    // The seven hidden countries are counted, not summed: outside the source line, the SVG's text
    // holds the five shown figures and the count, and no other number (a sum, 644, would be one).
    const plotted = svg.replace(/<text[^>]*class="chart-source[^"]*"[^>]*>.*?<\/text>/g, '');
    const numbers = texts(plotted).flatMap((t) => t.match(/\d[\d,.]*/g) ?? []);
    expect(numbers.sort()).toEqual(['100', '96', '97', '98', '99', '7'].sort());
    // Every country keeps its own row and figure in the table.
    expect(table.rows).toHaveLength(12);
    expect(table.rows.map((row) => row[2])).toEqual([100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89]);
  });

  it('uses the locale for country names and the plural', () => {
    const many = SERVERS_BY_COUNTRY.map((d) => ({ ...d }));
    expect(texts(barsByCountry(many, { ...en, locale: 'fr', top: 3 }).svg)).toEqual(
      expect.arrayContaining(['États-Unis', '2 autres pays (voir le tableau)']),
    );
    expect(texts(barsByCountry(many, { ...en, locale: 'it', top: 4 }).svg)).toContain('Un altro paese (vedi tabella)');
  });
});

describe('world map', () => {
  const en = { ...base, locale: 'en' as const };

  it('shades countries by power-of-ten class and hatches those with no data', () => {
    const { svg } = worldMap(SERVERS_BY_COUNTRY, en);
    expect(svg).toMatch(/<path d="[^"]+" fill="var\(--chart-seq-5, #[0-9a-f]{6}\)" class="c2" data-code="US">/);
    expect(svg).toMatch(/class="c0" data-code="CH"/);
    expect(svg).toMatch(/fill="url\(#fig-nodata\)" class="nodata" data-code="DE"/);
    expect(texts(svg)).toEqual(expect.arrayContaining(['1–10', '10–100', '100–1,000', 'No data']));
  });

  it('tells zero apart from no data in the map and the legend', () => {
    const withZero = [...SERVERS_BY_COUNTRY, { ...FRANCE_IMAGES[0], country: 'DE', value: 0, qualifier: 'exact' as const }];
    const { svg } = worldMap(withZero as CountryValue[], en);
    expect(svg).toMatch(/class="zero" data-code="DE"/);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Zero', 'No data']));
    expect(texts(worldMap(SERVERS_BY_COUNTRY, en).svg)).not.toContain('Zero');
  });

  it('names countries too small for the 1:110m outlines instead of dropping them', () => {
    const withSingapore = [...SERVERS_BY_COUNTRY, { ...SERVERS_BY_COUNTRY[0], country: 'SG', value: 3 } as CountryValue];
    expect(texts(worldMap(withSingapore, en).svg)).toContain('Too small for this map: Singapore (3)');
  });

  it('stays under 100 KB', () => {
    expect(worldMap(SERVERS_BY_COUNTRY, en).svg.length).toBeLessThan(100_000);
  });

  it('comes apart for a page as a picture without words, and its key, notes and source as text', () => {
    const withSingapore = [...SERVERS_BY_COUNTRY, { ...SERVERS_BY_COUNTRY[0], country: 'SG', value: 3 } as CountryValue];
    const { svg, picture } = worldMap(withSingapore, en);
    if (!picture) throw new Error('the map has no picture');
    // The same countries in the same colours, so the image and the download agree; no word scales with the image.
    const fills = (x: string) => [...x.matchAll(/<path d="[^"]+" fill="([^"]+)" class="[^"]+" data-code="(\w+)"/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(fills(picture.svg)).toEqual(fills(svg));
    expect(fills(picture.svg).length).toBeGreaterThan(100);
    expect(picture.svg).not.toMatch(/<text\b/);
    expect(picture.svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(picture.svg).toContain('<title id="fig-picture-title">');
    // The key says what the download's legend says, in the same order, with the plain colours the picture shows.
    expect(picture.key.map((k) => k.text)).toEqual(['1–10', '10–100', '100–1,000', 'No data']);
    expect(texts(svg)).toEqual(expect.arrayContaining(picture.key.map((k) => k.text)));
    // Swatches in plain colours (an image cannot see the page's variables); the last is the map's hatch.
    expect(picture.key.at(-1)?.swatch).toMatch(/<pattern id="fig-key-3"[\s\S]*fill="#eeeeee"[\s\S]*fill="url\(#fig-key-3\)"/);
    for (const k of picture.key.slice(0, -1)) expect(k.swatch).toMatch(/^<svg width="14" height="14" aria-hidden="true" focusable="false"><rect [^>]*fill="#[0-9a-f]{6}"/);
    for (const k of picture.key) expect(k.swatch).not.toContain('var(');
    expect(picture.notes).toEqual(['Too small for this map: Singapore (3)']);
    expect(picture.source).toBe(`Source: ${en.source}`);
  });
});

describe('a dot row places its figure as near its mark as the column allows', () => {
  const row = (name: string, value: string, f: number, qualifier: Qualifier = 'exact', endF?: number) =>
    dotRow({ attr: 'data-id="x"', name, value, qualifier, f, endF, y: 0 }).parts.join('');
  const values = (svg: string) =>
    [...svg.matchAll(/<text ([^>]*)class="chart-value( c[nw])?"([^>]*)>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => ({
      variant: (m[2] ?? '').trim(),
      attrs: `${m[1]}${m[3]}`,
      text: m[4],
    }));

  it('beside the mark when it fits at 320 px, once', () => {
    const v = values(row('Source', '900,000', 0.2));
    expect(v).toEqual([{ variant: '', attrs: expect.stringContaining('x="20%"'), text: '900,000' }]);
  });

  it('at the end of the name line when neither side has room at 320 px but that line does; beside the mark from 42rem', () => {
    // At the middle of a 288 px plot, "more than 399 million" fits on neither side of its arrow, but after a short name.
    const v = values(row('01net', 'more than 399 million', 0.5, 'more-than'));
    expect(v.map((x) => x.variant)).toEqual(['cw', 'cn']);
    expect(v[0]?.attrs).toContain('x="50%"');
    expect(v[1]?.attrs).toContain('x="100%"');
    expect(v[1]?.attrs).toContain('display="none"');
  });

  it('under the mark at 320 px only when nothing else fits, and then the row is taller', () => {
    const long = 'A source whose name fills the narrow column';
    const { parts, height } = dotRow({ attr: 'data-id="x"', name: long, value: 'hundreds of thousands', qualifier: 'multiples-of', f: 0.3, endF: 0.6, y: 0 });
    const v = values(parts.join(''));
    expect(v.map((x) => x.variant)).toEqual(['cw', 'cn']);
    expect(v[0]?.attrs).toContain('x="60%"');
    expect(v[1]?.attrs).toContain('x="8"');
    expect(height).toBeGreaterThan(dotRow({ attr: '', name: 'S', value: '1', qualifier: 'exact', f: 0.1, endF: undefined, y: 0 }).height);
  });

  it('under the mark at every width when even 640 px has no room beside it or on the name line', () => {
    const v = values(row('A source whose name is long enough to fill a wide column on its own, or nearly', 'hundreds of thousands', 0, 'multiples-of', 1));
    expect(v).toEqual([{ variant: '', attrs: expect.stringContaining('x="8"'), text: 'hundreds of thousands' }]);
  });
});

describe('incident scale', () => {
  const en = { ...base, locale: 'en' as const };

  it('puts about 100,000 and about 400 million on one labelled log axis', () => {
    const { svg, table } = incidentScale(INCIDENT_SCALES, en);
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(['100K', '1M', '10M', '100M', '1B']));
    expect(t.join(' ')).toContain('log scale');
    expect(t).toEqual(expect.arrayContaining(['about 400 million', 'more than 2.6 million', 'nearly 900,000', 'hundreds of thousands']));
    expect(table.rows.map((row) => row[1])).toEqual([400_000_000, 2_600_000, 900_000, 100_000]);
    const ids = [...svg.matchAll(/class="chart-dot" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(INCIDENT_SCALES.map((d) => d.id));
  });

  it('draws the qualifier as a shape: arrow for more than, range for an order of magnitude', () => {
    const { svg } = incidentScale(INCIDENT_SCALES, en);
    const group = (id: string) => svg.slice(svg.indexOf(`data-id="${id}"`), svg.indexOf('</g>', svg.indexOf(`data-id="${id}"`)));
    expect(group('greenbone-2019-france')).toContain('<polygon');
    expect(group('greenbone-2019-images')).not.toContain('<polygon');
    // The order of magnitude is a range from its value to ten times it: a line between two percentages.
    const range = /<line x1="([\d.]+)%" y1="([\d.]+)" x2="([\d.]+)%" y2="\2"/.exec(group('nextmotion-2020-images'));
    expect(Number(range?.[3])).toBeGreaterThan(Number(range?.[1]));
    // and its figure is drawn in full (the NextMotion page once showed a stray "…" instead).
    expect(texts(group('nextmotion-2020-images'))).toContain('hundreds of thousands');
  });
});

describe('data-type matrix', () => {
  it('marks exposed types with a filled cell and a tick, not colour alone', () => {
    const { svg, table } = dataTypeMatrix(DATA_TYPES_BY_INCIDENT, { ...base, locale: 'en' });
    expect(table.columns.slice(0, 5)).toEqual([
      'Incident',
      'Face photos',
      'Intimate or body photos',
      'Patient photos and videos',
      'Medical images',
    ]);
    expect(table.rows[0]?.slice(0, 5)).toEqual(['NextMotion 2020', 'yes', 'yes', 'yes', 'no']);
    expect(table.rows[1]?.slice(0, 5)).toEqual(['Greenbone PACS study 2019', 'no', 'no', 'no', 'yes']);
    const ticks = (svg.match(/✓/g) ?? []).length;
    const yes = table.rows.flat().filter((v) => v === 'yes').length;
    expect(ticks).toBe(yes);
  });

  it('takes its columns from the schema vocabulary in the locale', () => {
    const { table } = dataTypeMatrix(DATA_TYPES_BY_INCIDENT, { ...base, locale: 'it', columns: ['identity', 'face-photos'] });
    expect(table.columns).toEqual(['Incidente', 'Identità', 'Foto del volto']);
  });
});

describe('timeline', () => {
  it('draws each event with its own shape, and a partial date as a range from its start', () => {
    const { svg, table } = timeline(TIMELINE, { ...base, locale: 'en' });
    expect(svg).toMatch(/<g class="ev-occurred"><title>Began: July 2019<\/title><svg [^>]+><circle/);
    expect(svg).toMatch(/<g class="ev-made_public"><title>Made public: September 17, 2019<\/title><svg [^>]+><path/);
    expect(svg).toMatch(/<g class="ev-secured"><title>Secured: January 2020<\/title><svg [^>]+><rect/);
    // "2019-07" is a month: a line spans it; "2019-09-17" is a day: no line.
    expect((svg.match(/stroke-width="3" stroke-opacity="0.55"/g) ?? []).length).toBe(5);
    expect(table.rows).toEqual([
      ['Greenbone PACS study 2019', 'July 2019', '', '', 'September 17, 2019'],
      ['NextMotion 2020', '', 'January 2020', 'January 2020', 'February 2020'],
    ]);
  });
});

describe('source disagreement', () => {
  const en = { ...base, locale: 'en' as const };

  it('shows a dot per source, lowest first, labelled with figure and publisher', () => {
    const { svg, table } = sourceDisagreement(IMAGES_BY_SOURCE, en);
    const sources = [...svg.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['journaldugeek', '01net', 'auntminnie']);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Journal du Geek', 'more than 389 million', '01net', 'more than 399 million', 'AuntMinnie', 'about 400 million']),
    );
    expect(table.rows.map((row) => row[0])).toEqual(['Journal du Geek', '01net', 'AuntMinnie']);
    expect(svg).toMatch(/<desc[^>]*>[^<]*the largest is 2.8% above the smallest/);
  });

  it('keeps the lowest and the highest when there are more sources than dots', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ source: `s${i}`, publisher: `P${i}`, value: 1000 + i, qualifier: 'exact' as const }));
    const { svg, table } = sourceDisagreement(many, { ...en, limit: 5 });
    const drawn = [...svg.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn).toHaveLength(5);
    expect(drawn[0]).toBe('s0');
    expect(drawn[4]).toBe('s39');
    // Notes wrap to the narrowest column rather than being shortened.
    expect(texts(svg).join(' ')).toContain('35 more sources between these (see table)');
    expect(table.rows).toHaveLength(40);
  });

  it('switches to a log axis when the figures differ tenfold or more', () => {
    const wide = [...IMAGES_BY_SOURCE, { source: 'x', publisher: 'Early report', value: 1_000_000, qualifier: 'exact' as const }];
    expect(texts(sourceDisagreement(wide, en).svg).join(' ')).toContain('log scale');
    expect(texts(sourceDisagreement(IMAGES_BY_SOURCE, en).svg).join(' ')).not.toContain('log scale');
  });
});

describe('every chart', () => {
  const nasty = 'Leak <script>alert("x")</script> & Co\'s';
  const render = (title: string, label: string): Record<string, ChartResult> => {
    const o = { ...base, locale: 'en' as const, title };
    return {
      bars: barsByCountry([{ ...SERVERS_BY_COUNTRY[0], label } as CountryValue], o),
      map: worldMap([{ ...SERVERS_BY_COUNTRY[0], label } as CountryValue], o),
      scale: incidentScale([{ ...INCIDENT_SCALES[0], label } as (typeof INCIDENT_SCALES)[0]], o),
      matrix: dataTypeMatrix([{ id: 'a', label, dataTypes: ['names'] }], o),
      timeline: timeline([{ id: 'a', label, dates: { made_public: '2020' } }], o),
      disagreement: sourceDisagreement([{ ...IMAGES_BY_SOURCE[0], publisher: label } as (typeof IMAGES_BY_SOURCE)[0]], o),
    };
  };

  it('escapes every text from data, so <script> and & render as text', () => {
    for (const [name, { svg }] of Object.entries(render(nasty, nasty))) {
      expect(svg, name).not.toContain('<script');
      expect(svg, name).toContain('Leak &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s');
      expectWellFormed(svg);
    }
  });

  it('is deterministic', () => {
    const a = render('T', 'L');
    const b = render('T', 'L');
    for (const name of Object.keys(a)) expect(a[name]?.svg).toBe(b[name]?.svg);
  });

  it('keeps ids unique per idPrefix and safe for XML', () => {
    const one = barsByCountry(SERVERS_BY_COUNTRY, { ...base, locale: 'en', idPrefix: 'one' }).svg;
    const two = worldMap(SERVERS_BY_COUNTRY, { ...base, locale: 'en', idPrefix: '2 "two"' }).svg;
    expect(one).toContain('id="one-title"');
    expect(two).toContain('id="c-2--two--title"');
    expect(two).toContain('url(#c-2--two--nodata)');
  });

  it('gives a clear "no data" chart for an empty dataset', () => {
    const o = { ...base, locale: 'fr' as const };
    const charts = [
      barsByCountry([], o),
      worldMap([], o),
      incidentScale([], o),
      dataTypeMatrix([], o),
      timeline([], o),
      sourceDisagreement([], o),
    ];
    for (const { svg, table } of charts) {
      expectWellFormed(svg);
      expect(texts(svg)).toContain('Aucune donnée à afficher');
      expect(svg).toMatch(/<desc[^>]*>[^<]*aucune donnée à afficher\.<\/desc>/);
      expect(table.rows).toEqual([]);
    }
  });

  it('draws a single country, a missing value, a huge value and a very long label readably', () => {
    const long = 'A'.repeat(60) + ' '.repeat(1) + 'b'.repeat(139);
    const data: CountryValue[] = [
      { country: 'US', value: 1e12, qualifier: 'about', source: 's', asOf: '2020' },
      { country: 'FR', value: null, qualifier: 'exact', source: 's', asOf: '2020' },
      { country: 'IT', value: 5, qualifier: 'exact', label: long, source: 's', asOf: '2020' },
    ];
    const o = { ...base, locale: 'en' as const };
    const bars = barsByCountry(data, o);
    expectWellFormed(bars.svg);
    expect(texts(bars.svg)).toEqual(expect.arrayContaining(['about 1 trillion', '1 country affected, no figure given']));
    const truncated = texts(bars.svg).find((t) => t.startsWith('AAAA'));
    expect(truncated?.endsWith('…')).toBe(true);
    expect(bars.svg).toContain(`<title>${long}</title>`);
    expect(bars.table.rows.map((row) => row[2])).toEqual([1e12, 5, '']);

    const single = barsByCountry([FRANCE_IMAGES[0] as CountryValue], o);
    expect(single.svg.match(/class="chart-bar"/g)).toHaveLength(1);

    expectWellFormed(worldMap(data, o).svg);
    const scale = incidentScale(
      [
        { id: 'huge', label: long, value: 1e12, qualifier: 'exact' },
        { id: 'none', label: 'No figure', value: null, qualifier: 'exact' },
        { id: 'bad', label: 'Bad', value: Number.NaN, qualifier: 'exact' },
      ],
      o,
    );
    expectWellFormed(scale.svg);
    expect(texts(scale.svg).join(' ')).toContain('2 incidents without a figure to place (see table)');
    expectWellFormed(timeline([{ id: 'x', label: long, dates: { occurred: 'soon', made_public: '2021' } }], o).svg);
    expectWellFormed(sourceDisagreement([{ source: 'a', publisher: long, value: 1e12, qualifier: 'up-to' }], o).svg);
  });

  it('limits rows at scale and counts the rest', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, label: `Incident ${i}`, value: (i + 1) * 1000, qualifier: 'exact' as const }));
    const { svg, table } = incidentScale(many, { ...base, locale: 'en', limit: 10 });
    expect(svg.match(/class="chart-dot"/g)).toHaveLength(10);
    expect(texts(svg).join(' ')).toContain('and 490 more incidents (see table)');
    expect(table.rows).toHaveLength(500);
  });

  it('writes CSV that survives commas, quotes and spreadsheet formulas', () => {
    const { csv } = barsByCountry(
      [{ country: 'FR', value: 7, qualifier: 'exact', label: '=HYPERLINK("x"), France', source: 'A, "B"', asOf: '2019' }],
      { ...base, locale: 'en' },
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x""), France",FR,7,exactly (as stated),7,"A, ""B""",2019`);
  });
});
