import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_DOCUMENTS } from '../../schemas/code-table';

/** Serves the two source documents, byte for byte, so every table page can link to its provenance. */
export const getStaticPaths = (() => SOURCE_DOCUMENTS.map((document) => ({ params: { document } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(join(process.cwd(), 'content/sources', String(params.document)));
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
