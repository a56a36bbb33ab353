// A script chunk whose fetch failed once, in Firefox: the search must still answer, its script fetched again
// (src/scripts/import-chunk.ts forgets a failed import, and imports it again under another address when the browser
// keeps the failed module, as some Firefox versions do). Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi, on the site of dist/ served from here, the first fetch of the search engine's
// script cut off as a flaky network would.
import { existsSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dictionary } from '../../src/i18n';
import { serve } from '../support/serve.mjs';
import { SITE_DIR } from '../support/site-files';
import { answerOrder } from '../support/tables';

const FIREFOX = '/usr/bin/firefox-esr';
const MINUTE = 60_000;
/** The search engine's script, asked for without a query (a retry under another address adds one). */
const ENGINE = /^\/_astro\/search-engine\.[^/?]*\.js$/;

let site: Awaited<ReturnType<typeof serve>> | undefined;
let proxy: Server | undefined;
let browser: Browser | undefined;
let origin = '';
/** The requests for the search engine's script, by path and query. */
const engineRequests: string[] = [];

/** Serves the site through a proxy that cuts off the first request for the search engine's script. */
async function flakySite(): Promise<string> {
  site = await serve({ dir: SITE_DIR });
  const sitePort = (site.address() as AddressInfo).port;
  let cut = false;
  proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.includes('/search-engine.')) engineRequests.push(`${url.pathname}${url.search}`);
    if (!cut && ENGINE.test(url.pathname) && !url.search) {
      cut = true;
      req.socket.destroy();
      return;
    }
    const upstream = request({ port: sitePort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`${FIREFOX} is missing: install Firefox ESR with \`apt-get install -y firefox-esr\`.`);
  origin = await flakySite();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, protocol: 'webDriverBiDi' });
}, 2 * MINUTE);

afterAll(async () => {
  await browser?.close();
  proxy?.close();
  site?.close();
});

describe('a script chunk that failed to load once, in Firefox', () => {
  test(
    'still lets the search box answer a code, its script fetched again',
    async () => {
      const t = dictionary('en').scripts.searchBox;
      const page = await (browser as Browser).newPage();
      await page.goto(`${origin}en/image/face/`);
      await page.locator(`::-p-aria([name="${t.label}"][role="searchbox"])`).fill('-1102');
      // The answer's lines: the code's meanings, one per table.
      const lines = await page.waitForFunction(
        (name: string) => {
          const region = [...document.querySelectorAll('section')].find((s) => s.getAttribute('aria-label') === name);
          const list = region?.querySelector('ul');
          return list && !region?.hidden ? list.querySelectorAll('li').length : 0;
        },
        { timeout: MINUTE },
        t.results,
      );
      expect(await lines.jsonValue()).toBe(answerOrder('-1102').length);
      expect(engineRequests.length).toBeGreaterThan(1);
    },
    2 * MINUTE,
  );
});
