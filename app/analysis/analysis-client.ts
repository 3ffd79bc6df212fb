import { wrap, type Remote } from 'comlink';
import type { FlowQuery } from '../../src/engine/index.ts';
import type { LessonCheck } from '../../src/lessons/types.ts';
import type { Intent } from '../../src/model/index.ts';
import type { AnalysisReport, AnalysisWorkerApi, TraceReply } from '../../src/worker/protocol.ts';
import { currentT } from '../i18n/use-t.ts';
import { WorkerRequests } from './worker-requests.ts';

/** How long a run may take before the worker counts as hung and is replaced. */
const HANG_MS = 20_000;
/** A stale run longer than this is cancelled (the worker terminated) rather than waited for. */
const CANCEL_STALE_AFTER_MS = 400;
/** How long a trace or a lesson check may wait for its answer (not counting a run ahead of it). */
export const REQUEST_TIMEOUT_MS = 8_000;
/** Restarts after the first are spaced out, doubling up to this: a worker that dies at once must not spin. */
const MAX_RESTART_DELAY_MS = 8_000;
const FIRST_RESTART_DELAY_MS = 250;
/** A document on which the worker died this many times in a row is not sent again until the next change. */
const MAX_TRIES = 2;

export interface AnalysisClientEvents {
  report(report: AnalysisReport): void;
  /** True while a run is in flight (the page shows a progress bar after 300 ms). */
  busy(busy: boolean): void;
  /** Something the person should know: the worker crashed or hung and was restarted. */
  notice(text: string): void;
}

/** Why the worker is being replaced. */
type RestartReason = 'crashed' | 'hung' | 'no-answer' | 'stale';

/**
 * The page's side of the analysis worker: a plain object (no React). Latest request wins: at
 * most one run is in flight and one waits; a waiting request replaces an older one; a run
 * made stale by a newer revision is cancelled by terminating the worker once it has taken
 * long. Results come back tagged with their revision and are dropped when stale.
 *
 * A worker that crashes, hangs or stops answering is restarted with a notice, and whatever
 * it held fails rather than waits forever (traces and lesson checks have a deadline). A
 * restart soon after another waits, doubling, so that a worker that dies at once cannot spin
 * the page. A document whose run failed (it could not be sent, or the worker threw on it) is
 * never sent again by itself, and one on which the worker died twice in a row neither: the
 * next change is a new document and runs as usual.
 *
 * A revision that analyses like the one before it (`alike`: a move, a resize, a new name) is
 * not run again: the report of the one before is given for it (waited for when still running),
 * and the worker is told so that traces of the new revision use the same compilation. On a
 * large design this saves a whole run after every drag.
 */
export class AnalysisClient {
  private worker!: Worker;
  private api!: Remote<AnalysisWorkerApi>;
  private inFlight: { revision: number; started: number } | undefined;
  private pending: { document: unknown; revision: number } | undefined;
  private latest = -1;
  /** The document of the last run started, to run again after a crash. */
  private lastDocument: unknown;
  /** How many runs of `lastDocument` in a row the worker died in. */
  private tries = 0;
  /** A document whose run failed (it could not be sent, or the worker threw on it): never sent again. */
  private failed: unknown;
  private generation = 0;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while a restart waits out its delay: no worker to talk to until it ends. */
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private ready: Promise<void> = Promise.resolve();
  /** Restarts since the last run that answered: the next restart's delay doubles with each. */
  private restartsInARow = 0;
  private disposed = false;
  private readonly requests: WorkerRequests;
  /** The last request submitted, to compare the next one with. */
  private submitted: { document: unknown; revision: number } | undefined;
  /** The last report given, and the revision the run in flight will answer for (see `alike`). */
  private lastReport: AnalysisReport | undefined;
  private answersFor: number | undefined;

  constructor(
    private readonly events: AnalysisClientEvents,
    private readonly createWorker: () => Worker = defaultWorker,
    /** Whether two submitted documents give the same analysis; by default none do. */
    private readonly alike: (a: unknown, b: unknown) => boolean = () => false,
    private readonly requestTimeoutMs: number = REQUEST_TIMEOUT_MS,
  ) {
    this.requests = new WorkerRequests(
      requestTimeoutMs,
      () => this.inFlight !== undefined,
      () => this.restart('no-answer'),
    );
    this.start();
  }

  /** Asks for the analysis of a revision; older requests still waiting are dropped. */
  submit(document: unknown, revision: number): void {
    const previous = this.submitted;
    this.submitted = { document, revision };
    this.latest = revision;
    if (previous && this.alike(previous.document, document) && this.reuse(previous.revision, document, revision))
      return;
    this.pending = { document, revision };
    if (!this.inFlight) {
      this.next();
      return;
    }
    // A long run for an old revision is not worth finishing.
    const elapsed = performance.now() - this.inFlight.started;
    clearTimeout(this.cancelTimer);
    this.cancelTimer = setTimeout(() => this.cancelStale(), Math.max(0, CANCEL_STALE_AFTER_MS - elapsed));
  }

