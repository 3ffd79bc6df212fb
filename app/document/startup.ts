import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { showTeachesOf } from '../lessons/example-teaches.ts';
import { loadExample } from './examples.ts';
import type { ReadOutcome } from './import.ts';
import { restoreSavedWork, startAutosave, type Restored } from './persistence.ts';
import { hasSharedDocument, readSharedDocument } from './share.ts';

/** Replaces the document as one undoable step, or shows why not and keeps the current work. */
export function applyOutcome(outcome: ReadOutcome): boolean {
  const { replaceDocument, notify } = useEditor.getState();
  if (!outcome.ok) {
    notify(outcome.notice);
    return false;
  }
  replaceDocument(outcome.document);
  return true;
}

/**
 * Opens what the address asks for (`#doc=...` or `?example=name`), then drops it from the
 * address. Opened over work the person had, it says where that work went (one Undo away).
 */
async function openFromAddress(): Promise<void> {
  const url = new URL(location.href);
  const example = url.searchParams.get('example');
  const before = useEditor.getState().document;
  const t = currentT();
  let opened: string | undefined;
  if (hasSharedDocument(url.hash)) {
    if (applyOutcome(readSharedDocument(url.hash))) opened = t('notices:savedWork.sharedDesign');
  } else if (example !== null) {
    if (applyOutcome(await loadExample(example))) {
      opened = t('notices:savedWork.example', { name: example });
      void showTeachesOf(example);
    }
  } else {
    return;
  }
  if (opened !== undefined && before.resources.length > 0)
    useEditor.getState().notify({ kind: 'info', text: t('notices:savedWork.openedOverWork', { what: opened }) });
  // A reload then restores the saved work instead of opening the link over it again.
  url.searchParams.delete('example');
  url.hash = '';
  history.replaceState(history.state, '', url.pathname + url.search);
}

/**
 * Starts the document side of the page: restores saved work (no undo step), starts saving
 * every change, then opens a share link or `?example=` over it as one undoable step (saved
 * like any edit, so a reload right after shows it). Autosave starts only after the restore,
 * so an empty page never overwrites saved work, and it starts whatever else fails: a broken
 * link or unreadable storage gets a notice, never a page that silently stops saving. A share
 * link pasted into the address bar of an open page is followed too.
 */
export async function startDocument(): Promise<void> {
  let restored: Restored = { unsaved: false, hadWork: false };
  try {
    restored = await restoreSavedWork();
  } catch (error) {
    useEditor.getState().notify({ kind: 'error', text: `${currentT()('notices:savedUnreadable')} (${String(error)})` });
  }
  startAutosave(restored);
  const open = async () => {
    try {
      await openFromAddress();
    } catch {
      useEditor.getState().notify({ kind: 'error', text: currentT()('notices:shareDamaged') });
    }
  };
  await open();
  window.addEventListener('hashchange', () => {
    if (hasSharedDocument(location.hash)) void open();
  });
}
