/**
 * Renders each chart for 10,000 synthetic incidents (and 250 countries) and
 * prints milliseconds per chart and SVG bytes. Figures only, no pass/fail:
 * the targets are under 50 ms and under 100 KB per chart.
 * Run: npm run bench -w @atlas/charts
 */
import { performance } from 'node:perf_hooks';
import countries from 'i18n-iso-countries';
import {
  barsByCountry,
  type ChartResult,
  type CountryValue,
  dataTypeMatrix,
  type IncidentDataTypes,
  type IncidentScale,
  type Qualifier,
  type SourceValue,
  sourceDisagreement,
  type TimelineIncident,
  timeline,
  incidentScale,
  worldMap,
} from '../src/index.ts';

/** A small deterministic generator, so every run measures the same data. */
let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const N = 10_000;
const QUALIFIERS: Qualifier[] = ['exact', 'about', 'more-than', 'nearly', 'at-least', 'up-to'];
const TYPES = ['face-photos', 'intimate-body-photos', 'medical-images', 'names', 'birth-dates', 'contact-details', 'invoices-billing', 'credentials'];
const codes = Object.keys(countries.getAlpha2Codes()).sort().slice(0, 250);
const day = (y: number) => `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

const byCountry: CountryValue[] = codes.map((country) => ({
  country,
  value: random() < 0.05 ? null : Math.round(10 ** (random() * 7)),
  qualifier: pick(QUALIFIERS),
  source: 'Synthetic',
  asOf: '2024',
}));
const scales: IncidentScale[] = Array.from({ length: N }, (_, i) => ({
  id: `incident-${i}`,
  label: `Incident ${i}`,
  value: Math.round(10 ** (2 + random() * 7)),
  qualifier: random() < 0.05 ? 'multiples-of' : pick(QUALIFIERS),
}));
for (const s of scales) if (s.qualifier === 'multiples-of') s.value = 10 ** Math.round(Math.log10(s.value ?? 1));
const matrix: IncidentDataTypes[] = scales.map((s) => ({ id: s.id, label: s.label, dataTypes: TYPES.filter(() => random() < 0.4) }));
const events: TimelineIncident[] = scales.map((s) => {
  const y = 2010 + Math.floor(random() * 15);
  return { id: s.id, label: s.label, dates: { occurred: String(y), discovered: `${y + 1}-03`, made_public: day(y + 1) } };
});
const sources: SourceValue[] = Array.from({ length: N }, (_, i) => ({
  source: `s${i}`,
  publisher: `Publisher ${i}`,
  value: Math.round(3.8e8 + random() * 2e7),
  qualifier: pick(QUALIFIERS),
}));

const o = { locale: 'en' as const, source: 'Synthetic data', idPrefix: 'bench' };
const cases: [string, () => ChartResult][] = [
  ['bars by country (250 countries)', () => barsByCountry(byCountry, o)],
  ['world map (250 countries)', () => worldMap(byCountry, o)],
  ['incident scale (10,000 incidents)', () => incidentScale(scales, o)],
  ['data-type matrix (10,000 incidents)', () => dataTypeMatrix(matrix, o)],
  ['timeline (10,000 incidents)', () => timeline(events, o)],
  ['source disagreement (10,000 sources)', () => sourceDisagreement(sources, o)],
];

const RUNS = 10;
console.log(`chart${' '.repeat(36)}first ms  median ms   SVG bytes   CSV bytes`);
for (const [name, render] of cases) {
  let t = performance.now();
  const first = render();
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    render();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  console.log(
    `${name.padEnd(41)}${firstMs.toFixed(1).padStart(8)}${median.toFixed(1).padStart(11)}${String(Buffer.byteLength(first.svg)).padStart(12)}${String(Buffer.byteLength(first.csv)).padStart(12)}`,
  );
}
