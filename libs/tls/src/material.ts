import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import type { TlsSettings } from './config';

/** The certificate files of a server as read at one moment, before they are checked. */
export interface TlsFiles {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly ca?: Buffer;
}

/** A checked certificate, key and client CA: what a server's secure context is made of. */
export interface TlsMaterial extends TlsFiles {
  /** SHA-256 over the three files: tells a new pair from the one loaded. */
  readonly digest: string;
  /** Of the leaf certificate, `AA:BB:...` as Node prints it. */
  readonly fingerprint256: string;
  readonly subject: string;
  /** When the leaf certificate expires, ms since the epoch. */
  readonly notAfterMs: number;
}

/** A certificate, key or CA file that cannot be used, naming the variable that points at it. */
export class TlsMaterialError extends Error {
  constructor(
    readonly variable: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TlsMaterialError';
  }
}

/** Hashes the files as read: equal digests mean nothing changed. */
export function digestTlsFiles(files: TlsFiles): string {
  const h = createHash('sha256');
  for (const part of [files.cert, files.key, files.ca ?? Buffer.alloc(0)]) {
    h.update(String(part.length)).update(':').update(part);
  }
  return h.digest('hex');
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Checks files read from disk and returns them as {@link TlsMaterial}: the certificate parses, the
 * key is the certificate's (OpenSSL refuses a mismatched pair when building the context, which is
 * also what catches a pair read half-way through a rotation), and the CA bundle holds at least one
 * certificate and every one parses.
 * @throws TlsMaterialError naming the variable whose file is wrong.
 */
export function checkTlsFiles(settings: TlsSettings, files: TlsFiles): TlsMaterial {
  const { prefix } = settings;
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(files.cert);
  } catch (err) {
    throw new TlsMaterialError(`${prefix}_TLS_CERT_FILE`, `${settings.certFile} holds no PEM certificate (${(err as Error).message})`, { cause: err });
  }
  try {
    createSecureContext({ cert: files.cert, key: files.key });
  } catch (err) {
    const mismatch = /mismatch/i.test((err as Error).message);
    throw new TlsMaterialError(
      `${prefix}_TLS_KEY_FILE`,
      mismatch ? `${settings.keyFile} is not the private key of the certificate in ${settings.certFile} (${(err as Error).message})` : `${settings.keyFile} holds no usable PEM private key (${(err as Error).message})`,
      { cause: err },
    );
  }
  if (files.ca !== undefined) {
    const blocks = files.ca.toString('latin1').match(PEM_CERT) ?? [];
    if (blocks.length === 0) throw new TlsMaterialError(`${prefix}_TLS_CLIENT_CA_FILE`, `${settings.clientCaFile ?? ''} holds no PEM certificate`);
    blocks.forEach((block, i) => {
      try {
        new X509Certificate(block);
      } catch (err) {
        throw new TlsMaterialError(`${prefix}_TLS_CLIENT_CA_FILE`, `certificate ${i + 1} in ${settings.clientCaFile ?? ''} does not parse (${(err as Error).message})`, { cause: err });
      }
    });
  }
  return { ...files, digest: digestTlsFiles(files), fingerprint256: leaf.fingerprint256, subject: leaf.subject.replace(/\n/g, ', '), notAfterMs: Date.parse(leaf.validTo) };
}

function readError(variable: string, path: string, err: unknown): TlsMaterialError {
  return new TlsMaterialError(variable, `${path} cannot be read: ${(err as Error).message}`, { cause: err });
}

/** Reads and checks the files of `settings` at start-up (synchronously). @throws TlsMaterialError */
export function loadTlsMaterial(settings: TlsSettings): TlsMaterial {
  const read = (variable: string, path: string): Buffer => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw readError(variable, path, err);
    }
  };
  const { prefix } = settings;
  return checkTlsFiles(settings, {
    cert: read(`${prefix}_TLS_CERT_FILE`, settings.certFile),
    key: read(`${prefix}_TLS_KEY_FILE`, settings.keyFile),
    ca: settings.clientCaFile === undefined ? undefined : read(`${prefix}_TLS_CLIENT_CA_FILE`, settings.clientCaFile),
  });
}

/** Reads the files of `settings` without checking them. @throws TlsMaterialError when one cannot be read. */
export async function readTlsFiles(settings: TlsSettings): Promise<TlsFiles> {
  const { prefix } = settings;
  const read = (variable: string, path: string): Promise<Buffer> => readFile(path).catch((err: unknown) => Promise.reject(readError(variable, path, err)));
  const [cert, key, ca] = await Promise.all([
    read(`${prefix}_TLS_CERT_FILE`, settings.certFile),
    read(`${prefix}_TLS_KEY_FILE`, settings.keyFile),
    settings.clientCaFile === undefined ? undefined : read(`${prefix}_TLS_CLIENT_CA_FILE`, settings.clientCaFile),
  ]);
  return { cert, key, ca };
}
