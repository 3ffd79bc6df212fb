import { useLayoutEffect, useState } from 'react';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { deriveDiagram, type Diagram } from './derive-diagram.ts';
import { nodeFacts } from './nodes/facts-store.ts';
import { shareUnchanged } from './share-unchanged.ts';
import { useLanguage } from '../i18n/language-store.ts';

/**
 * The diagram of the current document, derived once per document and sharing every unchanged
 * node and edge object with the previous derivation (see `deriveNodes` and `shareUnchanged`).
 * Its facts are published to the node components before the frame is painted.
 */
export function useDiagram(document: VpcLabDocument): Diagram {
  // The nodes' and edges' accessible names are in the page's language.
  const language = useLanguage((state) => state.language);
  const [memo, setMemo] = useState(() => {
    const diagram = deriveDiagram(document);
    // React Flow draws the first nodes in this same render, before any effect runs: they read
    // these. Nothing listens yet, so publishing here notifies no one.
    nodeFacts.publish(diagram.facts);
    return { document, language, diagram };
  });
  let diagram = memo.diagram;
  if (memo.document !== document || memo.language !== language) {
    // Adjusting state while rendering: React re-renders at once, before committing the old diagram.
    diagram = shareUnchanged(memo.diagram, deriveDiagram(document, memo.diagram));
    setMemo({ document, language, diagram });
  }
  // Later nodes are drawn after this (React Flow adds them from an effect), and nodes already
  // drawn re-render, each for its own facts, in this commit.
  const facts = diagram.facts;
  useLayoutEffect(() => nodeFacts.publish(facts), [facts]);
  return diagram;
}
