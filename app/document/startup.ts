import { useEditor } from '../store/store.ts';
import { loadExample } from './examples.ts';
import type { ReadOutcome } from './import.ts';
import { startAutosave, restoreSavedDocument } from './persistence.ts';
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

/** Opens what the address asks for (`#doc=...` or `?example=name`), then drops it from the address. */
async function openFromAddress(): Promise<void> {
  const url = new URL(location.href);
  const example = url.searchParams.get('example');
  if (hasSharedDocument(url.hash)) {
    applyOutcome(readSharedDocument(url.hash));
  } else if (example !== null) {
    applyOutcome(await loadExample(example));
  } else {
    return;
  }
  // A reload then restores the saved work instead of opening the link over it again.
  url.searchParams.delete('example');
  url.hash = '';
  history.replaceState(history.state, '', url.pathname + url.search);
}

/**
 * Starts the document side of the page: restores saved work (no undo step), then opens a share
 * link or `?example=` over it as one undoable step, then saves every change. Autosave starts only
 * after the restore, so an empty page never overwrites saved work. A share link pasted into the
 * address bar of an open page is followed too.
 */
export async function startDocument(): Promise<void> {
  await restoreSavedDocument();
  await openFromAddress();
  startAutosave();
  window.addEventListener('hashchange', () => {
    if (hasSharedDocument(location.hash)) void openFromAddress();
  });
}
