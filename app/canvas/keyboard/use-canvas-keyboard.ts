import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { currentT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { deriveDiagram, type Diagram } from '../derive-diagram.ts';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import type { DiagramEdge, DiagramNode } from '../diagram-types.ts';
import { nudgeLayout } from './nudge.ts';
import { dispatchNudge } from './nudge-burst.ts';
import { nodeElement } from './use-roving-focus.ts';
import { firstChild, nextInDirection, readingOrder, siblingsOf, type Direction } from './spatial-focus.ts';

/**
 * The diagram of the design as it is now, for a nudge. Not the drawn one: arrows held down or
 * pressed fast come faster than React draws, and a nudge computed from the drawn boxes would
 * write the same position again and lose the presses in between.
 */
const latest = new WeakMap<VpcLabDocument, Diagram>();
function diagramNow(document: VpcLabDocument, drawn: Diagram): Diagram {
  let diagram = latest.get(document);
  if (!diagram) {
    diagram = deriveDiagram(document, drawn);
    latest.set(document, diagram);
  }
  return diagram;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The canvas's keys, on the focused node (docs/ui.md "Keyboard"): arrows move the focus among
 * the resources of the same container by position; Alt+Down goes into a container (its first
 * resource), Alt+Up out to the container; Home and End go to the first and last in the
 * container; Enter or Space selects (Shift adds to the selection); with the focused resource
 * selected, arrows nudge the selection one grid cell, a burst of nudges being one Undo step.
 * Escape, Delete and the other shortcuts are the page's (`useShortcuts`). What changed is
 * announced in React Flow's live region.
 */
export function useCanvasKeyboard(section: RefObject<HTMLElement | null>, diagram: Diagram): void {
  const store = useStoreApi<DiagramNode, DiagramEdge>();
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const drawn = useRef(diagram);
  useEffect(() => {
    drawn.current = diagram;
  }, [diagram]);

  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const announce = (message: string) => store.setState({ ariaLiveMessage: message });
    const t = () => currentT();
    const nameOf = (id: string) => nodeElement(element, id)?.getAttribute('aria-label') ?? id;
    const places = () => [...drawn.current.placements.values()];
    const containerName = (parent: string | undefined) =>
      parent === undefined
        ? t()('keyboardCanvas:topLevel')
        : t()('keyboardCanvas:inContainer', { name: nameOf(parent) });

    /** Where a node stands among its siblings, and whether it is selected. */
    const describe = (id: string) => {
      const all = places();
      const place = drawn.current.placements.get(id);
      if (!place) return '';
      const siblings = readingOrder(siblingsOf(all, place));
      const inside = all.filter((p) => p.parent === id).length;
      const resourceId = resourceIdOf(id);
      return t()('keyboardCanvas:position', {
        position: siblings.findIndex((p) => p.id === id) + 1,
        count: siblings.length,
        where: containerName(place.parent),
        inside,
        selected: useEditor.getState().selection.includes(resourceId) ? 'yes' : 'no',
      });
    };
    const resourceIdOf = (id: string) =>
      (store.getState().nodeLookup.get(id)?.internals.userNode.data.resourceId as string | undefined) ?? id;

    /** Keeps a node in view: pans (never zooms) when any part of it is outside the canvas. */
    const reveal = (id: string) => {
      const box = drawn.current.placements.get(id)?.box;
      if (!box) return;
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const left = box.x * zoom + tx;
      const top = box.y * zoom + ty;
      const fits = left >= 0 && top >= 0 && left + box.width * zoom <= width && top + box.height * zoom <= height;
      if (!fits) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 150 });
    };

    const go = (id: string | undefined, otherwise: string) => {
      if (id === undefined) return announce(otherwise);
      // The roving tab stop follows the focus (see useRovingFocus).
      nodeElement(element, id)?.focus({ preventScroll: true });
      reveal(id);
      announce(describe(id));
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.defaultPrevented || !(target instanceof HTMLElement)) return;
      if (!target.classList.contains('react-flow__node')) return;
      const id = target.dataset['id'];
      const place = id === undefined ? undefined : drawn.current.placements.get(id);
      if (id === undefined || !place) return;
      if (event.ctrlKey || event.metaKey) return;
      const direction = ARROWS[event.key];
      const words = (d: Direction) => t()(`keyboardCanvas:directions.${d}`);
      if (event.altKey) {
        if (event.key === 'ArrowDown') {
          go(firstChild(places(), id)?.id, t()('keyboardCanvas:empty', { name: nameOf(id) }));
        } else if (event.key === 'ArrowUp') {
          go(place.parent, t()('keyboardCanvas:atTop'));
        } else {
          return;
        }
      } else if (direction && !event.shiftKey) {
        const state = useEditor.getState();
        const resourceId = resourceIdOf(id);
        // A view-only page moves nothing: the arrows go from resource to resource instead.
        if (state.selection.includes(resourceId) && place.resource && state.readOnly === null) {
          const nudge = nudgeLayout(diagramNow(state.document, drawn.current), state.selection, direction);
          if (!nudge.ok) {
            announce(
              t()('keyboardCanvas:blocked', {
                name: nameOf(nudge.blocked),
                direction: words(direction),
                container: nameOf(nudge.container),
              }),
            );
          } else if (Object.keys(nudge.layout).length > 0 && dispatchNudge(state.selection, nudge.layout)) {
            const moved = nudge.layout[resourceId] ?? Object.values(nudge.layout)[0]!;
            announce(t()('keyboardCanvas:moved', { direction: words(direction), x: moved.x, y: moved.y }));
          }
        } else {
          const where = containerName(place.parent);
          go(
            nextInDirection(places(), place, direction)?.id,
            t()('keyboardCanvas:edge', { direction: words(direction), where }),
          );
        }
      } else if ((event.key === 'Home' || event.key === 'End') && !event.shiftKey) {
        const siblings = readingOrder(siblingsOf(places(), place));
        go((event.key === 'Home' ? siblings[0] : siblings.at(-1))?.id, '');
      } else if (event.key === 'Enter' || event.key === ' ') {
        const resourceId = resourceIdOf(id);
        useEditor.getState().select([resourceId], event.shiftKey ? 'add' : 'replace');
        announce(t()('keyboardCanvas:selected', { name: nameOf(id) }));
      } else {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [section, store, flow]);
}
