import { freshAnnotationId } from '../../../src/edit/index.ts';
import {
  ANNOTATION_DEFAULT_SIZE,
  annotationBox,
  type Annotation,
  type AnnotationKind,
} from '../../../src/model/index.ts';
import { useEditor } from '../../store/store.ts';
import type { Box } from '../diagram-types.ts';
import { snapToGrid } from '../move-layout.ts';
import { startEditing } from './editing-store.ts';
import { freeSpot } from './free-spot.ts';
import { currentViewBox } from './view-box.ts';
import { documentIndex } from '../../store/document-index.ts';
import { deriveBoxes } from '../derive-boxes.ts';

/** The palette's drag data for annotations: `annotation:note`, `annotation:text`, `annotation:frame`. */
export const ANNOTATION_DRAG_PREFIX = 'annotation:';

/**
 * Adds a note, text or frame, selected and open for typing: at `at` (its top-left corner, a
 * drop) or else at a free spot in the middle of the view (a click).
 */
export function addAnnotation(kind: AnnotationKind, at?: { readonly x: number; readonly y: number }): boolean {
  const { document, dispatch } = useEditor.getState();
  const size = ANNOTATION_DEFAULT_SIZE[kind];
  const place = at ?? spotInView(size);
  const annotation: Annotation = {
    id: freshAnnotationId(document, kind),
    kind,
    text: '',
    x: snapToGrid(place.x),
    y: snapToGrid(place.y),
    width: size.width,
    height: size.height,
  };
  const added = dispatch({ type: 'add-annotation', annotation });
  if (added) startEditing(annotation.id);
  return added;
}

/** A free spot in the view: tiles and notes are avoided (frames and containers may be covered). */
function spotInView(size: { width: number; height: number }): { x: number; y: number } {
  const { document } = useEditor.getState();
  const view: Box = currentViewBox() ?? { x: 0, y: 0, width: 800, height: 600 };
  const taken: Box[] = deriveBoxes(documentIndex(document), new Set())
    .filter((p) => p.resource?.type !== 'vpc' && p.resource?.type !== 'subnet')
    .map((p) => p.box);
  for (const a of document.annotations ?? []) if (a.kind !== 'frame') taken.push(annotationBox(a));
  return freeSpot(view, size, taken);
}
