/**
 * The site model: everything the site publishes, as pure functions of the
 * dataset and a locale. Astro's pages take their views from here as props
 * (getStaticPaths) and only render them; the build's sibling process
 * (scripts/side-outputs.ts) takes the search records, chart downloads and the
 * sitemap's list from the same model. Nothing here imports Astro or Vite, so
 * the model runs and is tested under plain Node.
 */
import { artifactMakers, type Dataset, incidentJson, SQLITE_FILE } from '@atlas/data';
import { DATA_TYPE_CATEGORIES, DATA_TYPES, type Incident, SECTORS, VECTORS } from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { type Facet, FACETS, groupBy } from './browse.ts';
import { type ChangeItem, changeItems, changelog, changePages, changesByVersion, type ChangelogDay, type DataVersion, regroup } from './changelog.ts';
import { Charts, incidentChartIds, OVERVIEW_CHARTS } from './charts.ts';
import { type CiteContext, datasetCitation } from './cite.ts';
import { datasetJsonLd } from './dataset-meta.ts';
import { count, countryName, figureLabel, labelled, longDate, metricLabel, partialDate, termLabel } from './format.ts';
import { type IncidentPartView, incidentPage, incidentPartPage } from './incident.ts';
import { collator, kilobytes } from './intl.ts';
import { LOCALES, type Locale, localeParam, localePath } from './locale.ts';
import {
  type ChartView,
  chartView,
  countryPath,
  dataTypePath,
  figureAnchor,
  type FigureLink,
  figureLink,
  type Link,
  type IncidentTableView,
  incidentPath,
  incidentRow,
  type PagerView,
  pager,
  type Text,
  text,
} from './pages.ts';
import { COUNTRY_PAGE_SIZE, countryPages, INCIDENT_PARTS, type IncidentPart, PAGE_SIZE, pageCount, pagedPath, pageSlice, partPages, partPath } from './paging.ts';
import { incidentRecord, type SearchRecord } from './search.ts';
import { type Views, views } from './views.ts';

/** A data type of the taxonomy, with its id typed. */
export type DataTypeEntry = (typeof DATA_TYPES)[number];

/** One route of a page file: its URL parameters and what the page shows, made when the page renders. */
export interface Route<V> {
  params: Record<string, string | undefined>;
  props: { locale: Locale; view: () => V };
  /** The page's path, with the locale prefix. */
  path: string;
  /** False for pages that stay out of the sitemap (embeds, redirects of merged records). */
  sitemap: boolean;
}

/** What a page component receives from its route: the locale, and its view made when it renders. */
export type RouteProps<V> = Route<V>['props'];

/** What a page component renders from its route's props: the locale, the view (made now) and the locale's words. */
export function pageOf<V>(props: RouteProps<V>): { locale: Locale; view: V; m: ReturnType<typeof t> } {
  return { locale: props.locale, view: props.view(), m: t(props.locale) };
}

export interface SiteOptions {
  /** The day of the build (YYYY-MM-DD, UTC): the access date in citations. */
  today: string;
}

export interface HomeView {
  headlines: { figure: FigureLink; title: Text; source: { href: string; hreflang: string | undefined; publisher: string; published: string } }[];
  scaleChart: ChartView;
  latest: IncidentTableView;
  browse: HomeBrowseView;
}

export interface IncidentIndexView {
  title: string;
  count: string;
  table: IncidentTableView;
  pager: PagerView;
  /** The timeline, on the first page only. */
  timeline: ChartView | undefined;
}

export interface CountryIndexView {
  map: ChartView;
  rows: { href: string; name: string; incidents: string; figures: string }[];
}

export interface CountryView {
  title: string;
  description: string;
  /** Absent on a further page that has no incidents left. */
  incidents: IncidentTableView | undefined;
  /** Absent on a further page that has no figures left; `empty` when the country has no figure at all. */
  figures: { caption: string; empty: boolean; rows: CountryFigureRow[] } | undefined;
  pager: PagerView;
}

export interface CountryFigureRow {
  href: string;
  figure: string;
  metric: string;
  asOf: string;
  incident: Text;
  source: { href: string; hreflang: string | undefined; publisher: string };
}

export interface DataTypesIndexView {
  rows: { href: string; label: string; category: string; incidents: string }[];
  matrix: ChartView;
}

export interface DataTypeView {
  title: string;
  description: string;
  category: string;
  /** The definition, on the first page only. */
  definition: string | undefined;
  /** Absent when no incident exposed the type. */
  incidents: IncidentTableView | undefined;
  pager: PagerView;
}

