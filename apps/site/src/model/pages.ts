/**
 * What each page shows, as plain data: every label formatted in the page's
 * language, every link resolved. The .astro files render these and decide
 * nothing. Shared parts (a text with its language, a link, a row of the
 * incidents table, a chart) are the types below.
 */
import { gzipSync } from 'node:zlib';
import type { ChartPicture } from '@atlas/charts';
import type { FigureRecord } from '@atlas/data';
import { DATA_TYPES, type Incident, type LocalizedText, OUTCOME_KINDS, STATUSES } from '@atlas/schema';
import { t } from '../i18n/index.ts';
import type { ChartPaths, ChartSpec } from './charts.ts';
import { chartPaths, siteSvg } from './charts.ts';
import { count, countryName, figureWithMetric, localized, partialDate, termLabel } from './format.ts';
import { type Locale, localePath, siteUrl } from './locale.ts';
import type { Views } from './views.ts';

/** A text in the page's language, or the English original: `lang` is set only when it differs from the page. */
export interface Text {
  text: string;
  lang: Locale | undefined;
  /** True when the page's language has no translation and `text` is the English original. */
  untranslated: boolean;
}

export function text(value: LocalizedText, locale: Locale): Text {
  const l = localized(value, locale);
  return { text: l.text, lang: l.lang === locale ? undefined : l.lang, untranslated: !l.translated };
}

export interface Link {
  href: string;
  label: string;
}

