/**
 * The incident page, section by section. Each section is its own function and
 * its own field of IncidentPageView, rendered by its own block of
 * pages/[...locale]/incidents/[id].astro: a new section (outcomes, links,
 * money) is one more function here and one more block there.
 */
import type { FigureGroup } from '@atlas/data';
import {
  DATA_TYPE_CATEGORIES,
  DATA_TYPES,
  DISCOVERER_TYPES,
  type Incident,
  INCIDENT_KINDS,
  ORGANISATION_ROLES,
  SECTORS,
  SOURCE_TYPES,
  STATUSES,
  VECTORS,
} from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { type PatientAdviceView, patientAdvice } from './advice.ts';
import { byCountryId, type ChartSpec, countryGroups, disagreementId, pairsId } from './charts.ts';
import { figureCitation, incidentBibtex, incidentCitation } from './cite.ts';
import { citationMeta } from './dataset-meta.ts';
import { countryName, figureLabel, labelled, longDate, metricLabel, partialDate, scopeName, termLabel } from './format.ts';
import { type Locale, localePath } from './locale.ts';
import { CHARTS_PER_PAGE, FIGURES_PER_PAGE, type IncidentPart, pageSlice, partPageOf, partPages, partPath } from './paging.ts';
import {
  type ChartView,
  chartView,
  countryLink,
  dataTypeLink,
  figureAnchor,
  figureLink,
  incidentPath,
  type Link,
  type PagerView,
  pager,
  type Text,
  text,
} from './pages.ts';
import { type FigureClaimView, figureClaim, type IncidentLinkView, linkViews, type OutcomeView, outcomeViews, type RevisionView, revisionViews } from './schema2.ts';
import type { SiteModel } from './site.ts';

/** A date as a <time>: the machine-readable value and the words. */
export interface When {
  datetime: string;
  text: string;
}

export interface SourceCredit {
  href: string;
  hreflang: string | undefined;
  publisher: string;
  published: string;
}

export interface FigureRow {
  anchor: string;
  /** The figure's permanent address: `#<anchor>` on the incident page, the incident page's anchor from its figures pages. */
  permalink: string;
  number: string;
  preferred: boolean;
  context: boolean;
  permalinkLabel: string;
  metric: string;
  scope: string;
  asOf: When;
  source: SourceCredit;
  evidence: { text: string; lang: string | undefined };
  note: string | undefined;
  citation: string;
  /** Schema 2: whose claim, placeholder, subject, restatement (src/model/schema2.ts). */
  claim: FigureClaimView;
}

/** A figure in short, on an incident page whose full rows are on its figures pages: the row keeps the figure's anchor. */
export interface ShortFigureRow {
  anchor: string;
  /** The figure's row in the full table. */
  href: string;
  number: string;
  preferred: boolean;
  metric: string;
  scope: string;
  asOf: When;
  publisher: string;
}

export interface DisagreementView {
  chart: ChartView;
  preferred: string;
  preferredHref: string;
}

export interface IncidentPageView {
  kind: 'page';
  title: Text;
  description: string;
  /** Set when the record is withdrawn: the reason, if given. */
  withdrawn: { reason: string | undefined } | undefined;
  meta: { kind: string; sector: string; modified: string; json: string };
  summary: Text;
  facts: { kind: string; status: string; sector: string; vector: string; organisations: string[]; countries: Link[]; discoveredBy: string | undefined };
  timeline: { label: string; when: When }[];
  dataTypes: { category: string; types: Link[] }[];
  /** Every figure in full; empty when they are on the figures pages (`figuresShort`). */
  figures: FigureRow[];
  /** Set when the figures are too many for the page (src/model/paging.ts): each in short, and the full table's pages. */
  figuresShort: { rows: ShortFigureRow[]; full: Link; pager: PagerView } | undefined;
  /** Empty, as `byCountry`, when the charts are on the charts pages (`chartLinks`). */
  disagreements: DisagreementView[];
  byCountry: ChartView[];
  /** Issue 16: one source's per-country figures at two dates, side by side (small multiples); absent when no figures qualify. */
  pairs: PairsView | undefined;
  /** Set when the charts are too many for the page: a link to each on its page. */
  chartLinks: Link[] | undefined;
  accounts: { topic: string; accounts: AccountView[] }[];
  sources: SourceView[];
  corrections: { when: When; description: string }[];
  record: { added: When; modified: When };
  cite: { text: string; bibtex: string; json: string };
  /** Schema 2 sections (src/model/schema2.ts): restated numbers, what happened next, links both ways. */
  revisions: RevisionView[];
  outcomes: OutcomeView[];
  links: IncidentLinkView[];
  /** "If you were a patient here" (src/model/advice.ts). */
  advice: PatientAdviceView;
  /** issue 17: `citation_*` meta tags for reference managers. */
  citationMeta: { name: string; content: string }[];
}

