import { useStore } from '@xyflow/react';
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { useTrace } from '../../analysis/trace-store.ts';
import { stepsOf, useWalk } from '../../analysis/walk-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { plain } from './IntentPaths.tsx';
import { packetCourse, pointAt, type PacketCourse } from './packet-course.ts';
import type { TraceDrawing } from './trace-lines.ts';
import type { NodeRect } from './use-node-rects.ts';
import './packet-marker.css';

/** How long the packet takes from one hop to the next (within Play's 1.2 s per hop). */
const TRAVEL_MS = 650;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The packet walk's marker on the drawn trace (Packet Tracer's envelope): it travels along the
 * line from hop to hop, out along the forward line and back along the dashed return line, and at
 * a blocker turns red with a ✕. Drawn in the trace's layer, in flow coordinates, so it follows
 * zoom and pan; the exported picture draws the trace from data and never includes it. With
 * reduced motion it steps without travelling.
 */
export function PacketMarker({
  drawing,
  rects,
}: {
  readonly drawing: TraceDrawing;
  readonly rects: ReadonlyMap<string, NodeRect>;
}) {
  const t = useT();
  const result = useTrace((state) => state.traced?.result);
  const index = useWalk((state) => state.index);
  const steps = stepsOf(result);
  const step = steps[index];
  const scale = useStore((state) => Math.min(2.5, Math.max(1, 1 / state.transform[2])));
  const course = step ? packetCourse(drawing, rects, { path: step.path, leg: step.leg, index: step.index }) : undefined;
  const way = step ? `${step.leg ?? ''}${step.path}` : '';
  if (!step || !course) return null;
  const node = plain(step.hop.component);
  const label = t(step.blocked ? 'packetWalk:markerBlocked' : 'packetWalk:marker', {
    node,
    n: index + 1,
    count: steps.length,
  });
  return <Travelling key={way} course={course} blocked={step.blocked} label={label} scale={scale} />;
}

/** The marker itself; remounted for each way, so a new way sets out from its line's start. */
function Travelling({
  course,
  blocked,
  label,
  scale,
}: {
  readonly course: PacketCourse;
  readonly blocked: boolean;
  readonly label: string;
  readonly scale: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const shownAt = useRef(0);
  useLayoutEffect(() => {
    const place = (at: number) => {
      const p = pointAt(course, at);
      shownAt.current = at;
      if (element.current) element.current.style.transform = `translate(${p.x}px, ${p.y}px)`;
    };
    const from = shownAt.current;
    const to = course.at;
    if (from === to || reducedMotion()) {
      place(to);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const tick = (now: number) => {
      const k = Math.min(1, (now - start) / TRAVEL_MS);
      const eased = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
      place(from + (to - from) * eased);
      if (k < 1) frame = requestAnimationFrame(tick);
    };
    place(from);
    frame = requestAnimationFrame(tick);
    // Interrupted (the next hop came first, or a box moved): it travels on from where it is.
    return () => cancelAnimationFrame(frame);
  }, [course]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      className={`packet-marker${blocked ? ' is-blocked' : ''}`}
      style={{ '--trace-label-scale': scale } as CSSProperties}
    >
      <div className="packet-glyph">
        <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true">
          <rect x="1" y="1" width="26" height="18" rx="3" className="packet-envelope" />
          <path d="M2,3 L14,11 L26,3" className="packet-flap" fill="none" />
        </svg>
        {blocked && (
          <span className="packet-marker-cross" aria-hidden="true">
            ✕
          </span>
        )}
      </div>
    </div>
  );
}
