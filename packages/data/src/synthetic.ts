/**
 * Deterministic synthetic incidents for benchmarks and scale tests. The same
 * count and seed always give the same files, and every record is valid.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_TYPES, type Incident, SCHEMA_VERSION, SECTORS, SOURCE_TYPES, VECTORS } from '@atlas/schema';
import { stringify } from 'yaml';

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'FR', 'IT', 'DE', 'GB', 'ES', 'IN', 'TR', 'BR', 'AU', 'CA', 'CH', 'NL', 'BE', 'JP', 'ZA', 'MX', 'SE', 'PL', 'PT'];
const METRICS = ['images', 'records', 'files', 'patients', 'servers'] as const;
const QUALIFIERS = ['exact', 'about', 'more-than', 'nearly', 'at-least', 'up-to'] as const;
const WORDS = ['cloud', 'archive', 'portal', 'imaging', 'clinic', 'records', 'backup', 'server', 'photo', 'lab'];

/** Builds synthetic incident n (0-based) of a dataset generated with `seed`. */
export function syntheticIncident(n: number, seed = 1): Incident {
  const r = rng(seed * 1_000_003 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const year = 2010 + Math.floor(r() * 15);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  const id = `synthetic-${String(n).padStart(6, '0')}-${year}`;
  const countries = [...new Set([pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)].slice(0, 1 + Math.floor(r() * 3)))];
  const word = `${pick(WORDS)} ${pick(WORDS)}`;
  const sources = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({
    id: `source-${k + 1}`,
    url: `https://news.example.org/${year}/${id}/${k + 1}`,
    title: `Report ${k + 1} on the ${word} exposure`,
    publisher: `Publisher ${1 + Math.floor(r() * 50)}`,
    published: `${year}-${month}-${day}`,
    language: pick(['en', 'fr', 'it', 'de']),
    type: k === 0 ? 'primary-report' : pick(SOURCE_TYPES.map((t) => t.id).filter((t) => t !== 'primary-report')),
  }));
  const figures: Incident['figures'] = [];
  for (const metric of METRICS) {
    if (r() < 0.4) continue;
    const base = Math.round(10 ** (2 + r() * 7));
    for (const s of sources) {
      // Sources mostly agree; about one in four reports a rounded or qualified version.
      const disagrees = figures.length > 0 && r() < 0.25;
      const value = disagrees ? Math.round(base / 1000) * 1000 || base : base;
      const qualifier = disagrees ? pick(QUALIFIERS) : 'exact';
      figures.push({
        id: `${metric}-world-${s.id}`,
        metric,
        value,
        qualifier,
        scope: 'world',
        as_of: `${year}-${month}`,
        role: 'exposure',
        source: s.id,
        evidence: `${value} ${metric} were exposed`,
        ...(s.id === 'source-1' ? { preferred: true } : {}),
      });
    }
    const country = countries[0] as string;
    figures.push({
      id: `${metric}-${country.toLowerCase()}-source-1`,
      metric,
      value: Math.max(0, Math.floor(base / 3)),
      qualifier: 'exact',
      scope: country as Incident['figures'][number]['scope'],
      as_of: `${year}-${month}`,
      role: 'exposure',
      source: 'source-1',
      evidence: `${Math.floor(base / 3)} ${metric} in one country`,
    });
  }
  return {
    id,
    schema_version: SCHEMA_VERSION,
    status: 'active',
    kind: r() < 0.8 ? 'incident' : 'study',
    title: { en: `Synthetic ${word} exposure ${n}`, fr: `Exposition synthétique ${n}` },
    summary: { en: `A generated record used to measure the atlas at scale. It describes an exposed ${word}.` },
    sector: pick(SECTORS.map((s) => s.id)),
    organisations: [{ name: `Organisation ${n}`, country: countries[0] as Incident['countries'][number], role: 'clinic' }],
    countries: countries as Incident['countries'],
    dates: { occurred: `${year}`, discovered: `${year}-${month}`, made_public: `${year}-${month}-${day}` },
    vector: pick(VECTORS.map((v) => v.id)),
    data_types: [...new Set([pick(DATA_TYPES.map((d) => d.id)), pick(DATA_TYPES.map((d) => d.id))])],
    figures,
    sources: sources as Incident['sources'],
    record: { added: '2026-01-01', modified: `2026-0${1 + (n % 9)}-15` },
  };
}

/** Writes `count` synthetic incident files into `dir` (emptied first) and returns their paths. */
export function writeSyntheticIncidents(dir: string, count: number, seed = 1): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let n = 0; n < count; n++) {
    const incident = syntheticIncident(n, seed);
    const path = join(dir, `${incident.id}.yaml`);
    writeFileSync(path, stringify(incident, { lineWidth: 0 }));
    paths.push(path);
  }
  return paths;
}
