import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { reportPointer } from '../live-session.ts';
import { useSession } from '../session-store.ts';
import { browserClocks, pointerPacer } from './pointer-pacer.ts';

interface ClientPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Tells the room where this person's pointer is on the canvas (`canvas`: the canvas's region),
 * in flow coordinates so every page draws it on the same spot of the design whatever its own
 * pan and zoom. Paced (pointer-pacer.ts); off the canvas, in another window or a hidden tab it
 * is taken away. Panning or zooming under a still pointer moves it over the design: reported too.
 * A drag from the palette counts as the pointer, so others see where something is about to land.
 */
export function useReportPointer(canvas: RefObject<HTMLElement | null>): void {
  const live = useSession((s) => s.phase === 'live');
  const flow = useReactFlow();
  const store = useStoreApi();

  useEffect(() => {
    const element = canvas.current;
    if (!live || !element) return;
    let at: ClientPoint | null = null;
    let last: string | null = null;
    const pacer = pointerPacer<ClientPoint>((client) => {
      const point = client ? flow.screenToFlowPosition(client, { snapToGrid: false }) : null;
      const rounded = point ? { x: Math.round(point.x), y: Math.round(point.y) } : null;
      // The same spot again (a move within one flow unit) is not worth a message.
      const key = rounded ? `${rounded.x},${rounded.y}` : null;
      if (key === last) return;
      last = key;
      reportPointer(rounded);
    }, browserClocks);

    // Pointer moves, and drags from the palette (the browser sends no pointer events during those).
    const move = (event: PointerEvent | DragEvent) => {
      at = { x: event.clientX, y: event.clientY };
      pacer.move(at);
    };
    const leave = () => {
      at = null;
      pacer.leave();
    };
    // A palette drag that ends off the canvas (dropped elsewhere, or cancelled).
    const dragEnd = (event: DragEvent) => {
      const box = element.getBoundingClientRect();
      const x = event.clientX;
      const y = event.clientY;
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) leave();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (at && state.transform !== previous.transform) pacer.move(at);
    });
    element.addEventListener('pointermove', move);
    element.addEventListener('dragover', move);
    element.addEventListener('pointerleave', leave);
    document.addEventListener('dragend', dragEnd);
    window.addEventListener('blur', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      unsubscribe();
      element.removeEventListener('pointermove', move);
      element.removeEventListener('dragover', move);
      element.removeEventListener('pointerleave', leave);
      document.removeEventListener('dragend', dragEnd);
      window.removeEventListener('blur', leave);
      document.removeEventListener('visibilitychange', hidden);
      leave();
      pacer.stop();
    };
  }, [live, canvas, flow, store]);
}
