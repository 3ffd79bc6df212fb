/**
 * The worker's one-off requests (traces, lesson checks) in flight: each settles, whatever
 * happens to the worker. A worker that dies without an error event (closed, killed by the
 * browser, out of memory) never answers, and a promise that never settles is a button that
 * spins forever; so every request has a deadline, and a restart fails every request that the
 * old worker held.
 */
export class WorkerRequests {
  private readonly open = new Set<{ reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly timeoutMs: number,
    /**
     * True while the worker is known to be busy with a run that watches itself (an analysis
     * has its own, longer, hang timer): a request queued behind it is not late yet.
     */
    private readonly busyElsewhere: () => boolean,
    /** Called once when a request runs out of time: the worker counts as dead. */
    private readonly onTimeout: () => void,
  ) {}

  /** Runs `call`, settling with its answer, or failing with `timeoutError()` after the deadline. */
  run<T>(call: () => Promise<T>, timeoutError: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry = { reject, timer: undefined as unknown as ReturnType<typeof setTimeout> };
      const settle = () => {
        clearTimeout(entry.timer);
        this.open.delete(entry);
      };
      const arm = (): ReturnType<typeof setTimeout> =>
        setTimeout(() => {
          if (this.busyElsewhere()) {
            entry.timer = arm();
            return;
          }
          settle();
          reject(timeoutError());
          this.onTimeout();
        }, this.timeoutMs);
      entry.timer = arm();
      this.open.add(entry);
      call().then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Fails every request in flight (the worker that held them is gone). */
  failAll(error: Error): void {
    for (const entry of [...this.open]) {
      clearTimeout(entry.timer);
      this.open.delete(entry);
      entry.reject(error);
    }
  }
}
