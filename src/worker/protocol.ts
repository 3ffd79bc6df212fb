import type { Analysis, FlowQuery, IntentResult, TraceResult } from '../engine/index.ts';
import type { LessonCheck } from '../lessons/types.ts';
import type { DesignFinding } from '../lint/design-findings.ts';
import type { Intent, ValidationIssue } from '../model/index.ts';
import type { TraceProblem } from '../engine/index.ts';

/**
 * What crosses the worker boundary. Plain JSON only (no classes, bigints or functions):
 * documents go in as they are stored, results come back tagged with the revision they are for,
 * so the page never shows results for another revision.
 */

/** Everything the page shows about one revision of the design. */
export interface AnalysisReport {
  readonly revision: number;
  /** Structurally broken documents have no analysis, only errors. */
  readonly analysed: boolean;
  readonly errors: readonly ValidationIssue[];
  readonly findings: readonly DesignFinding[];
  readonly intents: readonly IntentReport[];
  /** All pairs over IPv4, and over IPv6 when the design has IPv6 addresses. */
  readonly matrix: Analysis | null;
  readonly matrix6: Analysis | null;
  readonly timings: Readonly<Record<'validate' | 'compile' | 'analyse' | 'intents' | 'total', number>>;
}

/** An intent's result, plus where its forward path went: what the canvas overlay draws. */
export interface IntentReport extends IntentResult {
  /**
   * Where each forward hop acted, in order, consecutive repeats merged: resource ids and
   * `internet`, `s3`, `dynamodb`; a route table or NACL hop as the subnet it acted for (they
   * are not drawn). Empty when the intent could not be traced.
   */
  readonly path: readonly string[];
  /** Where the forward path was dropped (an id as in `path`), when it was. */
  readonly blockedAt?: string;
}

export type TraceReply =
  | { readonly ok: true; readonly revision: number; readonly result: TraceResult }
  | { readonly ok: false; readonly revision: number; readonly error: string; readonly problem?: TraceProblem };

/** The worker's API (exposed with Comlink). */
export interface AnalysisWorkerApi {
  /** Validates, compiles and analyses a document (untrusted JSON) as revision `revision`. */
  analyse(document: unknown, revision: number): AnalysisReport;
  /** Traces one flow on the last analysed revision (the page passes the revision it shows). */
  trace(revision: number, query: FlowQuery): TraceReply;
  /**
   * Says that revision `to` analyses exactly as revision `from` (an edit that only moved,
   * resized or renamed things): traces for `to` then use what `from` compiled. False when the
   * worker holds no analysis of `from`.
   */
  relabel(from: number, to: number): boolean;
  /** Checks a document (untrusted JSON) against a lesson's goal conditions. */
  checkLesson(document: unknown, conditions: readonly Intent[]): LessonCheck;
}
