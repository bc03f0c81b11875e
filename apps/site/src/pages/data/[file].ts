/** /data/<file>: incidents.json, the CSV tables (incidents, figures, sources, outcomes, links), datapackage.json, atlas.sqlite, incident.schema.json, byte for byte what @atlas/data writes. */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../lib/data-versions.ts';
import { currentDataFiles } from '../../lib/site.ts';

export async function getStaticPaths() {
  return Object.entries(await currentDataFiles()).map(([file, body]) => ({ params: { file }, props: { body } }));
}

export const GET: APIRoute<{ body: DataFile }, { file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
