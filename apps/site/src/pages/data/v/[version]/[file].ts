/** /data/v/<version>/<file>: every frozen version, the current one from the dataset and older ones from .data-releases/. */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../../../lib/data-versions.ts';
import { currentDataFiles, frozenFiles, site } from '../../../../lib/site.ts';

export async function getStaticPaths() {
  const versions = new Map(frozenFiles());
  versions.set(site().version, await currentDataFiles());
  return [...versions].flatMap(([version, files]) => Object.entries(files).map(([file, body]) => ({ params: { version, file }, props: { body } })));
}

export const GET: APIRoute<{ body: DataFile }, { version: string; file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
