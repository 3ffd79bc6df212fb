import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { effectiveNetworkAcl, effectiveRouteTable, findInterface } from '../../../src/model/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { onMenuKey } from '../../layout/menu-keys.ts';
import { useCloseOnOutside } from '../../layout/use-close-on-outside.ts';
import { documentIndex } from '../../store/document-index.ts';
import { useEditor } from '../../store/store.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import { startRename } from '../arrange/arrange-ui-store.ts';
import { copySelection, cutSelection, pasteFromClipboard } from '../clipboard-actions.ts';
import { CONNECT_SOURCES } from '../connect/connection-verdict.ts';
import { openConnectTo } from '../connect/connect-to.ts';
import { closeCanvasMenu, useCanvasMenu, type CanvasMenuAt } from './canvas-menu-store.ts';
import './canvas-menu.css';

/** Room kept between the menu and the window's edges, in pixels. */
const MARGIN = 8;

/**
 * The canvas's menu (role `menu`): on a resource "Rename", "Copy", "Duplicate", "Delete", and
 * for a subnet "Open route table" and "Open network ACL"; on the empty canvas "Select all".
 * The actions apply to the selection, which the opening made hold the resource. Arrow keys,
 * Home and End move between items, Enter activates, Escape or Tab closes and returns the focus,
 * a press outside closes.
 */
export function CanvasMenu({ selectAll }: { readonly selectAll: () => void }) {
  const menu = useCanvasMenu((s) => s.menu);
  return menu
    ? createPortal(
        <OpenMenu key={`${menu.x},${menu.y},${menu.target}`} at={menu} selectAll={selectAll} />,
        document.body,
      )
    : null;
}

interface Item {
  readonly key: string;
  readonly label: string;
  readonly run: () => void;
}

/** What a view-only page offers: what looks, copies or selects, never what changes the design. */
const VIEW_ONLY_ITEMS: ReadonlySet<string> = new Set(['copy', 'route-table', 'acl', 'select-all']);

function OpenMenu({ at, selectAll }: { readonly at: CanvasMenuAt; readonly selectAll: () => void }) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState({ left: at.x, top: at.y });
  const document = useEditor((s) => s.document);
  const readOnly = useReadOnly();
  const close = (refocus: boolean) => {
    closeCanvasMenu();
    if (refocus && at.returnFocus?.isConnected) at.returnFocus.focus({ preventScroll: true });
  };
  useCloseOnOutside(true, [list], () => close(false));
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    // Kept inside the window: a menu opened near the right or bottom edge opens leftwards or upwards.
    const { width, height } = element.getBoundingClientRect();
    setPlace({
      left: Math.max(MARGIN, Math.min(at.x, window.innerWidth - width - MARGIN)),
      top: Math.max(MARGIN, Math.min(at.y, window.innerHeight - height - MARGIN)),
    });
    element.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [at]);

  const items: Item[] = [];
  const resource = at.target === null ? undefined : document.resources.find((r) => r.id === at.target);
  // A secondary network interface's node: it can be deleted (removed from its instance) or lead to its instance.
  const eni = resource || at.target === null ? undefined : findInterface(at.target, documentIndex(document).byId);
  const act =
    (run: () => void, refocus = true) =>
    () => {
      close(refocus);
      run();
    };
  if (resource) {
    const ids = () => useEditor.getState().selection;
    items.push(
      { key: 'rename', label: t('contextMenu:rename'), run: act(() => startRename(resource.id), false) },
      { key: 'copy', label: t('contextMenu:copy'), run: act(() => void copySelection()) },
      { key: 'cut', label: t('contextMenu:cut'), run: act(() => void cutSelection(), false) },
      {
        key: 'duplicate',
        label: t('contextMenu:duplicate'),
        run: act(() => useEditor.getState().dispatch({ type: 'duplicate', ids: ids() }), false),
      },
      {
        key: 'delete',
        label: t('contextMenu:delete'),
        run: act(() => useEditor.getState().requestDelete(ids()), false),
      },
    );
    if (CONNECT_SOURCES.has(resource.type)) {
      items.push({
        key: 'connect-to',
        label: t('contextMenu:connectTo'),
        run: act(() => openConnectTo(resource.id), false),
      });
    }
    if (resource.type === 'subnet') {
      const index = documentIndex(document);
      const table = effectiveRouteTable(index, resource);
      const acl = effectiveNetworkAcl(index, resource);
      if (table) {
        const open = () => useEditor.getState().select([table.id]);
        items.push({ key: 'route-table', label: t('contextMenu:openRouteTable'), run: act(open, false) });
      }
      if (acl) {
        const open = () => useEditor.getState().select([acl.id]);
        items.push({ key: 'acl', label: t('contextMenu:openNetworkAcl'), run: act(open, false) });
      }
    }
  } else if (eni) {
    const owner = eni.instance.id;
    items.push(
      {
        key: 'delete',
        label: t('contextMenu:delete'),
        run: act(() => useEditor.getState().requestDelete(useEditor.getState().selection), false),
      },
      {
        key: 'instance',
        label: t('interfaces:canvas.openInstance', { instance: eni.instance.name ?? owner }),
        run: act(() => useEditor.getState().focus([owner], owner), false),
      },
    );
  } else {
    items.push(
      { key: 'select-all', label: t('contextMenu:selectAll'), run: act(selectAll) },
      { key: 'paste', label: t('contextMenu:paste'), run: act(() => void pasteFromClipboard(), false) },
    );
  }

  const shown = readOnly ? items.filter((item) => VIEW_ONLY_ITEMS.has(item.key)) : items;
  return (
    <ul
      ref={list}
      role="menu"
      aria-label={
        resource || eni ? t('contextMenu:nodeMenu', { id: resource?.id ?? at.target! }) : t('contextMenu:canvasMenu')
      }
      className="canvas-menu"
      style={place}
      onKeyDown={(event) => onMenuKey(event, () => close(true))}
      onContextMenu={(event) => event.preventDefault()}
    >
      {shown.map((item) => (
        <li key={item.key} role="none">
          <button type="button" role="menuitem" tabIndex={-1} onClick={item.run}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
