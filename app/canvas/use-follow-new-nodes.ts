import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { useEditor } from '../store/store.ts';
import type { Diagram } from './derive-diagram.ts';
import type { DiagramEdge, DiagramNode } from './diagram-types.ts';
import { revealViewport, unionBox } from './reveal.ts';

/**
 * Pans the view to nodes an edit adds when they are off-screen (a new gateway beyond the edge,
 * the Internet node an internet gateway brings along), at once and at the same zoom, so the
 * person sees what they added and can go on drawing from it. A whole design put in place is
 * framed by the load instead, and is not followed.
 */
export function useFollowNewNodes(document: VpcLabDocument, diagram: Diagram, section: RefObject<HTMLElement | null>) {
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const loads = useEditor((s) => s.loads);
  const seen = useRef<{ loads: number; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    // The canvas draws a deferred copy of the document: wait until it shows the current one.
    if (useEditor.getState().document !== document) return;
    const ids = new Set(diagram.placements.keys());
    const previous = seen.current;
    seen.current = { loads, ids };
    if (!previous || previous.loads !== loads) return;
    const boxes = [...ids].filter((id) => !previous.ids.has(id)).map((id) => diagram.placements.get(id)!.box);
    const canvas = section.current;
    if (boxes.length === 0 || !canvas) return;
    const frame = requestAnimationFrame(() => {
      const box = unionBox(boxes);
      const { width, height } = canvas.getBoundingClientRect();
      const next = revealViewport(flow.getViewport(), { width, height }, box);
      if (next === 'fit') void flow.fitBounds(box, { padding: 0.15 });
      else if (next) void flow.setViewport(next);
    });
    return () => cancelAnimationFrame(frame);
  }, [document, diagram, loads, flow, section]);
}
