/** /data/v/<version>/<file> in `astro dev` only: every frozen version, the current one from the dataset and older ones from .data-releases/ (in a build the sibling writes them; see ../../[file].ts). */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../../../lib/data-versions.ts';
import { DEV_SERVER, devDataFiles } from '../../../../lib/site.ts';

export const getStaticPaths = async () => (DEV_SERVER ? devDataFiles<{ version: string; file: string }>(/^data\/v\/(?<version>[^/]+)\/(?<file>[^/]+)$/) : []);

export const GET: APIRoute<{ body: DataFile }, { version: string; file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
