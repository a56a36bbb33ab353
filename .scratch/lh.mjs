// node /tmp/lh/run.mjs <dir> <page path> [runs] [desktop]
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
process.chdir('/work/main');
const { serve } = await import('/work/main/tests/support/serve.mjs');
const { CHROMIUM_ARGS, findChromium } = await import('/work/main/tests/support/browser.mjs');
const [dir, path, runsArg, ff] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const html = readFileSync(join(dir, path, 'index.html'), 'utf8')
  .replace(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*>/g, '')
  .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
mkdirSync(join(dir, '_bare', path), { recursive: true });
writeFileSync(join(dir, '_bare', path, 'index.html'), html);
const server = await serve({ dir });
const base = `http://127.0.0.1:${server.address().port}/`;
const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const opts = { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] };
const cfg = ff === 'desktop' ? desktopConfig : undefined;
await lighthouse(base, opts, cfg);
const res = { ours: [], bare: [] };
for (let i = 0; i < runs; i++) {
  for (const kind of ['bare', 'ours']) {
    const url = new URL((kind === 'bare' ? '_bare/' : '') + path, base).href;
    const r = await lighthouse(url, opts, cfg);
    const a = r.lhr.audits;
    const lcp = a['largest-contentful-paint'].numericValue;
    const fcp = a['first-contentful-paint'].numericValue;
    const el = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? a['lcp-breakdown-insight']?.details?.items?.find?.((x) => x.type === 'node')?.snippet;
    const reqs = a['network-requests'].details.items.map((x) => `${x.url.replace(base, '/')} ${Math.round(x.transferSize)}B ${Math.round(x.networkRequestTime)}-${Math.round(x.networkEndTime)}`);
    res[kind].push(lcp);
    console.log(kind, Math.round(fcp), Math.round(lcp), (el ?? '').slice(0, 100));
    if (i === 0) console.log('  ', reqs.join('\n   '));
    if (i === 0 && kind === 'ours') writeFileSync(`/tmp/lh/${kind}.json`, JSON.stringify(r.lhr));
  }
}
const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('median ours', Math.round(med(res.ours)), 'bare', Math.round(med(res.bare)), 'ratio', (med(res.ours) / med(res.bare)).toFixed(3));
chrome.kill();
server.close();
