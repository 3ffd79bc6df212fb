import { get, set } from 'idb-keyval';
import { rememberValidDocument } from '../../src/edit/index.ts';
import { validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { currentMessages } from '../i18n/use-messages.ts';
import { history, useEditor } from '../store/store.ts';

/** The IndexedDB key (idb-keyval's default store) that holds the work in progress. */
const KEY = 'vpclab:document';

/** Saves within half a second of the last change (ui.md); a burst of edits is one write. */
const SAVE_DELAY_MS = 250;

/**
 * Restores the saved design, if any, without asking and without an undo step. Local storage is
 * untrusted (another version, a hand edit, a broken write): the saved value is validated like an
 * import, and a broken one leaves the empty design with a notice. The saved value is kept as it
 * was until the next change, so nothing is lost by trying.
 */
export async function restoreSavedDocument(): Promise<void> {
  let saved: unknown;
  try {
    saved = await get(KEY);
  } catch {
    useEditor.getState().notify({ kind: 'error', text: currentMessages().notice.savedUnreadable });
    return;
  }
  if (saved === undefined) return;
  const report = validateDocument(saved);
  // A design with semantic errors is still the person's work: restore whatever has structure.
  if (report.document === null) {
    useEditor.getState().notify({
      kind: 'error',
      text: currentMessages().notice.savedDamaged,
    });
    return;
  }
  loadWithoutHistory(report.document);
}

/** Puts a document in place as the starting point: no undo step leads back to the empty design. */
function loadWithoutHistory(document: VpcLabDocument): void {
  rememberValidDocument(document);
  useEditor.setState((state) => ({ document, revision: state.revision + 1, selection: [] }));
  history().clear();
}

/**
 * Saves the document to IndexedDB after every change (debounced), and once more when the page
 * is hidden or closed. Returns a function that stops it.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSaved: VpcLabDocument | undefined;
  const save = () => {
    timer = undefined;
    const { document } = useEditor.getState();
    if (document === lastSaved) return;
    lastSaved = document;
    set(KEY, document).catch(() => {
      lastSaved = undefined;
      useEditor.getState().notify({ kind: 'error', text: currentMessages().notice.saveFailed });
    });
  };
  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    flush();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
