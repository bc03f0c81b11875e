/**
 * /incidents/<id>.json in `astro dev` only: one record with the dataset metadata,
 * from @atlas/data's incidentJson. In a build the build's sibling process
 * (scripts/side-outputs.ts) writes these files from the same model
 * (lib/data-versions.ts incidentJsonFiles): 10,000 responses through Astro's
 * router took about 10 s of the render's core.
 */
import type { APIRoute } from 'astro';
import { DEV_SERVER, site } from '../../lib/site.ts';

export function getStaticPaths() {
  return DEV_SERVER ? site().dataset.incidents.map((i) => ({ params: { id: i.id } })) : [];
}

export const GET: APIRoute<Record<string, never>, { id: string }> = ({ params }) =>
  new Response(site().incidentJson(params.id), { headers: { 'content-type': 'application/json; charset=utf-8' } });