export interface AccountView {
  id: string;
  party: string;
  statement: Text;
  evidence: { text: string; lang: string | undefined } | undefined;
  source: SourceCredit | undefined;
}

export interface SourceView {
  id: string;
  href: string;
  lang: string | undefined;
  title: string;
  publisher: string;
  author: string | undefined;
  published: string;
  type: string;
  archived: string | undefined;
  accessed: string | undefined;
  notRead: boolean;
  /** The title was rebuilt from the address or the text (`title_seen: false`): shown as not confirmed. */
  titleUnconfirmed: boolean;
}

/** A merged record's page: it redirects to the record it was merged into. */
export interface MergedPageView {
  kind: 'merged';
  title: Text;
  target: { href: string; notice: string; label: string };
}

const DATE_KEYS = ['occurred', 'discovered', 'secured', 'made_public'] as const;

export function incidentPage(site: SiteModel, locale: Locale, incident: Incident): IncidentPageView | MergedPageView {
  const target = incident.status === 'merged' && incident.merged_into ? site.dataset.incident(incident.merged_into) : undefined;
  if (target) {
    const m = t(locale);
    const targetTitle = text(target.title, locale).text;
    return {
      kind: 'merged',
      title: text(incident.title, locale),
      target: { href: incidentPath(locale, target.id), notice: m.notice.merged(targetTitle), label: labelled(m.incident.mergedInto, targetTitle, locale) },
    };
  }
  const m = t(locale);
  const day = (d: string): When => ({ datetime: d, text: longDate(d, locale) });
  const json = `/incidents/${incident.id}.json`;
  const rows = figureRows(site, locale, incident, site.views.groups(incident.id), false);
  const figurePages = partPages('figures', rows.length);
  const specs = site.charts.ofIncident(locale, incident.id);
  const chartsApart = partPages('charts', specs.length) > 0;
  const charts = incidentCharts(site, locale, incident, chartsApart ? [] : specs, false);
  return {
    kind: 'page',
    title: text(incident.title, locale),
    description: text(incident.summary, locale).text.slice(0, 200),
    withdrawn: incident.status === 'withdrawn' ? { reason: incident.withdrawn_reason } : undefined,
    meta: {
      kind: termLabel(INCIDENT_KINDS, incident.kind, locale),
      sector: termLabel(SECTORS, incident.sector, locale),
      modified: longDate(incident.record.modified, locale),
      json,
    },
    summary: text(incident.summary, locale),
    facts: {
      kind: termLabel(INCIDENT_KINDS, incident.kind, locale),
      status: termLabel(STATUSES, incident.status, locale),
      sector: termLabel(SECTORS, incident.sector, locale),
      vector: termLabel(VECTORS, incident.vector, locale),
      organisations: incident.organisations.map((o) => `${o.name} (${termLabel(ORGANISATION_ROLES, o.role, locale)}, ${countryName(o.country, locale)})`),
      countries: incident.countries.map((c) => countryLink(locale, c)),
      discoveredBy: incident.discovered_by ? `${incident.discovered_by.name} (${termLabel(DISCOVERER_TYPES, incident.discovered_by.type, locale)})` : undefined,
    },
    timeline: DATE_KEYS.flatMap((k) => {
      const d = incident.dates[k];
      return d ? [{ label: m.incident.dates[k], when: { datetime: d, text: partialDate(d, locale) } }] : [];
    }),
    dataTypes: site.dataset.categoriesOf(incident.id).map((c) => ({
      category: termLabel(DATA_TYPE_CATEGORIES, c, locale),
      types: incident.data_types.filter((d) => DATA_TYPES.find((x) => x.id === d)?.category === c).map((d) => dataTypeLink(locale, d)),
    })),
    figures: figurePages > 0 ? [] : rows,
    figuresShort:
      figurePages > 0
        ? {
            rows: rows.map((f, i) => ({
              anchor: f.anchor,
              href: `${localePath(locale, partPath(incident.id, 'figures', partPageOf('figures', i)))}#${f.anchor}`,
              number: f.number,
              preferred: f.preferred,
              metric: f.metric,
              scope: f.scope,
              asOf: f.asOf,
              publisher: f.source.publisher,
            })),
            full: { href: localePath(locale, partPath(incident.id, 'figures', 1)), label: m.incident.figuresFull(figurePages) },
            pager: pager(locale, partPath(incident.id, 'figures', 1), 0, figurePages, m.incident.figuresPages),
          }
        : undefined,
    ...charts,
    chartLinks: chartsApart ? specs.map((c) => ({ href: `${localePath(locale, c.page)}#chart-${c.id}`, label: c.title })) : undefined,
    accounts: accounts(locale, incident),
    sources: incident.sources.map((s) => ({
      id: s.id,
      href: s.url,
      lang: s.language,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      published: partialDate(s.published, locale),
      type: termLabel(SOURCE_TYPES, s.type, locale),
      archived: s.archived_url,
      accessed: s.accessed ? m.incident.accessed(longDate(s.accessed, locale)) : undefined,
      notRead: s.read === false,
      titleUnconfirmed: s.title_seen === false,
    })),
    corrections: (incident.corrections ?? []).map((c) => ({ when: day(c.date), description: c.description })),
    record: { added: day(incident.record.added), modified: day(incident.record.modified) },
    cite: { text: incidentCitation(incident, site.cite(locale)), bibtex: incidentBibtex(incident, site.cite(locale)), json },
    revisions: revisionViews(site.dataset.revisionsOf(incident.id), locale),
    outcomes: outcomeViews(site.dataset.outcomesOf(incident.id), locale),
    links: linkViews(site.dataset, site.dataset.linksOf(incident.id), locale),
    advice: patientAdvice(locale, incident),
    citationMeta: citationMeta(incident, locale, site.version),
  };
}

