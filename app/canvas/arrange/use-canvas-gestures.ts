import type { NodeMouseHandler } from '@xyflow/react';
import { useCallback, useEffect, useMemo, type MouseEvent, type RefObject } from 'react';
import { ownsKeys } from '../../layout/use-shortcuts.ts';
import { useEditor } from '../../store/store.ts';
import type { Diagram } from '../derive-diagram.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { openCanvasMenu } from '../menu/canvas-menu-store.ts';
import { nodeElement } from './InPlaceRename.tsx';
import { isReadOnly } from '../../collab/ui/use-read-only.ts';
import { startRename } from './arrange-ui-store.ts';

/** Every resource drawn on the canvas: boxes and tiles, and peering connections drawn as edges. */
export function drawnResourceIds(diagram: Diagram): string[] {
  const ids: string[] = [];
  for (const p of diagram.placements.values()) if (p.resource) ids.push(p.resource.id);
  for (const e of diagram.edges) if (e.data?.kind === 'peering') ids.push(e.id);
  return ids;
}

/**
 * The resource a key acts on: the focused node, else the only selected one if it is drawn; with
 * `interfaces`, a secondary network interface's node too (it has a menu, but no name to edit).
 */
function keyTarget(diagram: Diagram, interfaces = false): string | undefined {
  const focused = document.activeElement?.closest<HTMLElement>('.react-flow__node[data-resource-id]');
  const id = focused?.dataset.resourceId ?? useEditor.getState().selection.at(-1);
  const placement = id === undefined ? undefined : diagram.placements.get(id);
  if (id === undefined || !(placement?.resource || (interfaces && placement?.networkInterface))) return undefined;
  if (!focused && useEditor.getState().selection.length !== 1) return undefined;
  return id;
}

/**
 * The canvas's selection and menu gestures (ui.md): Ctrl/Cmd+A selects every drawn resource,
 * F2 and a double-click rename in place, a right-click, Shift+F10 or the ContextMenu key opens
 * the menu of the resource (selecting it first unless it is part of the selection) or of the
 * empty canvas. Keys are ignored while typing and inside dialogs and menus. Returns React Flow
 * handlers and `selectAll` for the menu.
 */
export function useCanvasGestures(drawn: RefObject<Diagram>, canvas: RefObject<HTMLElement | null>) {
  const selectAll = useCallback(() => useEditor.getState().select(drawnResourceIds(drawn.current)), [drawn]);

  const openFor = useCallback((id: string, x: number, y: number, returnFocus: HTMLElement | null) => {
    const state = useEditor.getState();
    if (!state.selection.includes(id)) state.select([id]);
    openCanvasMenu({ x, y, target: id, returnFocus });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target) || useEditor.getState().pendingDelete) return;
      const mod = event.ctrlKey || event.metaKey;
      const diagram = drawn.current;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') {
        selectAll();
      } else if (event.key === 'F2' && !mod) {
        const id = keyTarget(diagram);
        if (id === undefined || isReadOnly()) return;
        startRename(id);
      } else if ((event.key === 'F10' && event.shiftKey && !mod) || event.key === 'ContextMenu') {
        const id = keyTarget(diagram, true);
        if (id !== undefined) {
          const element = nodeElement(id);
          const rect = element?.getBoundingClientRect();
          if (!rect) return;
          openFor(id, rect.left + Math.min(24, rect.width / 2), rect.top + Math.min(24, rect.height / 2), element);
        } else {
          // On the empty canvas (the focus is in it, nothing single selected): the canvas's menu.
          const area = canvas.current;
          if (!area?.contains(document.activeElement)) return;
          const rect = area.getBoundingClientRect();
          openCanvasMenu({
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 3,
            target: null,
            returnFocus: document.activeElement as HTMLElement | null,
          });
        }
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawn, canvas, selectAll, openFor]);

  return useMemo(() => {
    const onNodeDoubleClick: NodeMouseHandler<DiagramNode> = (_event, node) => {
      if (drawn.current.placements.get(node.id)?.resource && !isReadOnly()) startRename(node.data.resourceId);
    };
    const onNodeContextMenu: NodeMouseHandler<DiagramNode> = (event, node) => {
      const placement = drawn.current.placements.get(node.id);
      if (!placement?.resource && !placement?.networkInterface) return;
      event.preventDefault();
      openFor(node.data.resourceId, event.clientX, event.clientY, nodeElement(node.data.resourceId));
    };
    const onPaneContextMenu = (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      openCanvasMenu({ x: event.clientX, y: event.clientY, target: null, returnFocus });
    };
    return { onNodeDoubleClick, onNodeContextMenu, onPaneContextMenu, selectAll };
  }, [drawn, openFor, selectAll]);
}
