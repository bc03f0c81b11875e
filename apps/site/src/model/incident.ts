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
import type { Locale } from './locale.ts';
import { type ChartView, chartView, countryLink, dataTypeLink, figureAnchor, figureLink, incidentPath, type Link, type Text, text } from './pages.ts';
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
  figures: FigureRow[];
  disagreements: { chart: ChartView; preferred: string; preferredHref: string }[];
  byCountry: ChartView[];
  /** Issue 16: one source's per-country figures at two dates, side by side (small multiples); absent when no figures qualify. */
  pairs: { intro: string; chart: ChartView } | undefined;
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
  // The page's charts, rendered once: the disagreement panels and the figures by country.
  const charts = new Map(site.charts.ofIncident(locale, incident.id).map((c) => [c.id, c]));
  const chartOf = (id: string): ChartView => chartView(known(charts, id), locale);
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
    figures: figureRows(site, locale, incident, site.views.groups(incident.id)),
    disagreements: site.views.disagreements(incident.id).map((g) => ({
      chart: chartOf(disagreementId(g)),
      preferred: m.incident.preferredIs(figureLabel(g.preferred.figure, locale), g.preferred.source.publisher),
      preferredHref: `#${figureAnchor(g.preferred.figure.id)}`,
    })),
    byCountry: countryGroups(site.views, incident.id).map((cg) => chartOf(byCountryId(incident.id, cg.metric, cg.asOf))),
    pairs: charts.has(pairsId(incident.id)) ? { intro: m.overview.pairsIntro, chart: chartOf(pairsId(incident.id)) } : undefined,
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

function figureRows(site: SiteModel, locale: Locale, incident: Incident, groups: FigureGroup[]): FigureRow[] {
  const m = t(locale);
  const ctx = site.cite(locale);
  const byId = new Map(incident.figures.map((f) => [f.id, f]));
  return groups.flatMap((g) =>
    g.figures.map((rec) => {
      const f = rec.figure;
      const s = rec.source;
      const link = figureLink(rec, locale);
      return {
        anchor: figureAnchor(f.id),
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
        claim: figureClaim(rec, byId, locale),
      };
    }),
  );
}

function known(charts: Map<string, ChartSpec>, id: string): ChartSpec {
  const spec = charts.get(id);
  if (!spec) throw new Error(`no chart with id "${id}"`);
  return spec;
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
