import { getCollection } from 'astro:content';
import { buildCatalog } from './lib/build-catalog';

/** The one place that reads the collections; pages and components import from here. */
export const catalog = buildCatalog(await getCollection('tables'));

/** The ID-card multi-warning positions, 1 to 8. */
export const warningPositions = (await getCollection('warningPositions'))
  .map((entry) => ({ position: Number(entry.id), ...entry.data }))
  .sort((a, b) => a.position - b.position);

/** The table whose prose explains the 8-character multi-warning string. */
export const IDCARD_TABLE = 'faceid/idcard-ocr';

/** The site's base path, always ending in "/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
