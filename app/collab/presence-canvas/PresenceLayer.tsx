import { useStore } from '@xyflow/react';
import { useMemo, type CSSProperties } from 'react';
import { OverlayPortal } from '../../canvas/overlay/OverlayPortal.tsx';
import { useNodeRects } from '../../canvas/overlay/use-node-rects.ts';
import { useSession } from '../session-store.ts';
import { OthersPointers } from './OthersPointers.tsx';
import { OthersSelections } from './OthersSelections.tsx';
import './presence-canvas.css';

/**
 * Everyone else in the live session, on the canvas: their pointers and what they have
 * selected, in their colours. Drawn in React Flow's viewport, so it pans and zooms with the
 * design; never takes the mouse; hidden from assistive technology (the "People here" list is
 * the accessible account of who is here). Not a node: the mini map and exported pictures,
 * which are drawn from the nodes and the document, never show it.
 */
export function PresenceLayer() {
  const people = useSession((s) => s.people);
  const others = useMemo(() => people.filter((p) => !p.self), [people]);
  if (others.length === 0) return null;
  return <PresenceDrawing people={people} />;
}

function PresenceDrawing({ people }: { readonly people: ReturnType<typeof useSession.getState>['people'] }) {
  const zoom = useStore((s) => s.transform[2]);
  const ids = useMemo(() => [...new Set(people.flatMap((p) => (p.self ? [] : p.selection)))], [people]);
  const rects = useNodeRects(ids);
  // One screen pixel in flow units: marks keep their size on screen at every zoom.
  const style = { '--presence-unit': 1 / zoom } as CSSProperties;
  return (
    <OverlayPortal>
      <div className="presence-layer" aria-hidden="true" style={style}>
        <OthersSelections people={people} rects={rects} zoom={zoom} />
        <OthersPointers people={people} />
      </div>
    </OverlayPortal>
  );
}
