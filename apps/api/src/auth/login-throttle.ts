/**
 * Caps sign-in attempts per client address within a sliding window, before any password is checked.
 * Kept in memory: with several API replicas each counts its own share, which still bounds guessing;
 * the per-account lock in the database is the hard limit.
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; false when the address has used up its attempts for now. */
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.maxAttempts) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.forgetIdle(now);
    return true;
  }

  private forgetIdle(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((at) => now - at >= this.windowMs)) this.attempts.delete(address);
    }
  }
}
