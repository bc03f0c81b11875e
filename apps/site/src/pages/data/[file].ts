/**
 * /data/<file> in `astro dev` only: incidents.json, the CSV tables, datapackage.json,
 * atlas.sqlite and incident.schema.json, byte for byte what @atlas/data writes.
 * In a build these, /data/latest/ and /data/v/ are plain files written by the
 * build's sibling process (scripts/side-outputs.ts) beside the render, from the
 * same list (lib/data-versions.ts dataFiles): through Astro's router each file
 * cost a response that Astro reads back, and the SQLite file was made on the
 * render's core.
 */
import type { APIRoute } from 'astro';
import { type DataFile, dataResponse } from '../../lib/data-versions.ts';
import { DEV_SERVER, devDataFiles } from '../../lib/site.ts';

export const getStaticPaths = async () => (DEV_SERVER ? devDataFiles<{ file: string }>(/^data\/(?<file>[^/]+)$/) : []);

export const GET: APIRoute<{ body: DataFile }, { file: string }> = ({ params, props }) => dataResponse(params.file, props.body);
