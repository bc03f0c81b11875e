/**
 * "Cite this" texts, built from the records by pure functions (after Our
 * World in Data): a figure citation names the source first, since the figure
 * is the source's statement; the incident citation names the atlas, the
 * dataset version and the access date.
 */
import type { FigureRecord } from '@atlas/data';
import type { Incident } from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { figureLabel, localized, metricLabel, partialDate, scopeName } from './format.ts';
import { type Locale, SITE_ORIGIN, siteUrl } from './locale.ts';

export interface CiteContext {
  locale: Locale;
  version: string;
  /** YYYY-MM-DD */
  accessed: string;
}

const lower = (s: string, locale: Locale) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);

/** The frozen copy of a dataset version: its files never change once published (docs/data-guidelines.md). */
export function frozenDataUrl(version: string): string {
  return `${SITE_ORIGIN}/data/v/${version}/`;
}

/** "dataset version <v> (<frozen URL>)": every citation names the frozen version it was read from. */
function versionPhrase(ctx: CiteContext): string {
  return `${t(ctx.locale).cite.datasetVersion} ${ctx.version} (${frozenDataUrl(ctx.version)})`;
}

export function incidentUrl(id: string, locale: Locale): string {
  return siteUrl(locale, `/incidents/${id}/`);
}

export function figureCitation(rec: FigureRecord, incident: Incident, ctx: CiteContext): string {
  const m = t(ctx.locale);
  const { figure: f, source: s } = rec;
  const what = `${figureLabel(f, ctx.locale)} ${lower(metricLabel(f.metric, ctx.locale), ctx.locale)}`;
  const where = `${scopeName(f.scope, ctx.locale)}, ${m.incident.colAsOf.toLocaleLowerCase(ctx.locale)} ${partialDate(f.as_of, ctx.locale)}`;
  const title = localized(incident.title, ctx.locale).text;
  return (
    `${what} (${where}), ${m.cite.reportedBy} ${s.publisher}, “${s.title}”, ${partialDate(s.published, ctx.locale)}, ${s.url}. ` +
    `${m.cite.via} ${m.site.name}, “${title}”, ${incidentUrl(incident.id, ctx.locale)}#fig-${f.id}, ` +
    `${versionPhrase(ctx)}, ${m.cite.accessed} ${ctx.accessed}.`
  );
}

export function incidentCitation(incident: Incident, ctx: CiteContext): string {
  const m = t(ctx.locale);
  const title = localized(incident.title, ctx.locale).text;
  const year = incident.record.modified.slice(0, 4);
  return `${m.site.name} (${year}). “${title}”. ${incidentUrl(incident.id, ctx.locale)}. ${versionPhrase(ctx)}, ${m.cite.accessed} ${ctx.accessed}.`;
}

/** Escapes BibTeX's special characters in a field value. */
const bib = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');

export function incidentBibtex(incident: Incident, ctx: CiteContext): string {
  const m = t(ctx.locale);
  const title = localized(incident.title, ctx.locale).text;
  return [
    `@misc{ppa-${incident.id},`,
    `  author = {{${bib(m.site.name)}}},`,
    `  title = {${bib(title)}},`,
    `  year = {${incident.record.modified.slice(0, 4)}},`,
    `  howpublished = {\\url{${incidentUrl(incident.id, ctx.locale)}}},`,
    `  note = {${bib(`${m.cite.datasetVersion} ${ctx.version}`)}, \\url{${frozenDataUrl(ctx.version)}}},`,
    `  urldate = {${ctx.accessed}},`,
    `  language = {${ctx.locale}}`,
    '}',
  ].join('\n');
}

export function datasetCitation(ctx: CiteContext): string {
  const m = t(ctx.locale);
  return `${m.site.name} (${ctx.version.slice(0, 4)}). ${siteUrl(ctx.locale, '/data/')}. ${versionPhrase(ctx)}, ${m.cite.accessed} ${ctx.accessed}. CC BY 4.0.`;
}
