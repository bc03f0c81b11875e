/** /data/latest/<file> in `astro dev` only: the newest version's files, the same bytes as /data/v/<version>/ (in a build the sibling writes them; see ../[file].ts). */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../../lib/data-versions.ts';
import { DEV_SERVER, devDataFiles } from '../../../lib/site.ts';

export const getStaticPaths = async () => (DEV_SERVER ? devDataFiles<{ file: string }>(/^data\/latest\/(?<file>[^/]+)$/) : []);

export const GET: APIRoute<{ body: DataFile }, { file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
