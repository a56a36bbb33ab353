// Build time: the source documents as the pages name and link them.
import { documentOf, isDocumentId, type DocumentFile, type DocumentId } from '../registry';
import type { Catalog, Table } from './build-catalog';
import { SOURCE_LANG, type ContentLang } from './i18n';
import { tableHref, withBase } from './paths';

/** The file a page in content language `content` links to: that language's, else the source language's. */
export function documentFile(id: DocumentId, content: ContentLang): DocumentFile {
  const { languages } = documentOf(id);
  const file = languages[content] ?? languages[SOURCE_LANG] ?? Object.values(languages)[0];
  if (!file) throw new Error(`src/registry.ts: document ${id} names no file`);
  return file;
}

/** The file in its repository, at the version read. */
export const documentUrl = (file: DocumentFile): string =>
  `https://github.com/${file.repository}/blob/${file.version}/${file.path.split('/').map(encodeURIComponent).join('/')}`;

/** The fragment of a document's tables on the home page. */
export const documentAnchor = (id: DocumentId): string => `document-${id}`;

/**
 * What took a deprecated table's place: its own successor table when it names one, else the successor document's
 * tables on the home page (under `root`, the pages of the page's language).
 */
export function successorOf(
  catalog: Catalog,
  table: Table,
  root: string,
): { href: string; table?: Table; document: DocumentId } | undefined {
  const own = table.successor ? catalog.byTable.get(table.successor) : undefined;
  if (own) return { href: tableHref(root, own.id), table: own, document: own.document };
  const document = documentOf(table.document).successor;
  return document !== undefined && isDocumentId(document)
    ? { href: `${withBase(root)}#${documentAnchor(document)}`, document }
    : undefined;
}
