import {
  analyse,
  checkIntents,
  compileDocument,
  traceFlow,
  type CompiledDocument,
  type FlowQuery,
} from '../engine/index.ts';
import { checkLesson } from '../lessons/check.ts';
import type { LessonCheck } from '../lessons/types.ts';
import { designFindings } from '../lint/design-findings.ts';
import { indexDocument, validateDocument, type DocumentIndex, type Intent } from '../model/index.ts';
import { withPaths } from './intent-paths.ts';
import type { AnalysisReport, AnalysisWorkerApi, TraceReply } from './protocol.ts';

/**
 * The worker's state: the compiled form of the last analysed revision, so that traces asked
 * for that revision do not compile again. Framework-free: the worker entry wraps it, and tests
 * drive it directly in Node.
 */
export class AnalysisSession implements AnalysisWorkerApi {
  private current: { revision: number; compiled: CompiledDocument; index: DocumentIndex } | undefined;

  analyse(input: unknown, revision: number): AnalysisReport {
    const start = performance.now();
    const report = validateDocument(input);
    const validated = performance.now();
    const document = report.document;
    if (!document) {
      this.current = undefined;
      return empty(revision, report.errors, { validate: validated - start, total: validated - start });
    }
    // Errors block only the broken part: compilation skips what does not resolve.
    const index = indexDocument(document);
    const compiled = compileDocument(document, index);
    const compiledAt = performance.now();
    this.current = { revision, compiled, index };
    const matrix = analyse(compiled, 4);
    const matrix6 = hasIpv6(compiled) ? analyse(compiled, 6) : null;
    const analysedAt = performance.now();
    const intents = withPaths(index, checkIntents(compiled, index, document.intents ?? []));
    const end = performance.now();
    return {
      revision,
      analysed: true,
      errors: report.errors,
      findings: designFindings(report, index),
      intents,
      matrix,
      matrix6,
      timings: {
        validate: validated - start,
        compile: compiledAt - validated,
        analyse: analysedAt - compiledAt,
        intents: end - analysedAt,
        total: end - start,
      },
    };
  }

  trace(revision: number, query: FlowQuery): TraceReply {
    if (!this.current || this.current.revision !== revision) {
      return { ok: false, revision, error: 'The design changed; trace again once the analysis has caught up.' };
    }
    const outcome = traceFlow(this.current.compiled, this.current.index, query);
    return outcome.ok
      ? { ok: true, revision, result: outcome.result }
      : { ok: false, revision, error: outcome.error, problem: outcome.problem };
  }

  relabel(from: number, to: number): boolean {
    if (!this.current || this.current.revision !== from) return false;
    this.current = { ...this.current, revision: to };
    return true;
  }

  /** Compiles the given document afresh: a lesson check must not depend on which revision was analysed last. */
  checkLesson(document: unknown, conditions: readonly Intent[]): LessonCheck {
    return checkLesson(document, conditions);
  }
}

function hasIpv6(compiled: CompiledDocument): boolean {
  return compiled.byIpv6.size > 0;
}

function empty(
  revision: number,
  errors: AnalysisReport['errors'],
  timings: { validate: number; total: number },
): AnalysisReport {
  return {
    revision,
    analysed: false,
    errors,
    findings: [],
    intents: [],
    matrix: null,
    matrix6: null,
    timings: { ...timings, compile: 0, analyse: 0, intents: 0 },
  };
}
