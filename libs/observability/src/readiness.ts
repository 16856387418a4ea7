/** The result of one readiness check. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

/** A dependency check: resolves true when the dependency is usable now. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

/**
 * The set of checks behind `/readyz`: a service is ready while every registered check passes and it
 * is not shutting down. Checks are cheap (flags kept by the components) or time-boxed.
 */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private readonly liveChecks = new Map<string, () => boolean>();
  private shuttingDown = false;

  /** Adds or replaces a named check. */
  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  /**
   * Adds a liveness check behind `/healthz`: it fails only when the process cannot recover by
   * itself (e.g. its consumer stopped for good), so the orchestrator restarts it.
   */
  registerLiveness(name: string, check: () => boolean): void {
    this.liveChecks.set(name, check);
  }

  /** The failed liveness checks (empty while the process is healthy). */
  deadComponents(): string[] {
    return [...this.liveChecks].filter(([, check]) => !check()).map(([name]) => name);
  }

  /** From now on the service reports not-ready, so load balancers stop sending to it. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  /** Runs every check with a time limit; a check that throws or times out fails. */
  async status(timeoutMs = 2_000): Promise<{ ready: boolean; checks: CheckResult[] }> {
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<CheckResult> => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const ok = await Promise.race([
            Promise.resolve(check()),
            new Promise<boolean>((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
            }),
          ]);
          return { name, ok };
        } catch (err) {
          return { name, ok: false, detail: err instanceof Error ? err.message : String(err) };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    if (this.shuttingDown) results.push({ name: 'shutdown', ok: false, detail: 'the service is shutting down' });
    return { ready: results.every((r) => r.ok), checks: results };
  }
}
