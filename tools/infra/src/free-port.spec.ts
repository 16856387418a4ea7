import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort, portIsFree, udpPortIsFree } from './process';

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

describe('udpPortIsFree', () => {
  it('sees a UDP socket bound on the port (on any address), which a TCP probe cannot', async () => {
    const port = await freePort();
    expect(await udpPortIsFree(port)).toBe(true);
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
    try {
      expect(await udpPortIsFree(port)).toBe(false);
      expect(await portIsFree(port)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => socket.close(resolve));
    }
    expect(await udpPortIsFree(port)).toBe(true);
  });
});
