/** /data/<file>: every download of @atlas/data's `artifacts()` (incidents.json, figures.csv, sources.csv, outcomes.csv, links.csv, incident.schema.json), byte for byte. */
import type { APIRoute } from 'astro';
import { site } from '../../lib/site.ts';

export function getStaticPaths() {
  return Object.entries(site().downloads()).map(([file, body]) => ({ params: { file }, props: { body } }));
}

const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export const GET: APIRoute<{ body: string }, { file: string }> = ({ params, props }) =>
  new Response(props.body, { headers: { 'content-type': TYPES[params.file.split('.').pop() ?? ''] ?? 'text/plain' } });
