import {
  BaseEdge,
  EdgeLabelRenderer,
  getStraightPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { memo } from 'react';
import type { DiagramEdge } from './diagram-types.ts';
import { edgeEnds, type Rect } from './edge-geometry.ts';

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

/** A straight edge from border to border, so links read the same wherever the boxes sit. */
export const FloatingEdge = memo(function FloatingEdge({
  id,
  source,
  target,
  data,
  markerEnd,
  style,
}: EdgeProps<DiagramEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const { sx, sy, tx, ty } = edgeEnds(rectOf(from), rectOf(to));
  const [path, labelX, labelY] = getStraightPath({ sourceX: sx, sourceY: sy, targetX: tx, targetY: ty });
  return (
    <>
      <BaseEdge id={id} path={path} {...(markerEnd ? { markerEnd } : {})} {...(style ? { style } : {})} />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${data.kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

/** Edge components by type; a module constant so React Flow never sees a new object. */
export const EDGE_TYPES = { floating: FloatingEdge };
