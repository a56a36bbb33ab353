import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_DOCUMENTS } from '../../registry';

// The folder beside the tables; a CONTENT_DIR without sources (synthetic benchmark data) just has no such pages.
const SOURCES = join(process.env.CONTENT_DIR ?? './content', 'sources');

/** Serves the two source documents, byte for byte, so every table page can link to its provenance. */
export const getStaticPaths = (() =>
  SOURCE_DOCUMENTS.filter((document) => existsSync(join(SOURCES, document))).map((document) => ({
    params: { document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(join(SOURCES, String(params.document))), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
