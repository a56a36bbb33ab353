// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the system's, then Playwright's own
// (installed on first use where the network allows it). The tests prefer the old headless shell (Debian's
// chromium-headless-shell, Playwright's default when it runs its own Chromium headless): it renders pages with the
// same engine without the browser's own layers, and the browser suite takes about a quarter less time in it
// (docs/performance.md). The benchmark times what readers feel, in the full browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const SYSTEM_HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

/**
 * The path of a Chromium executable, or undefined when Playwright's bundled one should be used. `shell`: a system
 * headless shell first, where there is one.
 */
export function findChromium({ install = false, shell = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const system = [...(shell ? SYSTEM_HEADLESS_SHELLS : []), ...SYSTEM_CHROMIUMS].find((path) => existsSync(path));
  if (system) return system;
  if (!existsSync(chromium.executablePath()) && install) {
    console.log("No system Chromium found: installing Playwright's Chromium");
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  return undefined;
}

/** Launch flags for headless Chromium on a machine with a closed network and no sandbox support as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
