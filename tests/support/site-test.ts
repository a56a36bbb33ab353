// The browser tests' `test`: Playwright's, plus `siteURL`, the root of the built site. A project's baseURL is the
// root of one language ("/en/", "/sub/en/", or "/" for 简体中文); what exists once for the whole site (codes.json,
// lookup/, pagefind/, _headers, 404.html, the sitemap) and the crawl that starts at the home page use siteURL.
import { test as base } from '@playwright/test';

export interface SiteOptions {
  /** The root of the built site, with its base path: "http://127.0.0.1:<port>/" or "http://127.0.0.1:<port>/sub/". */
  siteURL: string;
}

export const test = base.extend<SiteOptions>({ siteURL: ['', { option: true }] });
export { expect, type Page } from '@playwright/test';
