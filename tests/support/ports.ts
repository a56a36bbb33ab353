// The ports of the browser tests' static servers (tests/playwright.config.ts).
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (typeof address !== 'object' || !address) {
        probe.close(() => reject(new Error(`the probe server has no port: ${String(address)}`)));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

/** The ports of the two servers: `fixed` (E2E_PORT) and the next one when set, otherwise two different free ones. */
export async function serverPorts(fixed: string | undefined): Promise<[number, number]> {
  if (fixed) return [Number(fixed), Number(fixed) + 1];
  const first = await freePort();
  let second = await freePort();
  while (second === first) second = await freePort();
  return [first, second];
}
