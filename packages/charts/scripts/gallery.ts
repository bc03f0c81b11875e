/**
 * Writes every chart, in every locale, to gallery/index.html (git-ignored),
 * once on a light and once on a dark background, for a reviewer to look at.
 * Run: npm run gallery -w @atlas/charts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DATA_ROWS,
  DATA_TYPES_BY_INCIDENT,
  FRANCE_IMAGES,
  GROUPED_INCIDENTS,
  IMAGES_BY_SOURCE,
  INCIDENT_SCALES,
  INCIDENTS_BY_COUNTRY,
  LOCALES,
  PAIRED,
  SECTOR_TERMS,
  SERVERS_BY_COUNTRY,
  TIMELINE,
  TITLES,
  UNITS,
  YEAR_INCIDENTS,
  YEAR_NOTES,
} from '../test/fixtures.ts';
import {
  barsByCountry,
  type ChartResult,
  crossCounts,
  dataTypeMatrix,
  esc,
  incidentScale,
  incidentsByYear,
  pairedFigures,
  sourceDisagreement,
  timeline,
  worldMap,
} from '../src/index.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'gallery');
mkdirSync(out, { recursive: true });

const sections: string[] = [];
for (const locale of LOCALES) {
  const o = { locale, source: 'Greenbone Networks, 2019' };
  const charts: [string, ChartResult][] = [
    ['bars', barsByCountry(SERVERS_BY_COUNTRY, { ...o, idPrefix: `bars-${locale}`, title: TITLES.bars?.[locale] })],
    ['bars (one country)', barsByCountry(FRANCE_IMAGES, { ...o, idPrefix: `bars1-${locale}` })],
    ['world map', worldMap(SERVERS_BY_COUNTRY, { ...o, idPrefix: `map-${locale}`, title: TITLES.map?.[locale] })],
    [
      'incident scale',
      incidentScale(INCIDENT_SCALES, { ...o, idPrefix: `scale-${locale}`, title: TITLES.scale?.[locale], axisLabel: UNITS[locale].imagesOrFiles }),
    ],
    ['data-type matrix', dataTypeMatrix(DATA_TYPES_BY_INCIDENT, { ...o, idPrefix: `matrix-${locale}`, title: TITLES.matrix?.[locale] })],
    ['timeline', timeline(TIMELINE, { ...o, idPrefix: `timeline-${locale}`, title: TITLES.timeline?.[locale] })],
    [
      'source disagreement',
      sourceDisagreement(IMAGES_BY_SOURCE, {
        ...o,
        idPrefix: `sources-${locale}`,
        title: TITLES.disagreement?.[locale],
        axisLabel: UNITS[locale].images,
      }),
    ],
    // Issue 16: the overview charts (counts of incidents) and the small multiples.
    ['incidents by year', incidentsByYear(YEAR_INCIDENTS, { ...o, idPrefix: `years-${locale}`, categories: SECTOR_TERMS[locale], yearNote: YEAR_NOTES[locale] })],
    ['cross counts', crossCounts(GROUPED_INCIDENTS, { ...o, idPrefix: `cross-${locale}`, rows: DATA_ROWS[locale], columns: SECTOR_TERMS[locale], rowHeader: '' })],
    ['world map of incidents', worldMap(INCIDENTS_BY_COUNTRY, { ...o, idPrefix: `mapcount-${locale}`, measure: 'incidents' })],
    ['paired figures', pairedFigures(PAIRED, { ...o, idPrefix: `paired-${locale}` })],
  ];
  for (const [name, chart] of charts) {
    const file = `${name.replace(/\W+/g, '-')}-${locale}.svg`;
    writeFileSync(join(out, file), chart.svg);
    const head = chart.table.columns.map((c) => `<th>${esc(c)}</th>`).join('');
    const body = chart.table.rows.map((row) => `<tr>${row.map((v) => `<td>${esc(String(v))}</td>`).join('')}</tr>`).join('');
    sections.push(
      `<section><h2>${esc(name)} · ${locale}</h2><div class="pair"><figure class="light">${chart.svg}</figure><figure class="dark">${chart.svg.replaceAll(`id="`, 'id="d-').replaceAll('url(#', 'url(#d-').replace(/aria-labelledby="([^"]+)"/, (_, ids: string) => `aria-labelledby="${ids.split(' ').map((i) => `d-${i}`).join(' ')}"`)}</figure></div><details><summary>table</summary><table><tr>${head}</tr>${body}</table></details></section>`,
    );
  }
}

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>@atlas/charts gallery</title>
<style>
body{font-family:system-ui,sans-serif;margin:1rem;max-width:1100px}
.pair{display:flex;gap:1rem;flex-wrap:wrap}
figure{margin:0;padding:.5rem;width:400px}
.light{background:#fff;color:#1a1a1a}
.dark{background:#121212;color:#eee;--chart-surface:#121212;--chart-border:#121212;--chart-muted:#a0a0a0;--chart-grid:#8a8a8a;--chart-bar:#56B4E9;--chart-nodata-bg:#2a2a2a;--chart-nodata:#666;--chart-zero:#555;--chart-on-bar:#121212;--chart-seq-1:#1d3a55;--chart-seq-2:#245d8a;--chart-seq-3:#3a86c0;--chart-seq-4:#74b3e0;--chart-seq-5:#b9dcf5}
table{border-collapse:collapse;font-size:.8rem}td,th{border:1px solid #ccc;padding:2px 4px}
</style>
<h1>@atlas/charts gallery</h1><p>Left: light. Right: dark (the site sets CSS custom properties). Each chart is 400 units wide; try a 320 px viewport.</p>
${sections.join('\n')}
</html>
`,
);
console.log(`wrote ${sections.length} charts to ${out}/index.html`);
