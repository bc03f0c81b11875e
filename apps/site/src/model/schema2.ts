/**
 * Schema 2 on the incident page: whose claim a figure is, placeholders,
 * subjects, restated numbers as dated timelines, "what happened next"
 * (outcomes) and the links between records, both ways. Pure functions of the
 * dataset and a locale; the incident page's view carries their results and
 * its own components render them (components/Incident{Outcomes,Links,Revisions}.astro).
 */
import type { Dataset, FigureRecord, LinkRecord, OutcomeRecord, RevisionTimeline } from '@atlas/data';
import { CLAIMS, type Figure, OUTCOME_KINDS, OUTCOME_STATUSES } from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { figureLabel, metricLabel, partialDate, scopeName, termLabel } from './format.ts';
import type { Locale } from './locale.ts';
import { figureAnchor, incidentPath, type Text, text } from './pages.ts';

/** A date as a <time>: the machine-readable value and the words. */
interface When {
  datetime: string;
  text: string;
}

/** What the figures table adds to a figure's row. */
export interface FigureClaimView {
  /** Whose claim the number is, in words ("Claimed by the attackers"); undefined for our sources' own counts. */
  claim: string | undefined;
  /** Set when the publisher's number is a placeholder. */
  placeholder: boolean;
  /** What the number is about, when one record counts separate things of one metric. */
  subject: Text | undefined;
  /** Set when the figure restates an earlier one: a link to that row. */
  restates: { href: string; text: string } | undefined;
}

export function figureClaim(rec: FigureRecord, byId: ReadonlyMap<string, Figure>, locale: Locale): FigureClaimView {
  const f = rec.figure;
  const m = t(locale).schema2;
  const earlier = f.revises ? byId.get(f.revises) : undefined;
  return {
    claim: f.claim && f.claim !== 'measured' ? termLabel(CLAIMS, f.claim, locale) : undefined,
    placeholder: f.placeholder === true,
    subject: f.subject ? text(f.subject, locale) : undefined,
    restates: earlier ? { href: `#${figureAnchor(earlier.id)}`, text: m.restates(figureLabel(earlier, locale), partialDate(earlier.as_of, locale)) } : undefined,
  };
}

/** One restated number: every version, oldest first, each kept with its date (never a silent overwrite). */
export interface RevisionView {
  heading: string;
  steps: { when: When; number: string; href: string; placeholder: boolean; claim: string | undefined; publisher: string; latest: boolean }[];
}

export function revisionViews(timelines: RevisionTimeline[], locale: Locale): RevisionView[] {
  return timelines.map((tl) => ({
    heading: `${metricLabel(tl.metric, locale)}, ${scopeName(tl.scope, locale)}`,
    steps: tl.figures.map((r) => ({
      when: { datetime: r.figure.as_of, text: partialDate(r.figure.as_of, locale) },
      number: figureLabel(r.figure, locale),
      href: `#${figureAnchor(r.figure.id)}`,
      placeholder: r.figure.placeholder === true,
      claim: r.figure.claim && r.figure.claim !== 'measured' ? termLabel(CLAIMS, r.figure.claim, locale) : undefined,
      publisher: r.source.publisher,
      latest: r === tl.latest,
    })),
  }));
}

/** One entry of "What happened next". */
export interface OutcomeView {
  id: string;
  kind: string;
  when: When;
  authority: string;
  reference: string | undefined;
  /** The amount as the money figure gives it ("€608,000"), linked to its row. */
  amount: { text: string; href: string } | undefined;
  legalBasis: string[];
  status: string;
  summary: Text;
  evidence: { text: string; lang: string | undefined } | undefined;
  source: { href: string; hreflang: string | undefined; publisher: string; published: string };
}

export function outcomeViews(outcomes: OutcomeRecord[], locale: Locale): OutcomeView[] {
  return outcomes.map(({ outcome: o, source: s, amount }) => ({
    id: o.id,
    kind: termLabel(OUTCOME_KINDS, o.kind, locale),
    when: { datetime: o.date, text: partialDate(o.date, locale) },
    authority: o.authority,
    reference: o.reference,
    amount: amount ? { text: figureLabel(amount.figure, locale), href: `#${figureAnchor(amount.figure.id)}` } : undefined,
    legalBasis: o.legal_basis ?? [],
    status: termLabel(OUTCOME_STATUSES, o.status, locale),
    summary: text(o.summary, locale),
    evidence: o.evidence ? { text: o.evidence, lang: s.language } : undefined,
    source: { href: s.url, hreflang: s.language, publisher: s.publisher, published: partialDate(s.published, locale) },
  }));
}

/** A link to another record, as this page shows it: "Found by" + the study's title, linked. */
export interface IncidentLinkView {
  label: string;
  direction: 'out' | 'in';
  href: string;
  title: Text;
  note: Text | undefined;
}

export function linkViews(dataset: Dataset, links: LinkRecord[], locale: Locale): IncidentLinkView[] {
  return links.flatMap((l) => {
    const other = dataset.incident(l.other);
    if (!other) return [];
    return [{ label: l.label[locale], direction: l.direction, href: incidentPath(locale, other.id), title: text(other.title, locale), note: l.note ? text(l.note, locale) : undefined }];
  });
}
