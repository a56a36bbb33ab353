import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, serverPorts } from '../support/ports';

/** Whether a server can listen on `port` right now; it closes again at once. */
const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

describe('freePort', () => {
  it('returns a port a server can listen on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await canListen(port)).toBe(true);
  });
  it('returns another port than one in use', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    if (typeof address !== 'object' || !address) throw new Error('the busy server has no port');
    try {
      expect(await canListen(address.port)).toBe(false);
      expect(await freePort()).not.toBe(address.port);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });
});

describe('serverPorts', () => {
  it('returns two different free ports when E2E_PORT is unset', async () => {
    const [first, second] = await serverPorts(undefined);
    expect(first).not.toBe(second);
    for (const port of [first, second]) expect(await canListen(port), `port ${port}`).toBe(true);
  });
  it('returns E2E_PORT and the next port when it is set', async () => {
    expect(await serverPorts('4400')).toEqual([4400, 4401]);
  });
});
