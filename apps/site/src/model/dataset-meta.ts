/**
 * Citation metadata for machines (issue 17): schema.org Dataset JSON-LD for
 * the data page, and Highwire-style `citation_*` meta tags for incident pages
 * (read by Zotero, Mendeley and Google Scholar). Pure functions of the dataset.
 */
import { DATA_LICENSE, type Dataset, SQLITE_FILE, TABLES } from '@atlas/data';
import type { Incident } from '@atlas/schema';
import { frozenDataUrl, incidentUrl } from './cite.ts';
import { localized } from './format.ts';
import { type Locale, SITE_ORIGIN, siteUrl } from './locale.ts';

const ENCODING: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  sqlite: 'application/vnd.sqlite3',
};

/** Every file of /data/, in the order of the data page: the JSON, the CSV tables, the data package, SQLite, the JSON Schema. */
export function dataFiles(): string[] {
  return ['incidents.json', ...TABLES.map((t) => t.file), 'datapackage.json', SQLITE_FILE, 'incident.schema.json'];
}

/** The range of the records' public dates, as schema.org temporalCoverage ("2017/2025"). */
function temporalCoverage(dataset: Dataset): string {
  const years = dataset.incidents.map((i) => i.dates.made_public.slice(0, 4)).sort();
  return `${years[0]}/${years[years.length - 1]}`;
}

/** schema.org Dataset, as JSON text safe inside <script type="application/ld+json"> (no `<` left unescaped). */
export function datasetJsonLd(dataset: Dataset, locale: Locale, name: string, description: string): string {
  const { version, modified } = dataset.info;
  const countries = [...new Set(dataset.incidents.flatMap((i) => i.countries))].sort();
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: siteUrl(locale, '/data/'),
    identifier: frozenDataUrl(version),
    version,
    dateModified: modified,
    inLanguage: ['en', 'fr', 'it'],
    isAccessibleForFree: true,
    license: DATA_LICENSE.url,
    creator: { '@type': 'Organization', name: 'Patient Privacy Atlas contributors', url: SITE_ORIGIN },
    temporalCoverage: temporalCoverage(dataset),
    spatialCoverage: countries.map((c) => ({ '@type': 'Country', name: c })),
    distribution: dataFiles().map((file) => ({
      '@type': 'DataDownload',
      name: file,
      contentUrl: `${frozenDataUrl(version)}${file}`,
      encodingFormat: ENCODING[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
    })),
  };
  return JSON.stringify(ld).replace(/</g, '\\u003c');
}

/** `citation_*` meta tags of an incident page, for reference managers. */
export function citationMeta(incident: Incident, locale: Locale, version: string): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: localized(incident.title, locale).text },
    { name: 'citation_author', content: 'Patient Privacy Atlas contributors' },
    { name: 'citation_publication_date', content: incident.record.added.replaceAll('-', '/') },
    { name: 'citation_online_date', content: incident.record.modified.replaceAll('-', '/') },
    { name: 'citation_publisher', content: 'Patient Privacy Atlas' },
    { name: 'citation_public_url', content: incidentUrl(incident.id, locale) },
    { name: 'citation_language', content: locale },
    { name: 'citation_technical_report_number', content: `dataset version ${version}` },
  ];
}
