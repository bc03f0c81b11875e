/** /data/incidents.json, figures.csv, sources.csv, incident.schema.json: byte for byte what @atlas/data writes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { views } from '../../lib/views.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(views().artifacts('all')).map((file) => ({ params: { file } }));

const TYPES: Record<string, string> = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const body = views().artifacts('all')[file];
  if (body === undefined) throw new Error(`no artifact ${file}`);
  return new Response(body, { headers: { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'text/plain' } });
};
