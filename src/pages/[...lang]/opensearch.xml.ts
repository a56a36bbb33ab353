import type { APIRoute } from 'astro';
import { BASE } from '../../catalog';
import { langPaths, langRoot } from '../../lib/i18n';
import { searchTemplate, withBase } from '../../lib/paths';

export const getStaticPaths = langPaths;

/** Lets browsers search the site from the address bar. */
export const GET: APIRoute = ({ site, locals }) => {
  const { lang, t } = locals;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${t.site.shortName}</ShortName>
  <Description>${t.site.description}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${lang}</Language>
  <Image width="32" height="32" type="image/svg+xml">${new URL(withBase(BASE, 'favicon.svg'), site).href}</Image>
  <Url type="text/html" method="get" template="${new URL(searchTemplate(langRoot(BASE, lang)), site).href}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
