/**
 * The container health check of every tracehouse image (the Dockerfile's HEALTHCHECK): exits 0 when
 * the app answers 200 on `http://127.0.0.1:$ADMIN_PORT/readyz` (or the path given as the first
 * argument), 1 otherwise. Slim Node images have no curl or wget, so Node's own fetch asks.
 */
const TIMEOUT_MS = 4_000;

async function check(): Promise<number> {
  const port = Number(process.env.ADMIN_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    process.stderr.write(`healthcheck: ADMIN_PORT must be the app's admin port (got "${process.env.ADMIN_PORT ?? ''}")\n`);
    return 1;
  }
  const path = process.argv[2] ?? '/readyz';
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (response.status === 200) return 0;
    process.stderr.write(`healthcheck: ${path} answered ${response.status}: ${(await response.text()).slice(0, 500)}\n`);
    return 1;
  } catch (err) {
    process.stderr.write(`healthcheck: ${path} on port ${port} did not answer: ${(err as Error).message}\n`);
    return 1;
  }
}

// exitCode rather than exit(): lets stderr flush; nothing else keeps the process alive.
void check().then((code) => {
  process.exitCode = code;
});
