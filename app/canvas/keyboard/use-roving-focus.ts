import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Diagram } from '../derive-diagram.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { entryPlace } from './spatial-focus.ts';

type DomAttributes = NonNullable<DiagramNode['domAttributes']>;

/** The drawn node element of a node id inside the canvas. */
export const nodeElement = (section: HTMLElement | null, id: string): HTMLElement | null =>
  section?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null;

/**
 * The canvas's resources as ONE tab stop (a roving tabindex): every node is focusable by script
 * (tabindex -1) and exactly one, the "stop", is in the Tab order (tabindex 0). The stop is the
 * node that last had the focus while it is drawn, else the first selected node, else the first
 * top-level node in reading order. Derived nodes carry no tabindex of their own: the stop's
 * node object is the only one copied, so moving the focus re-renders two nodes, not all.
 *
 * When the focused node goes away (deleted, or undone), the focus moves to its container, or
 * to the new stop, instead of falling back to the page's start.
 */
export function useRovingFocus(
  nodes: readonly DiagramNode[],
  diagram: Diagram,
  selection: readonly string[],
  section: RefObject<HTMLElement | null>,
) {
  const [focused, setFocused] = useState<string | null>(null);
  const stop = useMemo(() => {
    if (focused !== null && diagram.placements.has(focused)) return focused;
    const selected = selection.find((id) => diagram.placements.has(id));
    if (selected !== undefined) return selected;
    return entryPlace([...diagram.placements.values()])?.id ?? null;
  }, [focused, diagram, selection]);

  const roved = useMemo(
    () => nodes.map((node) => (node.id === stop ? withTabIndex(node, 0) : withTabIndex(node, -1))),
    [nodes, stop],
  );

  // Follow the focus however it arrives (Tab, a click, a script) and remember where it was.
  const held = useRef<{ id: string; parent: string | undefined } | null>(null);
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node')) return;
      const id = target.dataset['id'];
      if (id === undefined) return;
      setFocused(id);
      held.current = { id, parent: diagram.placements.get(id)?.parent };
    };
    const onFocusOut = (event: FocusEvent) => {
      // Leaving for somewhere else on the page (not a node vanishing): forget the holder.
      if (event.relatedTarget !== null) held.current = null;
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [section, diagram]);

  // The focused node was removed: carry the focus to its container or the stop. React Flow
  // drops the node's element a render or two after this one, so wait (a few frames at most)
  // until the focus has actually fallen back to the page.
  useEffect(() => {
    const was = held.current;
    if (!was || diagram.placements.has(was.id)) return;
    const next = was.parent !== undefined && diagram.placements.has(was.parent) ? was.parent : stop;
    if (next === null) return;
    let frame = 0;
    let tries = 10;
    const settle = () => {
      const active = document.activeElement;
      if (active === null || active === document.body) {
        nodeElement(section.current, next)?.focus({ preventScroll: true });
      } else if (tries-- > 0 && active instanceof HTMLElement && active.dataset['id'] === was.id) {
        frame = requestAnimationFrame(settle);
      }
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [diagram, stop, section]);

  return roved;
}

// One copy per node object and tabindex: unchanged nodes keep their identity across renders.
const copies = [new WeakMap<DiagramNode, DiagramNode>(), new WeakMap<DiagramNode, DiagramNode>()] as const;

function withTabIndex(node: DiagramNode, tabIndex: 0 | -1): DiagramNode {
  const cache = copies[tabIndex === 0 ? 0 : 1];
  let copy = cache.get(node);
  if (!copy) {
    copy = { ...node, domAttributes: { ...node.domAttributes, tabIndex } as DomAttributes };
    cache.set(node, copy);
  }
  return copy;
}
