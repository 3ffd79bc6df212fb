import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, type DragEvent, type RefObject } from 'react';
import { annotationIdOf, type EditCommand } from '../../../src/edit/index.ts';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../src/model/index.ts';
import type { DiagramEdge, DiagramNode } from '../diagram-types.ts';
import { snapToGrid } from '../move-layout.ts';
import { addAnnotation, ANNOTATION_DRAG_PREFIX } from './add-annotation.ts';
import { setViewBoxReader } from './view-box.ts';

/**
 * The moves a drag of annotation nodes makes, frames first: a frame takes the notes inside it
 * along, and any note dragged with it then lands exactly where it was dropped.
 */
export function annotationMoves(dragged: readonly DiagramNode[]): EditCommand[] {
  return dragged
    .filter((n) => n.type === 'annotation' && n.data.annotation)
    .sort((a, b) => Number(b.data.annotation?.kind === 'frame') - Number(a.data.annotation?.kind === 'frame'))
    .map((n) => ({
      type: 'move-annotation',
      id: annotationIdOf(n.id) ?? n.id,
      x: snapToGrid(n.position.x),
      y: snapToGrid(n.position.y),
    }));
}

/** A palette annotation dropped on the canvas: placed with its top-left corner at the pointer. */
export function annotationDrop(
  event: DragEvent,
  type: string,
  flow: ReactFlowInstance<DiagramNode, DiagramEdge>,
): boolean {
  if (!type.startsWith(ANNOTATION_DRAG_PREFIX)) return false;
  const kind = type.slice(ANNOTATION_DRAG_PREFIX.length);
  if (!(ANNOTATION_KINDS as readonly string[]).includes(kind)) return false;
  event.preventDefault();
  addAnnotation(kind as AnnotationKind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  return true;
}

/** Lets the palette ask which part of the design is in view (a click adds a note there). */
export function useViewBoxReader(
  flow: ReactFlowInstance<DiagramNode, DiagramEdge>,
  section: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    setViewBoxReader(() => {
      const element = section.current;
      if (!element) return undefined;
      const rect = element.getBoundingClientRect();
      // Keep clear of the palette-side controls and the legend: the middle 80 % of the canvas.
      const inset = { x: rect.width * 0.1, y: rect.height * 0.1 };
      const topLeft = flow.screenToFlowPosition({ x: rect.left + inset.x, y: rect.top + inset.y });
      const bottomRight = flow.screenToFlowPosition({ x: rect.right - inset.x, y: rect.bottom - inset.y });
      return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
    });
    return () => setViewBoxReader(undefined);
  }, [flow, section]);
}
