import type { APIRoute, GetStaticPaths } from 'astro';
import { lookupFiles } from '../../lookup-files';

/** The code lookup in shards and its manifest, each under a name that carries a hash of its content. */
export const getStaticPaths = (() =>
  [...lookupFiles.files].map(([file, body]) => ({ params: { file }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json' } });
