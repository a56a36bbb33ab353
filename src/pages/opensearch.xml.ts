import type { APIRoute } from 'astro';
import { BASE } from '../catalog';
import { withBase } from '../lib/paths';

/** Lets browsers search the site from the address bar. */
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => new URL(withBase(BASE, path), site).href;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Tencent Cloud codes</ShortName>
  <Description>Tencent Cloud image-service and FaceID error codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${url('favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${url('search/')}?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