export interface DataPageView {
  downloads: { file: string; href: string; size: string | undefined; count: string | undefined; text: string }[];
  versionText: string;
  citation: string;
  /** schema.org Dataset JSON-LD (issue 17), JSON text for <script type="application/ld+json">. */
  jsonLd: string;
  frozenText: string;
  /** Between a download and its description: ": ", or "\u00a0: " in French. */
  colon: string;
}

// ---- dataset versions and changelog (issue 17)

/** A record named in the changelog, linked to its page (or to its corrections log). */
export interface ChangeEntryView {
  href: string;
  title: Text;
}

/** What changed on one day. */
export interface ChangeDayView {
  /** YYYY-MM-DD, for <time datetime>. */
  iso: string;
  date: string;
  added: ChangeEntryView[];
  modified: ChangeEntryView[];
  /** Each with the log's description, written in English. */
  corrections: (ChangeEntryView & { description: Text })[];
  /** What goes between a record's title and a correction: ": ", or " : " in French. */
  colon: string;
}

/** One version in a list: its name, date, records and page. */
export interface VersionRowView {
  version: string;
  href: string;
  date: string;
  records: string | undefined;
  current: boolean;
}

export interface VersionsView {
  rows: VersionRowView[];
}

/** One page of the changelog: its versions (with an anchor each) and their days; the pager when there are several pages. */
export interface ChangelogView {
  title: string;
  versions: (VersionRowView & { anchor: string; days: ChangeDayView[] })[];
  pager: PagerView;
}

/** The page of one frozen version, at the URL citations name. */
export interface VersionView {
  row: VersionRowView;
  files: { file: string; href: string }[];
  citation: string;
  /** Per day, how many records were added, updated and corrected: "45 records added, 2 records updated". */
  days: { iso: string; date: string; counts: string }[];
  /** The changelog page where the version's changes start, at its anchor. */
  changes: Link;
  /** What goes between a day and its counts: ": ", or " : " in French. */
  colon: string;
}

// ---- browsing by sector, vector and year (issue 14)

/** A facet's index: each of its keys with its page and its count of incidents. */
export interface FacetIndexView {
  facet: Facet;
  title: string;
  intro: string;
  caption: string;
  column: string;
  rows: { key: string; href: string; label: string; incidents: string; count: number }[];
  /** Issue 16: the overview chart of the facet (years: incidents per year by sector; vectors: vectors per year; sectors: data exposed by sector). */
  chart: ChartView;
}

/** The overview chart each facet's index shows (issue 16). */
export const FACET_CHART: Record<Facet, string> = {
  years: OVERVIEW_CHARTS.byYearSector,
  vectors: OVERVIEW_CHARTS.byYearVector,
  sectors: OVERVIEW_CHARTS.dataBySector,
};

/** One key of a facet (a sector, a vector, a year): its incidents, newest first, PAGE_SIZE per page. */
export interface FacetView {
  facet: Facet;
  key: string;
  title: string;
  description: string;
  heading: string;
  count: string;
  /** Absent when no incident has the key. */
  incidents: IncidentTableView | undefined;
  pager: PagerView;
  back: { href: string; label: string };
}

/** The home page's overview of the whole set: counts of incidents per sector and per year, and the national cases. */
export interface HomeBrowseView {
  sectors: FacetIndexView['rows'];
  years: FacetIndexView['rows'];
  vectors: FacetIndexView['rows'];
  /** Issue 16: links to the overview charts of the whole atlas, each on its index page (the home page stays in budget). */
  charts: { href: string; label: string }[];
  /** /fr/: the latest French cases; /it/: the latest Italian ones; absent in English. */
  national: { table: IncidentTableView; href: string; all: string } | undefined;
}

/** The country whose cases a locale's home page puts first. */
export const HOME_COUNTRY: Record<Locale, string | undefined> = { en: undefined, fr: 'FR', it: 'IT' };

export const facetPath = (locale: Locale, facet: Facet, key?: string) => localePath(locale, key === undefined ? `/${facet}/` : `/${facet}/${key}/`);

export function facetLabel(facet: Facet, key: string, locale: Locale): string {
  if (facet === 'sectors') return termLabel(SECTORS, key, locale);
  if (facet === 'vectors') return termLabel(VECTORS, key, locale);
  return key;
}

export interface EmbedView {
  chart: ChartView;
}

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/** A paged list's first page (its own route) or its further pages (page/[n]). */
export type Which = 'first' | 'further';

/** A feed carries recent changes, not the archive: its size stays the same at any dataset size. */
export const RSS_ITEMS = 50;

const perLocale = <V>(each: (locale: Locale) => Omit<Route<V>, 'params'> & { params?: Route<V>['params'] }): Route<V>[] =>
  LOCALES.map((locale) => {
    const r = each(locale);
    return { ...r, params: { ...r.params, locale: localeParam(locale) } };
  });

