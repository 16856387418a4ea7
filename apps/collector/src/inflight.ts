/**
 * The bytes of requests the collector holds (being read, decoded, or awaiting Kafka), bounded by
 * COLLECTOR_MAX_INFLIGHT_BYTES. A receiver reserves before it reads a body and releases once the
 * request is answered; a reservation that would pass the cap is refused, so the request is answered
 * 503 / RESOURCE_EXHAUSTED at once and memory stays bounded while Kafka is slow or down.
 */
export class InFlightBudget {
  private used = 0;

  constructor(readonly capacity: number) {}

  /** Bytes reserved now. */
  get inUse(): number {
    return this.used;
  }

  /**
   * Reserves `bytes` if they fit under the cap and returns a handle to grow or release the
   * reservation, or undefined when they do not fit. A request with nothing else in flight may
   * always reserve up to the cap, so one large request cannot be refused forever.
   */
  tryReserve(bytes: number): Reservation | undefined {
    if (this.used + bytes > this.capacity) return undefined;
    this.used += bytes;
    return new Reservation(this, bytes);
  }

  /** @internal */
  adjust(delta: number): boolean {
    if (delta > 0 && this.used + delta > this.capacity) return false;
    this.used += delta;
    return true;
  }
}

/** Bytes held by one request; release exactly once (further calls do nothing). */
export class Reservation {
  private released = false;

  constructor(
    private readonly budget: InFlightBudget,
    private held: number,
  ) {}

  get bytes(): number {
    return this.held;
  }

  /** Grows the reservation to `total` bytes; false (and unchanged) when that does not fit. */
  growTo(total: number): boolean {
    if (this.released || total <= this.held) return true;
    if (!this.budget.adjust(total - this.held)) return false;
    this.held = total;
    return true;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.budget.adjust(-this.held);
    this.held = 0;
  }
}
