// The web UI's built files (apps/ui, bundled by tools/build.mjs into dist/apps/ui/public), served at
// `/` by the query API so `npm start` and the query-service image need nothing else. Hashed assets
// (`name-HASH.ext`, esbuild's entry and chunk names) never change under their name and are cached
// for a year; index.html is revalidated every time (it names the current hashes). Any other GET
// outside the API is a route of the single-page app (history API): it gets index.html. Public:
// the UI must load before it can ask for an API key; the data it then fetches is under /api.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Paths that are never the UI's: the API and the admin endpoints. */
export const NON_UI_PREFIXES = ['/api', '/loki', '/healthz', '/readyz', '/metrics'] as const;

/** Cache-Control of a hashed asset, of index.html, and of any other file. */
export const UI_CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Text types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);
/** Gzipped files kept (by ETag): a build has a handful; the cap bounds memory whatever happens. */
const GZIP_CACHE_ENTRIES = 64;
const gzipAsync = promisify(gzip);

/** Whether a URL path is the API's or an admin endpoint's, not the UI's. */
export function isNonUiPath(path: string): boolean {
  return NON_UI_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** A file name carrying a content hash (`main-5XQ2ZK7A.js`, `chunk-AB12CD34.css`): cacheable forever. */
export function isHashedAsset(fileName: string): boolean {
  const m = /-([A-Za-z0-9_]{8,})(?:\.[A-Za-z0-9]+)+$/.exec(fileName);
  // esbuild's [hash] is 8 upper-case base32 characters; a lower-case word (`my-component`) is not one.
  return m !== null && (/^[A-Z0-9]+$/.test(m[1] as string) || /[0-9]/.test(m[1] as string));
}

/** The file under `root` a URL path names, or undefined when it would leave `root` (`..`, NUL). */
export function uiFilePath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

async function fileOf(path: string | undefined): Promise<{ path: string; size: number; mtimeMs: number } | undefined> {
  if (!path) return undefined;
  try {
    const s = await stat(path);
    return s.isFile() ? { path, size: s.size, mtimeMs: s.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** The answer when the UI has not been built: plain text saying how to build it. */
export function notBuiltText(uiDir: string): string {
  return `The tracehouse web UI is not built: ${join(uiDir, 'index.html')} does not exist.\n` +
    'Build it with `npm run build` (node tools/build.mjs bundles apps/ui into dist/apps/ui/public), then reload.\n' +
    'The JSON API is under /api (see the README\'s query API section).\n';
}

/** Gzipped bodies by ETag, oldest dropped first (a Map keeps insertion order). */
const gzipped = new Map<string, Buffer>();

async function gzipOnce(etag: string, body: Buffer): Promise<Buffer> {
  const hit = gzipped.get(etag);
  if (hit) return hit;
  const zipped = await gzipAsync(body);
  gzipped.set(etag, zipped);
  if (gzipped.size > GZIP_CACHE_ENTRIES) gzipped.delete(gzipped.keys().next().value as string);
  return zipped;
}

const acceptsGzip = (req: FastifyRequest): boolean => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

async function send(req: FastifyRequest, reply: FastifyReply, file: { path: string; size: number; mtimeMs: number }, cacheControl: string): Promise<FastifyReply> {
  // A weak validator from size and modification time: a rebuilt index.html gets a new one.
  const etag = `W/"${createHash('sha1').update(`${file.path}:${file.size}:${file.mtimeMs}`).digest('base64url').slice(0, 16)}"`;
  reply
    .header('cache-control', cacheControl)
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .type(TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream');
  const compressible = COMPRESSIBLE.has(extname(file.path).toLowerCase());
  if (compressible) reply.header('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  const body = await readFile(file.path);
  // Bundles are served gzipped (the issue's budget is gzipped bytes), compressed once per build.
  if (compressible && body.length >= 1024 && acceptsGzip(req)) return reply.header('content-encoding', 'gzip').send(await gzipOnce(etag, body));
  return reply.send(body);
}

/**
 * Registers the UI routes: `GET /` and `GET /*` answer the file under `uiDir` the path names, else
 * index.html (for the app's own routes), else a plain-text note that the UI is not built. Paths
 * under the API are left to `notFound` (the API's own 404, in its family's format), after the
 * tenancy check the server applies to them.
 */
export function registerUiRoutes(app: FastifyInstance, uiDir: string, notFound: (req: FastifyRequest, reply: FastifyReply) => FastifyReply): void {
  const root = resolve(uiDir);
  const handler = async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = req.url.split('?')[0] ?? '/';
    if (isNonUiPath(path)) return notFound(req, reply);
    const file = path === '/' ? undefined : await fileOf(uiFilePath(root, path));
    if (file) {
      const name = file.path.slice(file.path.lastIndexOf(sep) + 1);
      return send(req, reply, file, name !== 'index.html' && isHashedAsset(name) ? UI_CACHE.immutable : UI_CACHE.revalidate);
    }
    const index = await fileOf(join(root, 'index.html'));
    if (!index) return reply.code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(notBuiltText(root));
    return send(req, reply, index, UI_CACHE.revalidate);
  };
  app.get('/', { config: { public: true } }, handler);
  app.get('/*', { config: { public: true } }, handler);
}
