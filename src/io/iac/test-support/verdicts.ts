import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDocument } from '../../../engine/compile/index.ts';
import { traceFlow } from '../../../engine/trace.ts';
import { indexDocument, type VpcLabDocument } from '../../../model/index.ts';

/** A flow to trace. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port?: number;
}

/** A flow and what the engine must say about it (the case-file format of cases/README.md). */
export interface VerdictCase extends Flow {
  readonly verdict: 'allowed' | 'blocked';
  readonly code?: string;
  readonly component?: string;
  readonly path?: 'forward' | 'return';
}

const CASES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../cases');

/** A golden case file's document and cases. */
export function goldenCase(file: string): { document: VpcLabDocument; cases: VerdictCase[] } {
  return JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as { document: VpcLabDocument; cases: VerdictCase[] };
}

/** A verdict with its principal blocker (code, component, path) when blocked. */
export interface Verdict {
  readonly verdict: 'allowed' | 'blocked';
  readonly code?: string | undefined;
  readonly component?: string | undefined;
  readonly path?: string | undefined;
}

/** The verdict of one flow, with its principal blocker when blocked, in the case file's terms. */
export function verdictOf(document: VpcLabDocument, flow: Flow): Verdict {
  const index = indexDocument(document);
  const outcome = traceFlow(compileDocument(document, index), index, flow);
  if (!outcome.ok) throw new Error(outcome.error);
  const { verdict, explanations } = outcome.result;
  if (verdict === 'allowed') return { verdict };
  const first = explanations[0];
  return { verdict: 'blocked', code: first?.code, component: first?.component, path: first?.path };
}

/** The case's expected verdict, in the shape verdictOf returns. */
export function expectedVerdict(flow: VerdictCase): Verdict {
  return flow.verdict === 'allowed'
    ? { verdict: 'allowed' }
    : { verdict: 'blocked', code: flow.code, component: flow.component, path: flow.path };
}
