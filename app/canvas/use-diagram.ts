import { useState } from 'react';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { deriveDiagram, type Diagram } from './derive-diagram.ts';
import { shareUnchanged } from './share-unchanged.ts';

/**
 * The diagram of the current document, derived once per document and sharing every unchanged
 * node and edge object with the previous derivation (see `deriveNodes` and `shareUnchanged`).
 */
export function useDiagram(document: VpcLabDocument): Diagram {
  const [memo, setMemo] = useState(() => ({ document, diagram: deriveDiagram(document) }));
  if (memo.document === document) return memo.diagram;
  // Adjusting state while rendering: React re-renders at once, before committing the old diagram.
  const diagram = shareUnchanged(memo.diagram, deriveDiagram(document, memo.diagram));
  setMemo({ document, diagram });
  return diagram;
}
