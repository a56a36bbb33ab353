import { getCollection } from 'astro:content';
import { buildCatalog } from './lib/build-catalog';
import { positionsOf } from './lib/warning-positions';

/** The one place that reads the collections; pages and components import from here. */
export const catalog = buildCatalog(await getCollection('tables'), await getCollection('tableTranslations'));

/** The ID-card multi-warning positions, 1 to 8, each text in every language. */
export const warningPositions = positionsOf(
  await getCollection('warningPositions'),
  await getCollection('positionTranslations'),
);

/** The table whose prose explains the 8-character multi-warning string. */
export const IDCARD_TABLE = 'faceid/idcard-ocr';

/** The site's base path, always ending in "/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
