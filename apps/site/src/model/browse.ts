/**
 * Browsing without JavaScript: the incidents grouped by sector, by exposure
 * vector and by year made public, each group a pre-rendered page. Pure
 * functions of a list of incidents; the lists keep the dataset's order
 * (newest first), and a group's size is a count of incidents, never a sum of
 * their figures.
 */
import { bounds, type Incident, SECTORS, VECTORS } from '@atlas/schema';

export const FACETS = ['sectors', 'vectors', 'years'] as const;
export type Facet = (typeof FACETS)[number];

/** The year an incident was made public ("2020" for "2020-02"). */
export const yearOf = (incident: Incident): string => incident.dates.made_public.slice(0, 4);

/** The key of an incident in a facet: its sector, its vector or its year. */
export function facetKey(facet: Facet, incident: Incident): string {
  if (facet === 'sectors') return incident.sector;
  if (facet === 'vectors') return incident.vector;
  return yearOf(incident);
}

/** Newest first by the day the record was made public (the earliest day a partial date can mean), then by id. */
export function newestFirst(incidents: readonly Incident[]): Incident[] {
  return [...incidents].sort((a, b) => bounds(b.dates.made_public)[0].localeCompare(bounds(a.dates.made_public)[0]) || a.id.localeCompare(b.id));
}

/**
 * The keys a facet has pages for: every term of the sector and vector
 * vocabularies (so a link from any record resolves), and every year some
 * incident was made public, newest first.
 */
export function facetKeys(facet: Facet, incidents: readonly Incident[]): string[] {
  if (facet === 'sectors') return SECTORS.map((s) => s.id);
  if (facet === 'vectors') return VECTORS.map((v) => v.id);
  return [...new Set(incidents.map(yearOf))].sort((a, b) => b.localeCompare(a));
}

/** The incidents of each key of a facet, newest first; every key of facetKeys is present, empty when no incident has it. */
export function groupBy(facet: Facet, incidents: readonly Incident[]): Map<string, Incident[]> {
  const out = new Map<string, Incident[]>(facetKeys(facet, incidents).map((k) => [k, []]));
  for (const incident of newestFirst(incidents)) out.get(facetKey(facet, incident))?.push(incident);
  return out;
}