/**
 * Every figure of an incident, group by group. `apart`: the rows are shown on
 * the figures pages, so their links to other figures (the permalink, a
 * restated figure) name the incident page, where every figure keeps its anchor.
 */
function figureRows(site: SiteModel, locale: Locale, incident: Incident, groups: FigureGroup[], apart: boolean): FigureRow[] {
  const m = t(locale);
  const ctx = site.cite(locale);
  const byId = new Map(incident.figures.map((f) => [f.id, f]));
  const base = apart ? incidentPath(locale, incident.id) : '';
  return groups.flatMap((g) =>
    g.figures.map((rec) => {
      const f = rec.figure;
      const s = rec.source;
      const link = figureLink(rec, locale);
      const claim = figureClaim(rec, byId, locale);
      return {
        anchor: figureAnchor(f.id),
        permalink: `${base}#${figureAnchor(f.id)}`,
        number: figureLabel(f, locale),
        preferred: rec.figure.id === g.preferred.figure.id && g.figures.length > 1,
        context: f.role === 'context',
        permalinkLabel: m.incident.permalinkTo(`${link.number}${link.rest}`),
        metric: metricLabel(f.metric, locale),
        scope: scopeName(f.scope, locale),
        asOf: { datetime: f.as_of, text: partialDate(f.as_of, locale) },
        source: { href: s.url, hreflang: s.language, publisher: s.publisher, published: partialDate(s.published, locale) },
        evidence: { text: f.evidence, lang: s.language },
        note: f.note,
        citation: figureCitation(rec, incident, ctx),
        claim: claim.restates ? { ...claim, restates: { ...claim.restates, href: `${base}${claim.restates.href}` } } : claim,
      };
    }),
  );
}