/** An incident's page in a locale. */
export const incidentPath = (locale: Locale, id: string, anchor?: string) => localePath(locale, `/incidents/${id}/${anchor ? `#${anchor}` : ''}`);
export const figureAnchor = (figureId: string) => `fig-${figureId}`;
export const countryPath = (locale: Locale, code: string) => localePath(locale, `/countries/${code.toLowerCase()}/`);
export const dataTypePath = (locale: Locale, type: string) => localePath(locale, `/data-types/${type}/`);

export const countryLink = (locale: Locale, code: string): Link => ({ href: countryPath(locale, code), label: countryName(code, locale) });
export const dataTypeLink = (locale: Locale, type: string): Link => ({ href: dataTypePath(locale, type), label: termLabel(DATA_TYPES, type, locale) });

/** A figure with what it counts, linked to its row: "more than 24 million" + " of " + "records". */
export interface FigureLink {
  href: string;
  number: string;
  /** The connector and the metric in lower case: " records", " d'images". */
  rest: string;
}

export function figureLink(rec: FigureRecord, locale: Locale): FigureLink {
  const fm = figureWithMetric(rec.figure, locale);
  return { href: incidentPath(locale, rec.incidentId, figureAnchor(rec.figure.id)), number: fm.number, rest: `${fm.joiner}${fm.metric}` };
}

/** One row of an incidents table. */
export interface IncidentRow {
  href: string;
  title: Text;
  /** The status, when not active ("withdrawn"). */
  status: string | undefined;
  madePublic: string;
  countries: Link[];
  dataTypes: Link[];
  headline: FigureLink | undefined;
  /** Schema 2: what happened next, as outcome kinds ("Fine", "Settlement"); counts stay counts of incidents. */
  outcomes: string[];
}

export function incidentRow(v: Views, incident: Incident, locale: Locale): IncidentRow {
  const h = v.headline(incident.id);
  return {
    href: incidentPath(locale, incident.id),
    title: text(incident.title, locale),
    status: incident.status === 'active' ? undefined : termLabel(STATUSES, incident.status, locale),
    madePublic: partialDate(incident.dates.made_public, locale),
    countries: incident.countries.map((c) => countryLink(locale, c)),
    dataTypes: incident.data_types.map((d) => dataTypeLink(locale, d)),
    headline: h ? figureLink(h, locale) : undefined,
    outcomes: OUTCOME_KINDS.filter((k) => v.outcomeKinds(incident.id).includes(k.id)).map((k) => k.label[locale]),
  };
}

export interface IncidentTableView {
  caption: string;
  rows: IncidentRow[];
}

/** Links to every page of a paged list. */
export interface PagerView {
  label: string;
  /** Empty when the list fits on one page. */
  pages: { href: string; label: string; current: boolean }[];
}

export function pager(locale: Locale, base: string, page: number, pages: number, label: string): PagerView {
  const path = (n: number) => localePath(locale, n <= 1 ? base : `${base}page/${n}/`);
  return {
    label,
    pages: pages > 1 ? Array.from({ length: pages }, (_, i) => ({ href: path(i + 1), label: count(i + 1, locale), current: i + 1 === page })) : [],
  };
}

/**
 * A chart whose SVG weighs more than this gzipped is not inlined: it would take
 * more than a third of the page budget of 14,600 bytes (scripts/budget.mjs).
 * Today only the world map (about 18 KB gzipped) is over; the heaviest other
 * chart is about 3.7 KB.
 */
export const CHART_INLINE_GZIP = 5000;

/**
 * Whether a chart is too heavy to inline: its size gzipped at level 9. A
 * level-1 pass, three times faster, decides first: on SVG text it compresses
 * no better than level 9 (none of the site's charts differs), so a chart
 * within the limit at level 1 is within it at level 9, and level 9 runs only
 * for the few that are not. At 10,000 incidents level 9 on every chart of the
 * incident and embed pages took about 7 s of the render's core.
 */
const tooHeavyToInline = (svg: string) => gzipSync(svg, { level: 1 }).length > CHART_INLINE_GZIP && gzipSync(svg, { level: 9 }).length > CHART_INLINE_GZIP;

/** The text of an SVG element's first <name>…</name>, XML entities decoded. */
function svgText(svg: string, name: 'title' | 'desc'): string {
  const raw = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(svg)?.[1] ?? '';
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** The <img> of a chart's download file: its alt is the SVG's own title and description, its size the viewBox. */
function chartImage(svg: string, src: string): NonNullable<ChartView['image']> {
  const [, , width = 0, height = 0] = (/\sviewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
  const alt = [svgText(svg, 'title'), svgText(svg, 'desc')].filter(Boolean).join('. ');
  if (!alt || !width || !height) throw new Error(`chart ${src}: an SVG shown as an image needs a title or desc and a viewBox`);
  return { src, alt, width, height };
}

/** One cell of a chart's data table. */
export interface ChartCell {
  text: string;
  /** Set when the cell is a link (a source's address). */
  href: string | undefined;
}

/** A chart as a page shows it: the SVG, its data table, downloads and embed snippet. */
export interface ChartView {
  id: string;
  title: string;
  /** The SVG inline in the page, or undefined when the page shows its file (`image`). */
  svg: string | undefined;
  /**
   * Set for a chart heavier than CHART_INLINE_GZIP (the world map): the page shows its download
   * file in an <img>, described by `alt` (the SVG's title and description), with the data table
   * inline, so the page itself stays within the one-round-trip budget (scripts/budget.mjs).
   */
  image: { src: string; alt: string; width: number; height: number } | undefined;
  /**
   * Set for a chart drawn as a picture that scales with its width (the map): its key, notes and
   * source line, which the page writes as text at its own sizes; the image (`picture.svg`) has no words.
   */
  key: { title: string | undefined; items: ChartPicture['key']; notes: string[]; source: string } | undefined;
  /** Set when the chart draws only part of the records. */
  capped: { text: string; dataHref: string; dataUrl: string } | undefined;
  table: { columns: { label: string; numeric: boolean }[]; rows: ChartCell[][] };
  paths: ChartPaths;
  /** The <iframe> to paste into another page. */
  snippet: string;
  /** The page that shows the chart, absolute (embeds link to it). */
  pageUrl: string;
}

export function chartView(spec: ChartSpec, locale: Locale): ChartView {
  const m = t(locale);
  const { columns, rows } = spec.result.table;
  const numeric = columns.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || r[c] === ''));
  const paths = chartPaths(locale, spec.id);
  const title = spec.title.replace(/"/g, '&quot;');
  const svg = siteSvg(spec.result.svg);
  const { picture } = spec.result;
  const image = picture ? chartImage(picture.svg, paths.picture) : tooHeavyToInline(svg) ? chartImage(svg, paths.svg) : undefined;
  return {
    id: spec.id,
    title: spec.title,
    svg: image ? undefined : svg,
    image,
    key: picture && { title: picture.keyTitle, items: picture.key, notes: picture.notes, source: picture.source },
    capped: spec.capped
      ? {
          text: m.chart.capped(count(spec.capped.shown, locale), count(spec.capped.total, locale)),
          dataHref: localePath(locale, '/data/'),
          dataUrl: siteUrl(locale, '/data/'),
        }
      : undefined,
    table: {
      columns: columns.map((label, i) => ({ label, numeric: numeric[i] === true })),
      rows: rows.map((r) =>
        r.map((cell) => {
          const s = String(cell);
          return { text: s, href: /^https:\/\//.test(s) ? s : undefined };
        }),
      ),
    },
    paths,
    snippet: `<iframe src="${siteUrl(locale, `/embed/${spec.id}/`)}" title="${title}" width="100%" height="520" loading="lazy"></iframe>`,
    pageUrl: siteUrl(locale, spec.page),
  };
}
