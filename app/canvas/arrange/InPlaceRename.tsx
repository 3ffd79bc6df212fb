import { useStore } from '@xyflow/react';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import type { Diagram } from '../derive-diagram.ts';
import { useArrangeUi } from './arrange-ui-store.ts';

/**
 * Rename in place: a textbox "Rename <id>" over the node's title, opened by a double-click, F2
 * or the menu's "Rename". Enter or leaving the field commits the name (one Undo step; the id
 * stays: the inspector's ID field changes that), an empty name removes it, Escape cancels. The
 * focus goes back to the node. Drawn in screen pixels at the node's place, so it stays
 * readable however far the canvas is zoomed out.
 */
export function InPlaceRename({ drawn }: { readonly drawn: RefObject<Diagram> }) {
  const id = useArrangeUi((s) => s.renaming);
  const resource = useEditor((s) => (id === null ? undefined : s.document.resources.find((r) => r.id === id)));
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const box = id === null ? undefined : drawn.current.placements.get(id)?.box;
  // Closed when the resource goes (deleted, or an Undo took it away) while the field is open.
  useEffect(() => {
    if (id !== null && (!resource || !box)) useArrangeUi.setState({ renaming: null });
  }, [id, resource, box]);
  if (id === null || !resource || !box) return null;
  return (
    <RenameField
      key={id}
      id={id}
      initial={resource.name ?? ''}
      style={{ left: box.x * zoom + tx, top: box.y * zoom + ty, minWidth: Math.max(160, box.width * zoom) }}
    />
  );
}

function RenameField({
  id,
  initial,
  style,
}: {
  readonly id: string;
  readonly initial: string;
  readonly style: { left: number; top: number; minWidth: number };
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const close = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const name = text.trim();
    if (commit && name !== initial) {
      useEditor.getState().dispatch({ type: 'update-resource', id, patch: { name: name === '' ? undefined : name } });
    }
    useArrangeUi.setState({ renaming: null });
    // Back to the node, as a menu returns focus to what opened it.
    requestAnimationFrame(() => nodeElement(id)?.focus({ preventScroll: true }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') close(true);
    else if (event.key === 'Escape') close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <input
      ref={input}
      className="rename-in-place nodrag nopan nowheel"
      type="text"
      aria-label={t('arrange:rename', { id })}
      value={text}
      placeholder={id}
      style={style}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => close(true)}
    />
  );
}

/** A drawn resource's node element (the one carrying its `data-resource-id`). */
export const nodeElement = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-resource-id="${CSS.escape(id)}"]`);
