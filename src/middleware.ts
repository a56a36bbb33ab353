// Every page knows its language from its address, as Starlight's pages do: `Astro.locals.lang` and its interface
// strings `Astro.locals.t`, set here before the page renders (at build time, for every page).
import { defineMiddleware } from 'astro:middleware';
import { dictionary } from './i18n';
import { langOfPath } from './lib/i18n';

export const onRequest = defineMiddleware((context, next) => {
  const lang = langOfPath(import.meta.env.BASE_URL, context.url.pathname);
  context.locals.lang = lang;
  context.locals.t = dictionary(lang);
  return next();
});
