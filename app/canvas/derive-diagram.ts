import type { Annotation, VpcLabDocument } from '../../src/model/index.ts';
import { deriveAnnotationNodes } from './annotations/annotation-nodes.ts';
import { documentIndex } from '../store/document-index.ts';
import { deriveBoxes, type Placement } from './derive-boxes.ts';
import { deriveEdges } from './derive-edges.ts';
import { deriveNodes } from './derive-nodes.ts';
import type { DiagramEdge, DiagramNode } from './diagram-types.ts';
import { neededExternals } from './externals.ts';
import { deriveFacts, type NodeFacts } from './node-facts.ts';

/** The whole drawing of a document: nodes, edges and each node's absolute placement. */
export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** Absolute boxes and parents by node id (drags and drops compute layout from these). */
  readonly placements: ReadonlyMap<string, Placement>;
  /** Each node's direct children by node id (moving a container moves them too). */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** What each resource's node shows under its title, by node id (see `NodeFacts`). */
  readonly facts: ReadonlyMap<string, NodeFacts>;
  /** The document's notes, text and frames (drawn as nodes too: frames first, notes last). */
  readonly annotations: readonly Annotation[];
}

/**
 * Derives the diagram of a document; pure, so it is unit-tested and memoised on the document.
 * With the diagram of an earlier revision, its node and facts objects are reused where they
 * still hold (see `deriveNodes` and `deriveFacts`); `shareUnchanged` does the rest.
 */
export function deriveDiagram(document: VpcLabDocument, previous?: Diagram): Diagram {
  const index = documentIndex(document);
  const placementList = deriveBoxes(index, neededExternals(document));
  const placements = new Map(placementList.map((p) => [p.id, p]));
  const children = new Map<string, string[]>();
  for (const p of placementList) {
    if (p.parent === undefined) continue;
    const list = children.get(p.parent);
    if (list) list.push(p.id);
    else children.set(p.parent, [p.id]);
  }
  const annotations = document.annotations ?? NO_ANNOTATIONS;
  const { frames, notes } = deriveAnnotationNodes(annotations, previous?.nodes);
  const nodes = [...frames, ...deriveNodes(placementList, previous?.nodes), ...notes];
  const edges = deriveEdges(index, new Set(placements.keys()));
  const facts = deriveFacts(index, placementList, previous?.facts);
  return { nodes, edges, placements, children, facts, annotations };
}

const NO_ANNOTATIONS: readonly Annotation[] = [];
