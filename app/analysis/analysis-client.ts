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
  private generation = 0;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;
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
  ) {
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
      if (generation === this.generation) this.restart('The analysis worker crashed and was restarted.');
    });
  }

  private restart(notice: string | undefined): void {
    this.worker.terminate();
    if (notice) this.events.notice(notice);
    const interrupted = this.inFlight;
    this.inFlight = undefined;
    // The new worker holds no analysis to relabel: the next revision runs in full.
    this.lastReport = undefined;
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
    this.answersFor = undefined;
    this.events.busy(true);
    const hang = setTimeout(() => {
      if (generation === this.generation) this.restart('The analysis took too long; its worker was restarted.');
    }, HANG_MS);
    this.api.analyse(request.document, request.revision).then(
      (report) => {
        clearTimeout(hang);
        if (generation !== this.generation) return; // A cancelled run answering late.
        this.inFlight = undefined;
        const revision = this.answersFor ?? report.revision;
        this.answersFor = undefined;
        if (revision === this.latest) this.give(report, revision);
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
