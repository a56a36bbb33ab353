import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_FILES } from '../../registry';

// The folder beside the tables; a CONTENT_DIR without sources (synthetic benchmark data) just has no such pages.
const SOURCES = join(process.env.CONTENT_DIR ?? './content', 'sources');

const TYPES: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
};

/** Serves the source documents, byte for byte, so every table page can link to its provenance. */
export const getStaticPaths = (() =>
  SOURCE_FILES.filter((file) => existsSync(join(SOURCES, file))).map((document) => ({
    params: { document },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.document);
  return new Response(await readFile(join(SOURCES, file)), {
    headers: { 'Content-Type': TYPES[file.split('.').at(-1) ?? ''] ?? 'text/plain; charset=utf-8' },
  });
};
