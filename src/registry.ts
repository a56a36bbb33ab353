// The one registry of what the site documents: the products, and the source documents with their provenance. The
// schemas' enums, the served source files, the home and about pages and the tests' document list derive from it. A
// product's name is an interface string (src/i18n/<lang>.ts, `products`); a document's tables are content files.
// Adding a source document is its files in content/sources/, one entry here, and its tables.
import type { ContentLang } from './lib/i18n';

/** The products, in the order the home page lists them: today's first, the legacy image services last. */
export const PRODUCT_IDS = ['faceid', 'ocr', 'iai', 'ci', 'api3', 'image'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

/** Where one language's text of a document comes from. */
export interface DocumentFile {
  /** The file in content/sources/, byte for byte as read (two languages may share one file, as the SDK tables do). */
  file: string;
  /** The GitHub repository it was read from. */
  repository: string;
  /** Its path in that repository. */
  path: string;
  /** The commit of the version read. */
  version: string;
  /** When that version was written (YYYY-MM-DD). */
  date: string;
}

/** One source document: Tencent's text in each language it publishes. */
export interface SourceDocument {
  /** Each language Tencent publishes the document in; the texts of its tables in these languages are official. */
  languages: Partial<Record<ContentLang, DocumentFile>>;
  /** The licence the repository states; undefined when it states none (quoted as Tencent's official wording). */
  licence?: string;
  /** Set when Tencent has deprecated the page: when it was moved into a `弃用文档` folder. */
  deprecated?: { movedOn: string };
  /** The document that took its place, by id (checked below). */
  successor?: string;
  /** For the API 3.0 error codes of an SDK: the API and its version, which the tables' headings name. */
  api?: { name: string; version: string };
}

const QCLOUD = 'tencentyun/qcloud-documents';
const INTL = 'tencentyun/intlcloud-documents';
const GO_SDK = 'TencentCloud/tencentcloud-sdk-go';
const PY_SDK = 'TencentCloud/tencentcloud-sdk-python-intl-en';

/** The SDK tables: one file, the Go SDK's Chinese and the international Python SDK's English. */
function sdkTable(name: string, api: string, version: string, zh: [string, string], en: [string, string]) {
  const file = `api3-${name}.tsv`;
  const path = `tencentcloud/${api}/v${version.replaceAll('-', '')}`;
  return {
    languages: {
      zh: { file, repository: GO_SDK, path: `${path}/errors.go`, version: zh[0], date: zh[1] },
      en: { file, repository: PY_SDK, path: `${path}/errorcodes.py`, version: en[0], date: en[1] },
    },
    licence: 'Apache-2.0',
    api: { name: api, version },
  } satisfies SourceDocument;
}

/**
 * The source documents, by id, in the order of their tables. The two seeds the site was started from are Tencent's
 * deprecated pages; the others are what integrations receive today (content/sources/README.md).
 */
export const DOCUMENTS = {
  'faceid-saas-error-codes': {
    languages: {
      zh: {
        file: 'faceid-saas-error-codes.zh.md',
        repository: QCLOUD,
        path: 'product/大数据与AI/人脸核身（云智慧眼）/接入文档/SaaS服务错误码.md',
        version: '4959c70e',
        date: '2021-06-11',
      },
    },
  },
  'faceid-intl-error-codes': {
    languages: {
      zh: {
        file: 'faceid-intl-error-codes.zh.md',
        repository: INTL,
        path: 'yehe_doc/人脸识别/人脸核身/快速入门/错误码_intl_zh.md',
        version: '3391064a',
        date: '2022-11-22',
      },
      en: {
        file: 'faceid-intl-error-codes.en.md',
        repository: INTL,
        path: 'yehe_doc/人脸识别/人脸核身/快速入门/错误码_intl_en.md',
        version: '3391064a',
        date: '2022-11-22',
      },
    },
  },
  'api3-faceid': sdkTable('faceid', 'faceid', '2018-03-01', ['353fe53d', '2026-05-26'], ['c23dc9ec', '2026-05-28']),
  'api3-ocr': sdkTable('ocr', 'ocr', '2018-11-19', ['e58375e2', '2026-06-08'], ['31b036a0', '2026-07-06']),
  'api3-iai': sdkTable('iai', 'iai', '2020-03-03', ['a4f44829', '2025-07-05'], ['2fb1827c', '2026-08-12']),
  'api3-common-and-iai-2018': {
    languages: {
      zh: {
        file: 'api3-common-and-iai-2018.zh.md',
        repository: INTL,
        path: 'API/API 3.0/云智AI应用服务/人脸识别/iai-2018-03-01/错误码.md',
        version: 'b18b2f4c',
        date: '2019-05',
      },
      en: {
        file: 'api3-common-and-iai-2018.en.md',
        repository: INTL,
        path: 'API/API 3.0/云智AI应用服务/人脸识别/iai-2018-03-01/错误码_intl.md',
        version: 'b385bdc2',
        date: '2019-05',
      },
    },
    api: { name: 'iai', version: '2018-03-01' },
  },
  'cloud-infinite-error-codes': {
    languages: {
      zh: {
        file: 'cloud-infinite-error-codes.zh.md',
        repository: INTL,
        path: 'yehe_doc/基础存储服务/数据万象/API 文档/错误码_intl_zh.md',
        version: '5dcc48b5',
        date: '2023-07-10',
      },
      en: {
        file: 'cloud-infinite-error-codes.en.md',
        repository: INTL,
        path: 'yehe_doc/基础存储服务/数据万象/API 文档/错误码_intl_en.md',
        version: '5dcc48b5',
        date: '2023-07-10',
      },
    },
  },
  'faceid-response-codes': {
    languages: {
      zh: {
        file: 'faceid-response-codes.md',
        repository: QCLOUD,
        path: 'product/金融服务/金融级身份认证2018-12/弃用文档/金融级身份认证/开发者指南/通用响应码列表.md',
        version: '8ffb6bd7',
        date: '2018-12-11',
      },
    },
    deprecated: { movedOn: '2019-04-07' },
    successor: 'faceid-saas-error-codes',
  },
  'image-services-error-codes': {
    languages: {
      zh: {
        file: 'image-services-error-codes.md',
        repository: QCLOUD,
        path: 'product/大数据与AI/万象优图2.0/弃用文档/APIyouhua/错误码说明.md',
        version: '5493dcf5',
        date: '2017-02-15',
      },
    },
    deprecated: { movedOn: '2019-04-03' },
    successor: 'cloud-infinite-error-codes',
  },
} as const satisfies Record<string, SourceDocument>;

export type DocumentId = keyof typeof DOCUMENTS;

/** The document ids, in the registry's order. */
export const DOCUMENT_IDS = Object.keys(DOCUMENTS) as [DocumentId, ...DocumentId[]];

/** A document's entry, typed as the general shape (the registry's literal types are narrower). */
export const documentOf = (id: DocumentId): SourceDocument => DOCUMENTS[id];

/** Whether `id` names a document of the registry. */
export const isDocumentId = (id: string): id is DocumentId => Object.hasOwn(DOCUMENTS, id);

for (const id of DOCUMENT_IDS) {
  const { successor } = documentOf(id);
  if (successor !== undefined && !isDocumentId(successor))
    throw new Error(`src/registry.ts: the successor of ${id}, "${successor}", is not a document of the registry`);
}

/** Every file of content/sources/ the site serves, once each, in the registry's order. */
export const SOURCE_FILES = [
  ...new Set(DOCUMENT_IDS.flatMap((id) => Object.values(documentOf(id).languages).map((l) => l.file))),
];

/** The languages a document is published in. */
export const documentLanguages = (id: DocumentId): ContentLang[] =>
  Object.keys(documentOf(id).languages) as ContentLang[];

/** The year Tencent last edited a document: the year a deprecated page is labelled with. */
export const documentYear = (id: DocumentId): string =>
  Object.values(documentOf(id).languages)
    .map((l) => l.date.slice(0, 4))
    .sort()
    .at(-1) ?? '';
