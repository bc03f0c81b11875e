/** /incidents/<id>.json: one record with the dataset metadata, from @atlas/data's incidentJson. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site.ts';

export function getStaticPaths() {
  return site().dataset.incidents.map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute<Record<string, never>, { id: string }> = ({ params }) =>
  new Response(site().incidentJson(params.id), { headers: { 'content-type': 'application/json; charset=utf-8' } });
