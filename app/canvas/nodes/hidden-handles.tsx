import { Handle, Position } from '@xyflow/react';

/**
 * Edges are drawn border to border (FloatingEdge), but React Flow needs a handle on each end;
 * these are invisible and not connectable (connections are made in the inspector).
 */
export function HiddenHandles() {
  return (
    <>
      <Handle type="target" position={Position.Top} className="hidden-handle" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} className="hidden-handle" isConnectable={false} />
    </>
  );
}
