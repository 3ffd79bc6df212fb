import { wrap, type Remote } from 'comlink';
import type { FlowQuery } from '../../src/engine/index.ts';
import type { GoalCondition, LessonCheck } from '../../src/lessons/types.ts';
import type { AnalysisReport, AnalysisWorkerApi, TraceReply } from '../../src/worker/protocol.ts';

/** How long a run may take before the worker counts as hung and is replaced. */
const HANG_MS = 20_000;
/** A stale run longer than this is cancelled (the worker terminated) rather than waited for. */
const CANCEL_STALE_AFTER_MS = 400;

export interface AnalysisClientEvents {
  report(report: AnalysisReport): void;
  /** True while a run is in flight (the page shows a progress bar after 300 ms). */
  busy(busy: boolean): void;
  /** Something the person should know: the worker crashed or hung and was restarted. */
  notice(text: string): void;
}

/**
 * The page's side of the analysis worker: a plain object (no React). Latest request wins: at
 * most one run is in flight and one waits; a waiting request replaces an older one; a run
 * made stale by a newer revision is cancelled by terminating the worker once it has taken
 * long. Results come back tagged with their revision and are dropped when stale. A worker that
 * crashes or hangs is restarted with a notice.
 */
export class AnalysisClient {
  private worker!: Worker;
  private api!: Remote<AnalysisWorkerApi>;
  private inFlight: { revision: number; started: number } | undefined;
  private pending: { document: unknown; revision: number } | undefined;
  private latest = -1;
  /** The document of the last run started, to run again after a crash. */
  private lastDocument: unknown;
  private generation = 0;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly events: AnalysisClientEvents,
    private readonly createWorker: () => Worker = defaultWorker,
  ) {
    this.start();
  }

  /** Asks for the analysis of a revision; older requests still waiting are dropped. */
  submit(document: unknown, revision: number): void {
    this.latest = revision;
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

  /** Traces one flow on the revision the page shows. */
  async trace(revision: number, query: FlowQuery): Promise<TraceReply> {
    try {
      return await this.api.trace(revision, query);
    } catch (error) {
      return { ok: false, revision, error: `The analysis worker failed: ${String(error)}` };
    }
  }

  /** Checks a document against a lesson's goal in the worker; throws when the worker fails. */
  checkLesson(document: unknown, conditions: readonly GoalCondition[]): Promise<LessonCheck> {
    return this.api.checkLesson(document, conditions);
  }

  dispose(): void {
    clearTimeout(this.cancelTimer);
    this.worker.terminate();
  }

  private start(): void {
    this.generation++;
    this.worker = this.createWorker();
    this.api = wrap<AnalysisWorkerApi>(this.worker);
    const generation = this.generation;
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (generation === this.generation) this.restart('The analysis worker crashed and was restarted.');
    });
  }

  private restart(notice: string | undefined): void {
    this.worker.terminate();
    if (notice) this.events.notice(notice);
    const interrupted = this.inFlight;
    this.inFlight = undefined;
    this.start();
    // Nothing newer waiting: run the interrupted revision again, with the latest document we have.
    if (!this.pending && interrupted && this.lastDocument)
      this.pending = { document: this.lastDocument, revision: this.latest };
    this.next();
  }

  private cancelStale(): void {
    if (this.inFlight && this.pending && this.inFlight.revision < this.pending.revision) this.restart(undefined);
  }

  private next(): void {
    const request = this.pending;
    if (!request) {
      this.events.busy(false);
      return;
    }
    this.pending = undefined;
    this.lastDocument = request.document;
    const generation = this.generation;
    this.inFlight = { revision: request.revision, started: performance.now() };
    this.events.busy(true);
    const hang = setTimeout(() => {
      if (generation === this.generation) this.restart('The analysis took too long; its worker was restarted.');
    }, HANG_MS);
    this.api.analyse(request.document, request.revision).then(
      (report) => {
        clearTimeout(hang);
        if (generation !== this.generation) return; // A cancelled run answering late.
        this.inFlight = undefined;
        if (report.revision === this.latest) this.events.report(report);
        this.next();
      },
      () => {
        clearTimeout(hang);
        if (generation === this.generation) this.restart('The analysis worker failed and was restarted.');
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
