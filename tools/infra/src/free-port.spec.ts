import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort } from './process';

describe('freePort', () => {
  it('hands out ports below the kernel ephemeral range, which outgoing connections never take, and a server can bind them', async () => {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10_000);
      expect(port).toBeLessThan(low);
    }
    const port = ports[0] ?? 0;
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, resolve);
    });
    await new Promise((resolve) => server.close(resolve));
  });
});
