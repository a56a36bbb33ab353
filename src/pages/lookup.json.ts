import type { APIRoute } from 'astro';
import { catalog } from '../catalog';
import { buildLookupIndex } from '../lib/export-catalog';

/** The code index the search box and the decoder load on first use. */
export const GET: APIRoute = () => Response.json(buildLookupIndex(catalog));
