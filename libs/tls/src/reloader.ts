import type { Logger, Metrics } from '@tracehouse/observability';
import type { TlsSettings } from './config';
import { checkTlsFiles, digestTlsFiles, loadTlsMaterial, readTlsFiles, TlsMaterialError, type TlsMaterial } from './material';

/** What one look at the files found. */
export const TLS_CHECK_OUTCOMES = ['unchanged', 'changing', 'reloaded', 'failed'] as const;
/** One of {@link TLS_CHECK_OUTCOMES}. */
export type TlsCheckOutcome = (typeof TLS_CHECK_OUTCOMES)[number];

/** Options of {@link TlsReloader}. */
export interface TlsReloaderOptions {
  readonly logger?: Logger;
  /** Reloads, failures and the certificate's expiry go to /metrics when given. */
  readonly metrics?: Metrics;
}

/**
 * The certificate, key and client CA of one server, read at start-up and looked at again every
 * `reloadIntervalMs`, so a certificate cert-manager rotates in a mounted Secret is served without a
 * restart and without closing a connection (listeners swap the secure context new handshakes use).
 *
 * Polling, not fs.watch: a Kubernetes Secret volume is updated by swapping a symlink (`..data`),
 * which file watches on the mounted paths miss. A change is taken only once the files read the same
 * on two looks in a row, so a pair caught half-written is not even tried; a pair that is still
 * unusable (a key that is not the certificate's, a truncated file) keeps the old one in service,
 * is logged once and counted, and is tried again when the files change.
 */
export class TlsReloader {
  private material: TlsMaterial;
  private readonly listeners = new Set<(material: TlsMaterial) => void>();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<TlsCheckOutcome> | undefined;
  /** Digest of the files at the previous look (`error:<message>` when they could not be read). */
  private lastSeen: string;
  /** Digest of the last pair that failed: not tried (nor logged) again until the files change. */
  private lastFailed: string | undefined;
  private readonly reloads;
  private readonly failures;
  private readonly expiry;

  /**
   * Reads and checks the files now.
   * @throws TlsMaterialError when they cannot be used (start-up stops with that message).
   */
  constructor(
    readonly settings: TlsSettings,
    private readonly options: TlsReloaderOptions = {},
  ) {
    this.material = loadTlsMaterial(settings);
    this.lastSeen = this.material.digest;
    const m = options.metrics;
    this.reloads = m?.counter('tls_certificate_reloads_total', 'Times a changed TLS certificate, key or client CA was loaded and put in service.');
    this.failures = m?.counter('tls_certificate_reload_failures_total', 'Times changed TLS files could not be used (the previous certificate stayed in service).');
    this.expiry = m?.gauge('tls_certificate_expiry_timestamp_seconds', 'When the TLS certificate in service expires, seconds since the epoch.');
    this.reloads?.inc(0);
    this.failures?.inc(0);
    this.expiry?.set(this.material.notAfterMs / 1000);
  }

  /** The material in service. */
  get current(): TlsMaterial {
    return this.material;
  }

  /** Calls `listener` with each new material put in service; returns the unsubscribe function. */
  onReload(listener: (material: TlsMaterial) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts looking at the files every `reloadIntervalMs`. Idempotent. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), this.settings.reloadIntervalMs);
    this.timer.unref();
  }

  /** Stops looking. Idempotent; safe before start. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look at the files (the timer calls it; tests may too). Never rejects. */
  check(): Promise<TlsCheckOutcome> {
    this.checking ??= this.look().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async look(): Promise<TlsCheckOutcome> {
    let seen: string;
    let files: Awaited<ReturnType<typeof readTlsFiles>> | undefined;
    let readFailure: TlsMaterialError | undefined;
    try {
      files = await readTlsFiles(this.settings);
      seen = digestTlsFiles(files);
    } catch (err) {
      readFailure = err instanceof TlsMaterialError ? err : new TlsMaterialError(`${this.settings.prefix}_TLS_CERT_FILE`, String(err));
      seen = `error:${readFailure.message}`;
    }
    const previous = this.lastSeen;
    this.lastSeen = seen;
    if (seen === this.material.digest) return 'unchanged';
    // Wait for the files to read the same twice: a rotation may be between its two writes.
    if (seen !== previous) return 'changing';
    if (seen === this.lastFailed) return 'failed';
    try {
      if (readFailure || !files) throw readFailure;
      const next = checkTlsFiles(this.settings, files);
      const old = this.material;
      for (const listener of this.listeners) listener(next);
      this.material = next;
      this.lastFailed = undefined;
      this.reloads?.inc();
      this.expiry?.set(next.notAfterMs / 1000);
      this.options.logger?.info(
        { tls: this.settings.prefix, fingerprint: next.fingerprint256, previous: old.fingerprint256, subject: next.subject, notAfter: new Date(next.notAfterMs).toISOString() },
        'TLS certificate reloaded; new connections use it, open ones keep theirs',
      );
      return 'reloaded';
    } catch (err) {
      this.lastFailed = seen;
      this.failures?.inc();
      this.options.logger?.error(
        { tls: this.settings.prefix, err, inService: this.material.fingerprint256 },
        `The changed TLS files cannot be used (${(err as Error).message}); the previous certificate stays in service until they are fixed`,
      );
      return 'failed';
    }
  }
}
