import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditor } from '../../store/store.ts';
import { nodeIdOf } from './node-ids.ts';

/** Centres (and fits) the canvas on a node when a trace hop asks for it (`focusRequest` in the store). */
export function useFocusRequest(): void {
  const request = useEditor((state) => state.focusRequest);
  const flow = useReactFlow();
  useEffect(() => {
    if (!request) return;
    const id = nodeIdOf(request.id);
    if (!flow.getInternalNode(id)) return;
    void flow.fitView({ nodes: [{ id }], padding: 0.8, maxZoom: 1.25, duration: 250 });
  }, [request, flow]);
}
