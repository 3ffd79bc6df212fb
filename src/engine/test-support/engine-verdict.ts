import type { VpcLabDocument } from '../../model/index.ts';
import { analyse, cellBetween, compileDocument, matrixVerdict } from '../index.ts';
import type { ReferenceProtocol } from '../reference/index.ts';

/** One flow and the verdict it should get. */
export interface PinnedFlow {
  readonly ipVersion: 4 | 6;
  readonly from: string;
  readonly to: string;
  readonly protocol: ReferenceProtocol;
  readonly port?: number;
  readonly expected: 'allowed' | 'blocked';
}

/** The all-pairs matrix's verdict for one flow (what the editor shows). */
export function matrixVerdictOf(document: VpcLabDocument, flow: PinnedFlow): string {
  const analysis = analyse(compileDocument(document), flow.ipVersion);
  return matrixVerdict(cellBetween(analysis, flow.from, flow.to), flow.protocol, flow.port);
}
