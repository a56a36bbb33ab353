/**
 * The one registry of the products the site documents and the source document of each, with their names in both
 * languages. The schemas' enums, the pages' product labels, the served source documents and the tests' document list
 * all derive from it: a new product is added here, and everything else follows (or fails to build).
 */
export const PRODUCTS = {
  image: {
    /** The product's name, as Tencent Cloud's Chinese documents write it and in English. */
    name: { zh: '万象优图', en: 'Cloud Infinite (legacy image services, V1 API)' },
    /** A short form for tight places (labels beside a table's name). */
    short: { zh: '万象优图', en: 'Cloud Infinite' },
    /** The file in `content/sources/` its tables come from. */
    document: 'image-services-error-codes.md',
  },
  faceid: {
    name: { zh: '人脸核身', en: 'FaceID' },
    short: { zh: '人脸核身', en: 'FaceID' },
    document: 'faceid-response-codes.md',
  },
} as const satisfies Record<string, { name: Names; short: Names; document: `${string}.md` }>;

/** A text in both languages: the Chinese as Tencent Cloud writes it, the English ours. */
export interface Names {
  zh: string;
  en: string;
}

export type ProductId = keyof typeof PRODUCTS;
export type SourceDocument = (typeof PRODUCTS)[ProductId]['document'];

/** The product ids, in the registry's order (the home page's order). */
export const PRODUCT_IDS = Object.keys(PRODUCTS) as [ProductId, ...ProductId[]];

/** The source documents in `content/sources/`, one per product, in the registry's order. */
export const SOURCE_DOCUMENTS = PRODUCT_IDS.map((id) => PRODUCTS[id].document) as [SourceDocument, ...SourceDocument[]];
