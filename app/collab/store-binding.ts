import * as Y from 'yjs';
import { designTypes, readDesign, watchLostItems, writeDesign, type LostItem } from '../../src/collab/design-doc.ts';
import { freshReadableId } from '../../src/edit/clip-ids.ts';
import { currentT } from '../i18n/use-t.ts';
import { keepUnchanged } from '../../src/collab/keep-unchanged.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { history, useEditor } from '../store/store.ts';
import { reportUndoState, routeUndo } from '../store/undo-route.ts';

/** The origin of this page's own edits in the Y.Doc: the only ones its Undo takes back. */
export const LOCAL_EDIT = Symbol('vpclab:local-edit');

/** Long enough that Yjs never merges two steps on its own: the binding marks every boundary. */
const NEVER = 2 ** 31;

export interface DesignBinding {
  stop(): void;
}

/**
 * Binds the editor's store to a room's Y.Doc both ways (docs/collab.md). The store stays the
 * page's single source of truth for rendering; the Y.Doc is what the room shares.
 *
 * - Store to Y.Doc: every change of the store's design is written as a diff with origin
 *   `LOCAL_EDIT` (editors only). A change that came from the Y.Doc is not written back.
 * - Y.Doc to store: any other transaction (someone else's edit, an undo) is read back as a
 *   plain design and put in place with `receiveDocument`, keeping unchanged objects.
 * - Undo: a Y.UndoManager tracks `LOCAL_EDIT` only, so Undo takes back this person's edits and
 *   never another's. One store change is one step, except that changes made while the store's
 *   own history is paused (the rest of a nudge burst) join the step before them, as alone.
 *
 * - A viewer's Undo and Redo change nothing (and say why).
 *
 * The Y.Doc must hold the room's design before binding: the store is set from it first.
 */
export function bindDesign(ydoc: Y.Doc, editable: boolean): DesignBinding {
  let receiving = false;
  const receive = (frame: boolean) => {
    const current = useEditor.getState().document;
    const next = keepUnchanged(current, readDesign(ydoc) as unknown as VpcLabDocument);
    receiving = true;
    try {
      useEditor.getState().receiveDocument(next, frame);
    } finally {
      receiving = false;
    }
  };
  receive(true);

  /** This page's items a merge replaced, with the design they were in (see `keepLostItems`). */
  let lost: { items: LostItem[]; before: VpcLabDocument } | null = null;
  const stopWatching = editable
    ? watchLostItems(ydoc, (item) => {
        lost ??= { items: [], before: useEditor.getState().document };
        lost.items.push(item);
      })
    : () => {};

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_EDIT || transaction.changed.size === 0) return;
    receive(false);
    if (lost) {
      const { items, before } = lost;
      lost = null;
      // The put-back is a step of its own, not part of this person's last edit.
      undoManager?.stopCapturing();
      keepLostItems(ydoc, items, before);
      receive(false);
    }
  };
  ydoc.on('afterTransaction', onTransaction);

  let undoManager: Y.UndoManager | null = null;
  let unsubscribe = () => {};
  if (!editable) {
    // A viewer has no steps of their own. Left to the design's own history, Undo would step
    // back through the room's edits as this page received them, and show a design the room
    // does not have; instead it says why nothing changes, as any refused edit does.
    const refuse = () => {
      const reason = useEditor.getState().readOnly;
      if (reason !== null) useEditor.getState().notify({ kind: 'error', text: reason });
    };
    routeUndo({ undo: refuse, redo: refuse });
  } else {
    const manager = new Y.UndoManager(designTypes(ydoc), {
      trackedOrigins: new Set([LOCAL_EDIT]),
      captureTimeout: NEVER,
    });
    undoManager = manager;
    const report = () => reportUndoState(manager.canUndo(), manager.canRedo());
    manager.on('stack-item-added', report);
    manager.on('stack-item-popped', report);
    manager.on('stack-cleared', report);
    routeUndo({ undo: () => manager.undo(), redo: () => manager.redo() });

    unsubscribe = useEditor.subscribe((state, previous) => {
      if (receiving || state.document === previous.document) return;
      // A change made with the store's history paused belongs to the step before it (zundo's
      // reading, which a nudge burst relies on): only a tracked change starts a new step.
      if (history().isTracking) manager.stopCapturing();
      writeDesign(ydoc, state.document as unknown as Record<string, unknown>, LOCAL_EDIT);
    });
  }

  return {
    stop() {
      unsubscribe();
      stopWatching();
      ydoc.off('afterTransaction', onTransaction);
      undoManager?.destroy();
      routeUndo(null);
    },
  };
}

type JsonObject = Record<string, unknown>;

/**
 * Puts back, under fresh ids, this page's items that a merge replaced with someone else's of
 * the same id (two people, apart, each added `subnet-3`): both additions are kept, as a live
 * session promises, and the person is told which id theirs now has. References to the old id
 * keep pointing at the item that kept it. Written as this page's edit, so the room gets it.
 */
function keepLostItems(ydoc: Y.Doc, items: readonly LostItem[], before: VpcLabDocument): void {
  const merged = readDesign(ydoc);
  const taken = new Set<string>();
  for (const list of ['resources', 'intents', 'annotations'] as const) {
    for (const item of (merged[list] as JsonObject[] | undefined) ?? []) taken.add(String(item['id']));
  }
  const layout = { ...((merged['layout'] as JsonObject | undefined) ?? {}) };
  const beforeLayout = (before.layout ?? {}) as JsonObject;
  const renamed: string[] = [];
  for (const { list, id } of items) {
    const mine = ((before as unknown as JsonObject)[list] as JsonObject[] | undefined)?.find(
      (item) => item['id'] === id,
    );
    if (!mine) continue;
    const fresh = freshReadableId(id, taken);
    taken.add(fresh);
    merged[list] = [...((merged[list] as JsonObject[] | undefined) ?? []), { ...mine, id: fresh }];
    if (Object.hasOwn(beforeLayout, id)) layout[fresh] = beforeLayout[id];
    renamed.push(currentT()('collab:notice.keptAs', { id, fresh }));
  }
  if (renamed.length === 0) return;
  if (Object.keys(layout).length > 0) merged['layout'] = layout;
  writeDesign(ydoc, merged, LOCAL_EDIT);
  useEditor.getState().notify({ kind: 'info', text: currentT()('collab:notice.keptBoth'), details: renamed });
}
