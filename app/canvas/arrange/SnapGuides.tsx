import { useStore } from '@xyflow/react';
import { OverlayPortal } from '../overlay/OverlayPortal.tsx';
import { useArrangeUi } from './arrange-ui-store.ts';

/** Lines reach this far past the boxes they join, in canvas pixels, so their ends are visible. */
const OVERHANG = 12;

/** The thin lines a dragged node lines up with (see `useSnapGuides`), drawn in the canvas's coordinates. */
export function SnapGuides() {
  const guides = useArrangeUi((s) => s.guides);
  // One screen pixel wide at every zoom.
  const zoom = useStore((s) => s.transform[2]);
  if (guides.length === 0) return null;
  return (
    <OverlayPortal>
      <svg className="snap-guides" aria-hidden="true">
        {guides.map((g) =>
          g.axis === 'x' ? (
            <line
              key={`x${g.at}`}
              x1={g.at}
              x2={g.at}
              y1={g.from - OVERHANG}
              y2={g.to + OVERHANG}
              strokeWidth={1 / zoom}
            />
          ) : (
            <line
              key={`y${g.at}`}
              y1={g.at}
              y2={g.at}
              x1={g.from - OVERHANG}
              x2={g.to + OVERHANG}
              strokeWidth={1 / zoom}
            />
          ),
        )}
      </svg>
    </OverlayPortal>
  );
}
