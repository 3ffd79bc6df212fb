import { annotationSelectionId } from '../../../src/edit/index.ts';
import { annotationBox, type Annotation } from '../../../src/model/index.ts';
import { currentT } from '../../i18n/use-t.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { firstWords } from './markdown-lite.ts';

/** Frames sit under everything (selected too: React Flow lifts a selected node by 1000). */
const FRAME_Z = -1000;
/** Notes and text sit over every resource, however deeply nested. */
const NOTE_Z = 5000;

/** The React Flow node id of an annotation: the same text as its selection id. */
export const annotationNodeId = annotationSelectionId;

/**
 * React Flow nodes for the annotations: one element each, with `data-annotation-id` and the
 * accessible name "Note <first words>", "Text <first words>" or "Frame <title>" (ui.md).
 * A node is handed back as it was while its annotation object and name are unchanged.
 */
export function deriveAnnotationNodes(
  annotations: readonly Annotation[],
  previous: readonly DiagramNode[] = [],
): { readonly frames: DiagramNode[]; readonly notes: DiagramNode[] } {
  const t = currentT();
  const before = new Map(previous.filter((n) => n.type === 'annotation').map((n) => [n.id, n]));
  const frames: DiagramNode[] = [];
  const notes: DiagramNode[] = [];
  for (const annotation of annotations) {
    const id = annotationNodeId(annotation.id);
    const words = annotation.kind === 'frame' ? firstWords(annotation.text, 12) : firstWords(annotation.text);
    const ariaLabel = t(`notes:name.${annotation.kind}`, { words: words || t('notes:empty') });
    const old = before.get(id);
    const node: DiagramNode =
      old && old.data.annotation === annotation && old.ariaLabel === ariaLabel ? old : build(annotation, id, ariaLabel);
    (annotation.kind === 'frame' ? frames : notes).push(node);
  }
  return { frames, notes };
}

function build(annotation: Annotation, id: string, ariaLabel: string): DiagramNode {
  const box = annotationBox(annotation);
  return {
    id,
    type: 'annotation',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    measured: { width: box.width, height: box.height },
    zIndex: annotation.kind === 'frame' ? FRAME_Z : NOTE_Z,
    // No resource type fits; every reader of `data.type` checks the node's kind first, and the
    // value a resource check might still see ("internet") places and selects nothing.
    data: { resourceId: id, type: 'internet', title: annotation.text, annotation },
    ariaLabel,
    ariaRole: 'group',
    className: `annotation-${annotation.kind}`,
    domAttributes: { 'data-annotation-id': annotation.id } as NonNullable<DiagramNode['domAttributes']>,
  };
}
