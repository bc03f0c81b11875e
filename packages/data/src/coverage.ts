/**
 * What a published record must carry beyond a valid file (issue 14): its
 * title and summary in French and Italian, figures that cite only sources we
 * have read, and a basis of sources: at least one primary report, regulator
 * source or court decision, or two independent news sources. Pure functions
 * of one record; the site's content test runs them over every record. The
 * validator does not: a contributor's draft may still be English only.
 */
import type { Incident, SourceType } from '@atlas/schema';

type Source = Incident['sources'][number];

/** Sources that can carry a record alone: the researchers' or organisation's own report, a regulator's decision or notice, a court. */
export const BASIS_TYPES: readonly SourceType[] = ['primary-report', 'regulator-decision', 'regulator-notice', 'court'];

const publisherKey = (s: Source) => s.publisher.trim().toLowerCase();

/** True when `a` relays `b`: `a` cites `b`, directly or through a chain of `cites`. */
export function relays(a: Source, b: Source, sources: readonly Source[]): boolean {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  let at: Source | undefined = a;
  while (at?.cites !== undefined && !seen.has(at.id)) {
    seen.add(at.id);
    if (at.cites === b.id) return true;
    at = byId.get(at.cites);
  }
  return false;
}

/** Two news sources are independent when their publishers differ and neither relays the other. */
export function independent(a: Source, b: Source, sources: readonly Source[]): boolean {
  return publisherKey(a) !== publisherKey(b) && !relays(a, b, sources) && !relays(b, a, sources);
}

/**
 * The sources a record rests on, or undefined when it rests on none: every
 * read source of a BASIS_TYPES type, else the first pair of read news sources
 * that are independent.
 */
export function sourceBasis(incident: Incident): Source[] | undefined {
  const read = incident.sources.filter((s) => s.read !== false);
  const primary = read.filter((s) => BASIS_TYPES.includes(s.type));
  if (primary.length > 0) return primary;
  const news = read.filter((s) => s.type === 'news');
  for (const [i, a] of news.entries()) {
    for (const b of news.slice(i + 1)) if (independent(a, b, incident.sources)) return [a, b];
  }
  return undefined;
}

/** Every way a record falls short of what a published record carries, each as `field message`; empty when it carries all. */
export function coverageProblems(incident: Incident): string[] {
  const out: string[] = [];
  for (const field of ['title', 'summary'] as const) {
    for (const lang of ['fr', 'it'] as const) {
      if (!incident[field][lang]?.trim()) out.push(`${field}.${lang} missing: every record has its ${field} in French and Italian`);
    }
  }
  const sources = new Map(incident.sources.map((s) => [s.id, s]));
  incident.figures.forEach((f, i) => {
    const s = sources.get(f.source);
    if (!s) out.push(`figures[${i}].source "${f.source}" is not a source of the record`);
    else if (s.read === false) out.push(`figures[${i}].source "${f.source}" is marked read: false; a figure cites only a source we have read`);
  });
  if (!sourceBasis(incident)) {
    out.push(
      `sources: no primary report, regulator or court source that we have read (${BASIS_TYPES.join(', ')}), and no two independent news sources (different publishers, neither citing the other)`,
    );
  }
  return out;
}
