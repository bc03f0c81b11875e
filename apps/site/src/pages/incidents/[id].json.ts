/** /incidents/<id>.json: one record with the dataset metadata, from @atlas/data's incidentJson. */
import { incidentJson } from '@atlas/data';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/dataset.ts';

export const getStaticPaths: GetStaticPaths = () => getDataset().incidents.map((i) => ({ params: { id: i.id } }));

export const GET: APIRoute = ({ params }) => {
  const body = incidentJson(getDataset(), String(params.id));
  if (!body) throw new Error(`no incident ${params.id}`);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