const perLocaleMany = <V>(each: (locale: Locale) => (Omit<Route<V>, 'params'> & { params: Route<V>['params'] })[]): Route<V>[] =>
  LOCALES.flatMap((locale) => each(locale).map((r) => ({ ...r, params: { ...r.params, locale: localeParam(locale) } })));

export class SiteModel {
  readonly views: Views;
  readonly charts: Charts;

  constructor(
    readonly dataset: Dataset,
    readonly options: SiteOptions,
  ) {
    this.views = views(dataset);
    this.charts = new Charts(dataset, this.views);
  }

  get version(): string {
    return this.dataset.info.version;
  }

  cite(locale: Locale): CiteContext {
    return { locale, version: this.version, accessed: this.options.today };
  }

  // ---- ids

  /** Records merged into another: their pages only redirect. */
  mergedIds(): string[] {
    return this.dataset.incidents.filter((i) => i.status === 'merged').map((i) => i.id);
  }

  /** Records withdrawn: their pages stay, saying so. */
  withdrawnIds(): string[] {
    return this.dataset.incidents.filter((i) => i.status === 'withdrawn').map((i) => i.id);
  }

  // ---- page views

  home(locale: Locale): HomeView {
    const m = t(locale);
    const active = this.views.active();
    // The six latest incidents that have a headline figure; the scale chart and the index show the rest.
    const headlines = active
      .flatMap((i) => {
        const h = this.views.headline(i.id);
        return h ? [{ incident: i, rec: h }] : [];
      })
      .slice(0, 6);
    return {
      headlines: headlines.map(({ incident, rec }) => ({
        figure: figureLink(rec, locale),
        title: text(incident.title, locale),
        source: { href: rec.source.url, hreflang: rec.source.language, publisher: rec.source.publisher, published: partialDate(rec.source.published, locale) },
      })),
      scaleChart: this.chart(locale, 'incident-scale'),
      latest: this.#table(active.slice(0, 5), m.home.latest, locale),
      browse: this.homeBrowse(locale),
    };
  }

