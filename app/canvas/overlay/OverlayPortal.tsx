import { useStore } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Renders its children in React Flow's viewport (they pan and zoom with the nodes), like
 * React Flow's `ViewportPortal`, but looks the portal element up once: `ViewportPortal`'s store
 * selector runs a `querySelector` on every store update, which at 1,000 nodes cost several
 * milliseconds per edit.
 */
export function OverlayPortal({ children }: { readonly children: ReactNode }) {
  const domNode = useStore((state) => state.domNode);
  // React Flow sets `domNode` after its first commit, when the viewport (and its portal) exist.
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  return target ? createPortal(children, target) : null;
}
