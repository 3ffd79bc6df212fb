import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';

/** The design surface. The document's resources are drawn here as nodes and edges. */
export function Canvas() {
  return (
    <section className="canvas" aria-label="Canvas">
      <ReactFlow nodes={[]} edges={[]} fitView snapToGrid snapGrid={[10, 10]} proOptions={{ hideAttribution: true }}>
        <Background gap={20} />
        <MiniMap pannable zoomable ariaLabel="Mini map" />
        <Controls />
      </ReactFlow>
      <p className="canvas-hint">Start with a VPC from the palette, or open an example.</p>
    </section>
  );
}
