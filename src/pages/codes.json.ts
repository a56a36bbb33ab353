import type { APIRoute } from 'astro';
import { BASE, catalog, warningPositions } from '../catalog';
import { exportCatalog } from '../lib/export-catalog';

/** Every table and row with its URLs; the shape is documented in the README. */
export const GET: APIRoute = ({ site }) =>
  Response.json({ ...exportCatalog(catalog, String(site), BASE), warningPositions });
