/**
 * A small in-process cache with a time-to-live, used for credential lookups:
 * short enough that a revoked key stops working within seconds, long enough
 * to spare the database a query per request. Bounded: oldest entries go first.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {
    // NaN or Infinity would keep entries (e.g. a revoked key) forever.
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new Error(`TtlCache needs a positive finite TTL, got ${ttlMs}`);
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Found entries and misses (null) in separate bounded caches: a flood of
 * unknown keys fills only the (smaller) miss cache, so it cannot push the
 * good entries out.
 */
export class SplitCache<V> {
  private readonly found: TtlCache<V>;
  private readonly missing: TtlCache<true>;

  constructor(ttlMs: number, maxFound = 10_000, maxMissing = 2_000) {
    this.found = new TtlCache<V>(ttlMs, maxFound);
    this.missing = new TtlCache<true>(ttlMs, maxMissing);
  }

  /** The value, null for a remembered miss, undefined when unknown. */
  get(key: string, now = Date.now()): V | null | undefined {
    if (this.missing.get(key, now)) return null;
    return this.found.get(key, now);
  }

  set(key: string, value: V | null, now = Date.now()): void {
    if (value === null) this.missing.set(key, true, now);
    else this.found.set(key, value, now);
  }

  clear(): void {
    this.found.clear();
    this.missing.clear();
  }
}
