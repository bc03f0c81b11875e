/** /data/latest/<file>: the newest version's files, the same bytes as /data/v/<version>/. */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../../lib/data-versions.ts';
import { currentDataFiles } from '../../../lib/site.ts';

export async function getStaticPaths() {
  return Object.entries(await currentDataFiles()).map(([file, body]) => ({ params: { file }, props: { body } }));
}

export const GET: APIRoute<{ body: DataFile }, { file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
