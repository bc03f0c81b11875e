/**
 * datapackage.json (Frictionless Data Package v2): every published table as a
 * resource with its Table Schema (from tables.ts), the licence, the version,
 * the contributors and the sources. Validated against the official profile
 * in test/profiles/ (see its ORIGIN.md).
 */
import type { Dataset } from './dataset.ts';
import { type Table, TABLES, tableSchema } from './tables.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const SITE_URL = 'https://patient-privacy-atlas.org';
/** The package name (lowercase, as the spec recommends). */
export const PACKAGE_NAME = 'patient-privacy-atlas';

function resource(t: Table): Record<string, unknown> {
  return {
    name: t.name,
    type: 'table',
    path: t.file,
    title: t.title,
    description: t.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    schema: tableSchema(t),
  };
}

/** Distinct source URLs, in dataset order, with their titles: where every figure comes from. */
function packageSources(dataset: Dataset): { title: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const { source } of dataset.sources) if (!seen.has(source.url)) seen.set(source.url, `${source.publisher}: ${source.title}`);
  return [...seen].map(([path, title]) => ({ title, path }));
}

export function dataPackage(dataset: Dataset): Record<string, unknown> {
  const { version, modified } = dataset.info;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: PACKAGE_NAME,
    title: 'Patient Privacy Atlas',
    description:
      'Publicly reported health-data exposures: every figure with its value, qualifier, scope, as-of date and source, and every disagreement between sources kept side by side. In English, French and Italian.',
    version,
    created: `${modified}T00:00:00Z`,
    homepage: `${SITE_URL}/data/`,
    id: `${SITE_URL}/data/v/${version}/`,
    keywords: ['health data', 'data breach', 'privacy', 'GDPR'],
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    contributors: [{ title: 'Patient Privacy Atlas contributors', path: SITE_URL, roles: ['creator'] }],
    sources: packageSources(dataset),
    resources: TABLES.map(resource),
  };
}