  /** The whole set on the home page: counts of incidents (never sums of figures) per sector, vector and year, and the national cases. */
  homeBrowse(locale: Locale): HomeBrowseView {
    const m = t(locale);
    const nonEmpty = (facet: Facet) => this.facetIndex(locale, facet).rows.filter((r) => r.count > 0);
    const code = HOME_COUNTRY[locale];
    const national = code ? this.views.listedInCountry(code) : [];
    return {
      sectors: nonEmpty('sectors').sort((a, b) => b.count - a.count),
      vectors: nonEmpty('vectors').sort((a, b) => b.count - a.count),
      years: nonEmpty('years'),
      charts: [
        ...FACETS.map((facet) => {
          const id = FACET_CHART[facet];
          return { href: `${facetPath(locale, facet)}#chart-${id}`, label: this.charts.chart(locale, id).title };
        }),
        { href: `${localePath(locale, '/countries/')}#chart-countries-map`, label: m.countries.mapTitle },
      ],
      national:
        code && national.length > 0
          ? { table: this.#table(national.slice(0, 5), m.browse.home.national, locale), href: countryPath(locale, code), all: m.browse.home.nationalAll }
          : undefined,
    };
  }

  /** A facet's listed incidents by key, newest first (memoised per facet). */
  facetGroups(facet: Facet): Map<string, Incident[]> {
    let groups = this.#facetGroups.get(facet);
    if (!groups) {
      groups = groupBy(facet, this.views.listed());
      this.#facetGroups.set(facet, groups);
    }
    return groups;
  }

  #facetGroups = new Map<Facet, Map<string, Incident[]>>();

  facetIndex(locale: Locale, facet: Facet): FacetIndexView {
    const m = t(locale);
    const words = m.browse[facet];
    return {
      facet,
      title: words.title,
      intro: words.intro,
      caption: words.caption,
      column: words.col,
      rows: [...this.facetGroups(facet)].map(([key, list]) => ({
        key,
        href: facetPath(locale, facet, key),
        label: facetLabel(facet, key, locale),
        incidents: count(list.length, locale),
        count: list.length,
      })),
      chart: this.chart(locale, FACET_CHART[facet]),
    };
  }

  facet(locale: Locale, facet: Facet, key: string, page: number): FacetView {
    const m = t(locale);
    const words = m.browse[facet];
    const list = this.facetGroups(facet).get(key);
    if (!list) throw new Error(`no ${facet} page for "${key}"`);
    const name = facetLabel(facet, key, locale);
    const pages = pageCount(list.length);
    return {
      facet,
      key,
      title: page > 1 ? `${name} (${page}/${pages})` : name,
      description: words.description(name, m.browse.incidents(list.length)),
      heading: words.list(name),
      count: m.browse.incidents(list.length),
      incidents: list.length === 0 ? undefined : this.#table(pageSlice(list, page), words.list(name), locale),
      pager: pager(locale, `/${facet}/${key}/`, page, pages, words.pages),
      back: { href: facetPath(locale, facet), label: words.title },
    };
  }

  incidentIndex(locale: Locale, page: number): IncidentIndexView {
    const m = t(locale);
    const listed = this.views.listed();
    const pages = pageCount(listed.length);
    return {
      title: page > 1 ? `${m.incidents.title} (${page}/${pages})` : m.incidents.title,
      count: m.incidents.count(listed.length),
      table: this.#table(pageSlice(listed, page), m.incidents.caption, locale),
      pager: pager(locale, '/incidents/', page, pages, m.incidents.pages),
      timeline: page === 1 ? this.chart(locale, 'incidents-timeline') : undefined,
    };
  }

  incident(locale: Locale, id: string) {
    return incidentPage(this, locale, this.#incident(id));
  }

  /** Page n of an incident's figures or charts, when they are too many for its page (src/model/paging.ts). */
  incidentPart(locale: Locale, id: string, part: IncidentPart, n: number): IncidentPartView {
    return incidentPartPage(this, locale, this.#incident(id), part, n);
  }

  /** How many pages of its own each part of an incident takes (0: it stays on the incident page). */
  #partPages(id: string, part: IncidentPart): number {
    const items = part === 'figures' ? this.views.groups(id).reduce((n, g) => n + g.figures.length, 0) : incidentChartIds(this.views, id).length;
    return partPages(part, items);
  }

  countryIndex(locale: Locale): CountryIndexView {
    const byName = collator(locale);
    return {
      map: this.chart(locale, 'countries-map'),
      rows: [...this.views.byCountry().keys()]
        .map((code) => ({
          href: countryPath(locale, code),
          name: countryName(code, locale),
          incidents: count(this.views.listedInCountry(code).length, locale),
          figures: count(this.views.listedFiguresForCountry(code).length, locale),
        }))
        .sort((a, b) => byName.compare(a.name, b.name)),
    };
  }

  country(locale: Locale, code: string, page: number): CountryView {
    const m = t(locale);
    const name = countryName(code, locale);
    const incidents = this.views.listedInCountry(code);
    const allFigures = this.views.listedFiguresForCountry(code);
    const pages = countryPages(incidents.length, allFigures.length);
    const shownIncidents = pageSlice(incidents, page, COUNTRY_PAGE_SIZE);
    const figures = pageSlice(allFigures, page, COUNTRY_PAGE_SIZE);
    return {
      title: page > 1 ? `${name} (${page}/${pages})` : name,
      description: m.countries.description(name, count(incidents.length, locale)),
      incidents: page === 1 || shownIncidents.length > 0 ? this.#table(shownIncidents, labelled(m.countries.incidentsIn, name, locale), locale) : undefined,
      figures:
        page === 1 || figures.length > 0
          ? {
              caption: m.countries.figuresCaption(name),
              empty: allFigures.length === 0,
              rows: figures.map((rec) => ({
                href: incidentPath(locale, rec.incidentId, figureAnchor(rec.figure.id)),
                figure: figureLabel(rec.figure, locale),
                metric: metricLabel(rec.figure.metric, locale),
                asOf: partialDate(rec.figure.as_of, locale),
                incident: text(this.#incident(rec.incidentId).title, locale),
                source: { href: rec.source.url, hreflang: rec.source.language, publisher: rec.source.publisher },
              })),
            }
          : undefined,
      pager: pager(locale, `/countries/${code.toLowerCase()}/`, page, pages, m.countries.pages),
    };
  }

  dataTypesIndex(locale: Locale): DataTypesIndexView {
    return {
      rows: DATA_TYPE_CATEGORIES.flatMap((c) =>
        DATA_TYPES.filter((d) => d.category === c.id).map((d) => ({
          href: dataTypePath(locale, d.id),
          label: d.label[locale],
          category: c.label[locale],
          incidents: count(this.views.listedOfType(d.id).length, locale),
        })),
      ),
      matrix: this.chart(locale, 'data-types-matrix'),
    };
  }

  dataType(locale: Locale, term: DataTypeEntry, page: number): DataTypeView {
    const m = t(locale);
    const incidents = this.views.listedOfType(term.id);
    const pages = pageCount(incidents.length);
    const name = term.label[locale];
    return {
      title: page > 1 ? `${name} (${page}/${pages})` : name,
      description: m.dataTypes.description(name, count(incidents.length, locale)),
      category: labelled(m.dataTypes.category, termLabel(DATA_TYPE_CATEGORIES, term.category, locale), locale),
      definition: page === 1 ? m.dataTypes.definitions[term.id] : undefined,
      incidents: incidents.length === 0 ? undefined : this.#table(pageSlice(incidents, page), labelled(m.dataTypes.exposedIn, name, locale), locale),
      pager: pager(locale, `/data-types/${term.id}/`, page, pages, m.dataTypes.pages),
    };
  }

  dataPage(locale: Locale): DataPageView {
    const m = t(locale);
    const sizes = this.views.artifactSizes();
    const { info } = this.dataset;
    const size = (file: string) => kilobytes(locale).format((sizes[file] ?? 0) / 1000);
    const entry = (file: string, description: string, n?: string) => ({ file, href: `/data/${file}`, size: size(file), count: n, text: description });
    return {
      downloads: [
        entry('incidents.json', m.data.incidentsJson, m.data.records(info.incidentCount)),
        entry('figures.csv', m.data.figuresCsv, m.data.rows(info.figureCount)),
        entry('sources.csv', m.data.sourcesCsv, m.data.rows(info.sourceCount)),
        entry('outcomes.csv', m.schema2.outcomesCsv, m.data.rows(this.dataset.outcomes().length)),
        entry('links.csv', m.schema2.linksCsv, m.data.rows(this.dataset.links().length)),
        entry('incident.schema.json', m.data.schema),
        // issue 17: the incidents table, the data package and the SQLite file.
        entry('incidents.csv', m.data.incidentsCsv, m.data.rows(info.incidentCount)),
        entry('datapackage.json', m.data.dataPackage),
        { ...entry(SQLITE_FILE, m.data.sqlite), size: undefined },
      ],
      versionText: m.data.versionText(info.version, longDate(info.modified, locale)),
      citation: datasetCitation(this.cite(locale)),
      frozenText: m.data.frozen(`/data/v/${info.version}/`),
      jsonLd: datasetJsonLd(this.dataset, locale, m.site.name, m.data.intro),
      colon: labelled('', '', locale),
    };
  }

  /** The version this build publishes, as the versions page lists it. */
  currentVersion(): DataVersion {
    const { info } = this.dataset;
    return { version: info.version, date: info.modified, files: [...Object.keys(this.views.artifactSizes()), SQLITE_FILE].sort(), records: info.incidentCount, current: true };
  }

  /** Every published version, newest first: the frozen older ones given (from .data-releases/) and the current one. */
  versions(frozen: readonly DataVersion[]): DataVersion[] {
    const current = this.currentVersion();
    return [...frozen.filter((v) => v.version !== current.version), current].sort((a, b) => b.date.localeCompare(a.date) || b.version.localeCompare(a.version));
  }

  versionsPage(locale: Locale, frozen: readonly DataVersion[]): VersionsView {
    return { rows: this.versions(frozen).map((v) => versionRow(v, locale)) };
  }

  readonly #changes = new WeakMap<readonly DataVersion[], Map<Locale, ChangeItem[][]>>();

  /**
   * The changelog's lines (versions newest first, from the records' dates and
   * corrections logs), cut into pages by weight: made once per list of frozen
   * versions and locale, since every changelog and version page asks (at
   * 10,000 incidents, making them per page took 56 s of the build).
   */
  #changePages(locale: Locale, frozen: readonly DataVersion[]): ChangeItem[][] {
    let byLocale = this.#changes.get(frozen);
    if (!byLocale) {
      byLocale = new Map();
      this.#changes.set(frozen, byLocale);
    }
    let pages = byLocale.get(locale);
    if (!pages) {
      pages = changePages(changeItems(changesByVersion(changelog(this.dataset, locale), this.versions(frozen))));
      byLocale.set(locale, pages);
    }
    return pages;
  }

  /** Page n of what changed in each version, newest first. */
  changelogPage(locale: Locale, frozen: readonly DataVersion[], n: number): ChangelogView {
    const m = t(locale);
    const pages = this.#changePages(locale, frozen);
    return {
      title: n > 1 ? `${m.data.changelogTitle} (${n}/${pages.length})` : m.data.changelogTitle,
      versions: regroup(pages[n - 1] ?? []).map((c) => ({ ...versionRow(c.version, locale), anchor: versionAnchor(c.version.version), days: c.days.map((d) => changeDay(d, locale)) })),
      pager: pager(locale, '/data/changelog/', n, pages.length, m.data.changelogPages),
    };
  }

  versionPage(locale: Locale, frozen: readonly DataVersion[], version: string): VersionView {
    const m = t(locale);
    const known = this.versions(frozen).find((v) => v.version === version);
    if (!known) throw new Error(`no dataset version "${version}"`);
    const pages = this.#changePages(locale, frozen);
    const mine = pages.flatMap((p) => p.filter((item) => item.version.version === version));
    const [changes = { version: known, days: [] }] = regroup(mine);
    const page = pages.findIndex((p) => p.some((item) => item.version.version === version)) + 1;
    return {
      row: versionRow(changes.version, locale),
      files: changes.version.files.map((file) => ({ file, href: `/data/v/${version}/${file}` })),
      citation: datasetCitation({ ...this.cite(locale), version }),
      days: changes.days.map((d) => ({ iso: d.date, date: longDate(d.date, locale), counts: m.data.changeCounts(d.added.length, d.modified.length, d.corrections.length) })),
      // A version with no change of its own (another of the same day) has no section: link the changelog's start.
      changes: { href: page > 0 ? `${localePath(locale, pagedPath('/data/changelog/', page))}#${versionAnchor(version)}` : localePath(locale, '/data/changelog/'), label: m.data.changesLink },
      colon: labelled('', '', locale),
    };
  }

  /** One chart as the pages show it. */
  chart(locale: Locale, id: string): ChartView {
    return chartView(this.charts.chart(locale, id), locale);
  }

  embed(locale: Locale, id: string): EmbedView {
    return { chart: this.chart(locale, id) };
  }

  /** The RSS feed: the latest RSS_ITEMS records added or modified, newest change first. */
  feed(locale: Locale): FeedItem[] {
    return this.views
      .listed()
      .slice()
      .sort((a, b) => b.record.modified.localeCompare(a.record.modified) || a.id.localeCompare(b.id))
      .slice(0, RSS_ITEMS)
      .map((i) => ({
        title: text(i.title, locale).text,
        description: text(i.summary, locale).text,
        link: incidentPath(locale, i.id),
        pubDate: new Date(`${i.record.modified}T00:00:00Z`),
        categories: [i.sector, ...i.countries],
      }));
  }

  /** The downloads under /data/, byte for byte as @atlas/data writes them, each made when its function is called. */
  downloads(): Record<string, () => string> {
    return artifactMakers(this.dataset);
  }

  /** /incidents/<id>.json: one record with the dataset metadata. */
  incidentJson(id: string): string {
    const body = incidentJson(this.dataset, id);
    if (!body) throw new Error(`no incident ${id}`);
    return `${JSON.stringify(body, null, 2)}\n`;
  }

  /** The search records of a locale: one per listed incident. */
  searchRecords(locale: Locale): SearchRecord[] {
    return this.views.listed().map((i) => incidentRecord(this.views, i, locale));
  }

  /** An incident's title in a locale, linked to its page (MDX <IncidentLink>, related incidents). */
  incidentLink(locale: Locale, id: string): { href: string; title: Text } {
    return { href: incidentPath(locale, id), title: text(this.#incident(id).title, locale) };
  }

  /** A figure by `<incident id>/<figure id>`, as MDX <Fig> and <FigSource> print it; an unknown key throws, naming the `component`. */
  figure(locale: Locale, key: string, component: string): { href: string; label: string; source: { href: string; hreflang: string | undefined; label: string } } {
    const rec = this.dataset.figure(key);
    if (!rec) {
      throw new Error(
        `<${component} id="${key}" />: no figure with this id. Write "<incident-id>/<figure-id>", for example "nextmotion-2020/photos-world-vpnmentor", using ids from content/incidents/.`,
      );
    }
    return {
      href: incidentPath(locale, rec.incidentId, figureAnchor(rec.figure.id)),
      label: figureLabel(rec.figure, locale),
      source: { href: rec.source.url, hreflang: rec.source.language, label: `${rec.source.publisher}, ${partialDate(rec.source.published, locale)}` },
    };
  }

  // ---- routes, for getStaticPaths

  readonly routes = {
    home: (): Route<HomeView>[] => perLocale((locale) => ({ props: { locale, view: () => this.home(locale) }, path: localePath(locale, '/'), sitemap: true })),
    incidentIndex: (which: Which): Route<IncidentIndexView>[] =>
      perLocaleMany((locale) =>
        this.#pages(this.views.listed().length, PAGE_SIZE, which).map((n) => ({
          params: n === 1 ? {} : { n: String(n) },
          props: { locale, view: () => this.incidentIndex(locale, n) },
          path: localePath(locale, n === 1 ? '/incidents/' : `/incidents/page/${n}/`),
          sitemap: true,
        })),
      ),
    incident: (): Route<ReturnType<SiteModel['incident']>>[] =>
      perLocaleMany((locale) =>
        this.dataset.incidents.map((i) => ({
          params: { id: i.id },
          props: { locale, view: () => this.incident(locale, i.id) },
          path: incidentPath(locale, i.id),
          sitemap: i.status !== 'merged',
        })),
      ),
    // /incidents/<id>/figures/ and /charts/ (then page/<n>/), for the incidents whose figures or charts do not fit their page.
    incidentPart: (which: Which): Route<IncidentPartView>[] =>
      perLocaleMany((locale) =>
        this.dataset.incidents
          .filter((i) => i.status !== 'merged')
          .flatMap((i) =>
            INCIDENT_PARTS.flatMap((part) => {
              const pages = this.#partPages(i.id, part);
              return pages === 0
                ? []
                : this.#pages(pages, 1, which).map((n) => ({
                    params: n === 1 ? { id: i.id, part } : { id: i.id, part, n: String(n) },
                    props: { locale, view: () => this.incidentPart(locale, i.id, part, n) },
                    path: localePath(locale, partPath(i.id, part, n)),
                    sitemap: true,
                  }));
            }),
          ),
      ),
    countryIndex: (): Route<CountryIndexView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.countryIndex(locale) }, path: localePath(locale, '/countries/'), sitemap: true })),
    country: (which: Which): Route<CountryView>[] =>
      perLocaleMany((locale) =>
        [...this.views.byCountry().keys()].flatMap((code) =>
          this.#pages(countryPages(this.views.listedInCountry(code).length, this.views.listedFiguresForCountry(code).length), 1, which).map((n) => ({
            params: n === 1 ? { country: code.toLowerCase() } : { country: code.toLowerCase(), n: String(n) },
            props: { locale, view: () => this.country(locale, code, n) },
            path: localePath(locale, `/countries/${code.toLowerCase()}/${n === 1 ? '' : `page/${n}/`}`),
            sitemap: true,
          })),
        ),
      ),
    dataTypesIndex: (): Route<DataTypesIndexView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.dataTypesIndex(locale) }, path: localePath(locale, '/data-types/'), sitemap: true })),
    // Every type of the taxonomy has a page, so links from any record resolve even before an incident exposes it.
    dataType: (which: Which): Route<DataTypeView>[] =>
      perLocaleMany((locale) =>
        DATA_TYPES.flatMap((term) =>
          this.#pages(this.views.listedOfType(term.id).length, PAGE_SIZE, which).map((n) => ({
            params: n === 1 ? { type: term.id } : { type: term.id, n: String(n) },
            props: { locale, view: () => this.dataType(locale, term, n) },
            path: localePath(locale, `/data-types/${term.id}/${n === 1 ? '' : `page/${n}/`}`),
            sitemap: true,
          })),
        ),
      ),
    facetIndex: (facet: Facet): Route<FacetIndexView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.facetIndex(locale, facet) }, path: facetPath(locale, facet), sitemap: true })),
    facet: (facet: Facet, which: Which): Route<FacetView>[] =>
      perLocaleMany((locale) =>
        [...this.facetGroups(facet)].flatMap(([key, list]) =>
          this.#pages(list.length, PAGE_SIZE, which).map((n) => ({
            params: n === 1 ? { key } : { key, n: String(n) },
            props: { locale, view: () => this.facet(locale, facet, key, n) },
            path: localePath(locale, `/${facet}/${key}/${n === 1 ? '' : `page/${n}/`}`),
            sitemap: true,
          })),
        ),
      ),
    dataPage: (): Route<DataPageView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.dataPage(locale) }, path: localePath(locale, '/data/'), sitemap: true })),
    versions: (frozen: readonly DataVersion[]): Route<VersionsView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.versionsPage(locale, frozen) }, path: localePath(locale, '/data/versions/'), sitemap: true })),
    changelog: (frozen: readonly DataVersion[], which: Which): Route<ChangelogView>[] =>
      perLocaleMany((locale) =>
        this.#pages(this.#changePages(locale, frozen).length, 1, which).map((n) => ({
          params: n === 1 ? {} : { n: String(n) },
          props: { locale, view: () => this.changelogPage(locale, frozen, n) },
          path: localePath(locale, pagedPath('/data/changelog/', n)),
          sitemap: true,
        })),
      ),
    /** The page of each version at /data/v/<version>/, the URL every citation names. */
    version: (frozen: readonly DataVersion[]): Route<VersionView>[] =>
      perLocaleMany((locale) =>
        this.versions(frozen).map((v) => ({
          params: { version: v.version },
          props: { locale, view: () => this.versionPage(locale, frozen, v.version) },
          path: localePath(locale, `/data/v/${v.version}/`),
          sitemap: true,
        })),
      ),
    /** /data/latest/: the current version's page again; out of the sitemap, since /data/v/<version>/ is its address. */
    latest: (frozen: readonly DataVersion[]): Route<VersionView>[] =>
      perLocale((locale) => ({ props: { locale, view: () => this.versionPage(locale, frozen, this.version) }, path: localePath(locale, '/data/latest/'), sitemap: false })),
    // Only ids here: each chart is rendered when its page is, not all at once. Embeds are for iframes, not search engines.
    embed: (): Route<EmbedView>[] =>
      perLocaleMany((locale) =>
        this.charts.ids(locale).map((id) => ({
          params: { chart: id },
          props: { locale, view: () => this.embed(locale, id) },
          path: localePath(locale, `/embed/${id}/`),
          sitemap: false,
        })),
      ),
    /** The pages whose text is the interface's own (about, contribute, search, the explainer and checklist indexes). */
    fixed: (path: string): Route<Locale>[] => perLocale((locale) => ({ props: { locale, view: () => locale }, path: localePath(locale, path), sitemap: true })),
  };

  /**
   * The page numbers of a paged list: the first page ([1]) or the further ones
   * ([2, 3, …], served by page/[n] routes) of `total` items, `size` per page
   * (`size` 1: `total` is the page count).
   */
  #pages(total: number, size: number, which: Which): number[] {
    const pages = Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);
    return which === 'first' ? pages.slice(0, 1) : pages.slice(1);
  }

  /**
   * The paths of every page the sitemap lists, given the explainer and checklist
   * pages (`/<kind>/<slug>/` per language) and the frozen older dataset versions.
   */
  sitemap(contentPages: readonly string[], frozen: readonly DataVersion[]): string[] {
    // Embeds stay out: they are for iframes, not search engines.
    const fixed = ['/about/', '/contribute/', '/search/', '/explainers/', '/checklists/'].flatMap((p) => this.routes.fixed(p));
    const all: Route<unknown>[] = [
      ...this.routes.home(),
      ...this.routes.incidentIndex('first'),
      ...this.routes.incidentIndex('further'),
      ...this.routes.incident(),
      ...this.routes.incidentPart('first'),
      ...this.routes.incidentPart('further'),
      ...this.routes.countryIndex(),
      ...this.routes.country('first'),
      ...this.routes.country('further'),
      ...this.routes.dataTypesIndex(),
      ...this.routes.dataType('first'),
      ...this.routes.dataType('further'),
      ...FACETS.flatMap((f) => [...this.routes.facetIndex(f), ...this.routes.facet(f, 'first'), ...this.routes.facet(f, 'further')]),
      ...this.routes.dataPage(),
      ...this.routes.versions(frozen),
      ...this.routes.changelog(frozen, 'first'),
      ...this.routes.changelog(frozen, 'further'),
      ...this.routes.version(frozen),
      ...fixed,
    ];
    return [...all.filter((r) => r.sitemap).map((r) => r.path), ...contentPages];
  }

  #table(incidents: readonly Incident[], caption: string, locale: Locale): IncidentTableView {
    return { caption, rows: incidents.map((i) => incidentRow(this.views, i, locale)) };
  }

  #incident(id: string): Incident {
    const incident = this.dataset.incident(id);
    if (!incident) throw new Error(`no incident with id "${id}"`);
    return incident;
  }
}


function versionRow(v: DataVersion, locale: Locale): VersionRowView {
  const m = t(locale);
  return {
    version: v.version,
    href: localePath(locale, `/data/v/${v.version}/`),
    date: longDate(v.date, locale),
    records: v.records === undefined ? undefined : m.data.records(v.records),
    current: v.current,
  };
}

/** The anchor of a version's changes on a changelog page. */
const versionAnchor = (version: string) => `v-${version.replace('.', '-')}`;

function changeDay(d: ChangelogDay, locale: Locale): ChangeDayView {
  const entry = (e: ChangelogDay['added'][number], anchor?: string): ChangeEntryView => ({
    href: incidentPath(locale, e.id, anchor),
    title: { text: e.title, lang: e.lang === locale ? undefined : e.lang, untranslated: e.lang !== locale },
  });
  return {
    iso: d.date,
    date: longDate(d.date, locale),
    added: d.added.map((e) => entry(e)),
    modified: d.modified.map((e) => entry(e)),
    // Corrections logs are written in English.
    corrections: d.corrections.map((c) => ({ ...entry(c, 'corrections'), description: text({ en: c.description }, locale) })),
    colon: labelled('', '', locale),
  };
}
