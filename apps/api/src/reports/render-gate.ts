/** Thrown when too many renders already wait for their turn. */
export class RenderGateFullError extends Error {
  override readonly name = 'RenderGateFullError';
}

/**
 * Runs one piece of work at a time, in the order asked, with at most `maxPending` running or waiting:
 * a headless browser takes a few hundred megabytes, and one at a time keeps a small server standing.
 */
export class RenderGate {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(private readonly maxPending: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.pending >= this.maxPending) {
      throw new RenderGateFullError(`${this.pending} renders are already running or waiting`);
    }
    this.pending += 1;
    const previous = this.tail;
    let release = (): void => undefined;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      return await work();
    } finally {
      this.pending -= 1;
      release();
    }
  }
}
