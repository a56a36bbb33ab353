import type { APIRoute } from 'astro';
import { BASE, catalog, warningPositions } from '../catalog';
import { productNames } from '../i18n';
import { exportCatalog } from '../lib/export-catalog';

/** Every table and row with its URLs; the shape is documented in docs/codes-json.md. */
export const GET: APIRoute = ({ site }) =>
  Response.json(exportCatalog(catalog, warningPositions, String(site), BASE, productNames()));