/** The disagreement panels and the figures by country of the given charts (all of the incident's, or one page of them). */
function incidentCharts(
  site: SiteModel,
  locale: Locale,
  incident: Incident,
  specs: readonly ChartSpec[],
  apart: boolean,
): { disagreements: DisagreementView[]; byCountry: ChartView[]; pairs: PairsView | undefined } {
  const m = t(locale);
  const shown = new Map(specs.map((c) => [c.id, c]));
  const base = apart ? incidentPath(locale, incident.id) : '';
  return {
    disagreements: site.views.disagreements(incident.id).flatMap((g) => {
      const spec = shown.get(disagreementId(g));
      if (!spec) return [];
      return [
        {
          chart: chartView(spec, locale),
          preferred: m.incident.preferredIs(figureLabel(g.preferred.figure, locale), g.preferred.source.publisher),
          preferredHref: `${base}#${figureAnchor(g.preferred.figure.id)}`,
        },
      ];
    }),
    byCountry: countryGroups(site.views, incident.id).flatMap((cg) => {
      const spec = shown.get(byCountryId(incident.id, cg.metric, cg.asOf));
      return spec ? [chartView(spec, locale)] : [];
    }),
    pairs: ((spec) => (spec ? { intro: m.overview.pairsIntro, chart: chartView(spec, locale) } : undefined))(shown.get(pairsId(incident.id))),
  };
}

/** Issue 16: one source's per-country figures at two dates, side by side (small multiples). */
export interface PairsView {
  intro: string;
  chart: ChartView;
}

/** One page of an incident's figures or charts, when they are too many for the incident page. */
export interface IncidentPartView {
  part: IncidentPart;
  /** The document title: "Figures: <incident title>", with the page number beyond the first. */
  title: string;
  /** The heading: "Figures: <incident title>". */
  heading: Text;
  incident: Link;
  figures: FigureRow[];
  disagreements: DisagreementView[];
  byCountry: ChartView[];
  pairs: PairsView | undefined;
  pager: PagerView;
}

export function incidentPartPage(site: SiteModel, locale: Locale, incident: Incident, part: IncidentPart, n: number): IncidentPartView {
  const m = t(locale);
  const title = text(incident.title, locale);
  const figures = part === 'figures' ? figureRows(site, locale, incident, site.views.groups(incident.id), true) : [];
  const specs = part === 'charts' ? site.charts.ofIncident(locale, incident.id) : [];
  const pages = partPages(part, part === 'figures' ? figures.length : specs.length);
  if (n < 1 || n > pages) throw new Error(`${incident.id} has no page ${n} of ${part}`);
  const words = part === 'figures' ? m.incident.figuresPageTitle : m.incident.chartsPageTitle;
  const heading = { ...title, text: words(title.text) };
  return {
    part,
    title: n > 1 ? `${heading.text} (${m.incident.pageNumber(n, pages)})` : heading.text,
    heading,
    incident: { href: incidentPath(locale, incident.id), label: labelled(m.incident.partOf, title.text, locale) },
    figures: pageSlice(figures, n, FIGURES_PER_PAGE),
    ...incidentCharts(site, locale, incident, pageSlice(specs, n, CHARTS_PER_PAGE), true),
    pager: pager(locale, partPath(incident.id, part, 1), n, pages, part === 'figures' ? m.incident.figuresPages : m.incident.chartsPages),
  };
}

function accounts(locale: Locale, incident: Incident): IncidentPageView['accounts'] {
  const list = incident.accounts ?? [];
  const sourceById = new Map(incident.sources.map((s) => [s.id, s]));
  return [...new Set(list.map((a) => a.topic))].map((topic) => ({
    topic,
    accounts: list
      .filter((a) => a.topic === topic)
      .map((a) => {
        const src = sourceById.get(a.source);
        return {
          id: a.id,
          party: a.party,
          statement: text(a.statement, locale),
          evidence: a.evidence ? { text: a.evidence, lang: src?.language } : undefined,
          source: src ? { href: src.url, hreflang: src.language, publisher: src.publisher, published: partialDate(src.published, locale) } : undefined,
        };
      }),
  }));
}