  /** Traces one flow on the revision the page shows; a worker that fails or stays silent gives an error reply. */
  async trace(revision: number, query: FlowQuery): Promise<TraceReply> {
    try {
      return await this.request<TraceReply>((api) => api.trace(revision, query));
    } catch (error) {
      return { ok: false, revision, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Checks a document against a lesson's goal in the worker; throws, with a sentence, when the worker fails. */
  checkLesson(document: unknown, conditions: readonly Intent[]): Promise<LessonCheck> {
    return this.request((api) => api.checkLesson(document, conditions));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.cancelTimer);
    clearTimeout(this.restartTimer);
    this.requests.failAll(new Error(currentT()('notices:worker.stopped')));
    this.worker.terminate();
  }

  /** One request to the worker, sent once it is up, failing rather than waiting forever. */
  private request<T>(call: (api: Remote<AnalysisWorkerApi>) => Promise<T>): Promise<T> {
    return this.requests.run(
      () => this.ready.then(() => call(this.api)),
      () => new Error(currentT()('notices:worker.noAnswer', { seconds: Math.round(this.requestTimeoutMs / 1000) })),
    );
  }

  /** Answers `revision` with the analysis of `previous`, which it analyses like; false when that is not at hand. */
  private reuse(previous: number, document: unknown, revision: number): boolean {
    if (this.pending?.revision === previous) {
      this.pending = { document, revision };
      return true;
    }
    if (this.inFlight && (this.answersFor ?? this.inFlight.revision) === previous && !this.pending) {
      this.answersFor = revision;
      return true;
    }
    if (!this.inFlight && !this.pending && this.lastReport?.revision === previous) {
      this.give(this.lastReport, revision);
      return true;
    }
    return false;
  }

  /** Emits a report for `revision`, relabelled (in the worker too) when it was run for an alike one. */
  private give(report: AnalysisReport, revision: number): void {
    if (report.revision !== revision) {
      void this.api.relabel(report.revision, revision).catch(() => undefined);
      report = { ...report, revision };
    }
    this.lastReport = report;
    this.events.report(report);
  }

  private start(): void {
    this.generation++;
    this.worker = this.createWorker();
    this.api = wrap<AnalysisWorkerApi>(this.worker);
    const generation = this.generation;
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation === this.generation) this.restart('crashed');
    });
  }

  /**
   * Replaces the worker. What the old one held fails at once (its answers would never come);
   * the interrupted run is sent again unless the worker died under that same document
   * `MAX_TRIES` times in a row.
   */
  private restart(reason: RestartReason): void {
    if (this.disposed) return;
    this.worker.terminate();
    this.generation++; // answers of the old worker, should any come, are ignored
    const t = currentT();
    this.requests.failAll(new Error(t('notices:worker.stopped')));
    if (reason === 'crashed') this.events.notice(t('notices:worker.crashed'));
    if (reason === 'hung') this.events.notice(t('notices:worker.hung'));
    const interrupted = this.inFlight;
    this.inFlight = undefined;
    // The new worker holds no analysis (to relabel, or to trace on): the latest revision runs
    // again in full, unless the worker died running that very document too often.
    this.lastReport = undefined;
    const latest = this.submitted;
    if (!this.pending && latest && latest.document !== this.failed) {
      const diedOnIt = interrupted !== undefined && (reason === 'crashed' || reason === 'hung');
      if (diedOnIt && latest.document === this.lastDocument && this.tries >= MAX_TRIES)
        this.events.notice(t('notices:worker.gaveUp'));
      else this.pending = latest;
    }
    const delay =
      this.restartsInARow === 0
        ? 0
        : Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (this.restartsInARow - 1));
    // A cancel for a newer revision is the ordinary latest-wins path, not a failure.
    if (reason !== 'stale') this.restartsInARow++;
    if (delay === 0) {
      this.start();
      this.next();
      return;
    }
    this.events.busy(this.pending !== undefined);
    this.ready = new Promise((resolve) => {
      this.restartTimer = setTimeout(() => {
        this.restartTimer = undefined;
        this.start();
        resolve();
        this.next();
      }, delay);
    });
  }

  private cancelStale(): void {
    if (this.inFlight && this.pending && this.inFlight.revision < this.pending.revision) this.restart('stale');
  }

  private next(): void {
    if (this.restartTimer !== undefined) return; // the restart runs what waits once the worker is up
    const request = this.pending;
    if (!request) {
      this.events.busy(false);
      return;
    }
    this.pending = undefined;
    this.tries = request.document === this.lastDocument ? this.tries + 1 : 1;
    this.lastDocument = request.document;
    const generation = this.generation;
    this.inFlight = { revision: request.revision, started: performance.now() };
    this.answersFor = undefined;
    this.events.busy(true);
    const hang = setTimeout(() => {
      if (generation === this.generation) this.restart('hung');
    }, HANG_MS);
    let sent: Promise<AnalysisReport>;
    try {
      sent = this.api.analyse(request.document, request.revision);
    } catch (error) {
      sent = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    sent.then(
      (report) => {
        clearTimeout(hang);
        if (generation !== this.generation) return; // A cancelled run answering late.
        this.inFlight = undefined;
        this.restartsInARow = 0;
        this.tries = 0;
        const revision = this.answersFor ?? report.revision;
        this.answersFor = undefined;
        if (revision === this.latest) this.give(report, revision);
        this.next();
      },
      (error: unknown) => {
        clearTimeout(hang);
        if (generation !== this.generation) return;
        // The document could not be sent (too deep to copy) or the worker threw on it. The
        // worker is still well; sending the same document again would fail again, so it waits
        // for the next change.
        this.inFlight = undefined;
        this.answersFor = undefined;
        this.failed = request.document;
        this.events.notice(
          currentT()('notices:worker.failed', { why: error instanceof Error ? error.message : String(error) }),
        );
        this.next();
      },
    );
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('../../src/worker/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'analysis',
  });
}
