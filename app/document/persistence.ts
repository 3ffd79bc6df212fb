import { get, set } from 'idb-keyval';
import { validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';
import { history, useEditor, type Notice } from '../store/store.ts';
import { readSavedWork, savedWorkOf, SAVED_HISTORY_LIMIT, type SavedWork } from './saved-work.ts';
import { announceSaved, onSavedElsewhere, TAB_ID } from './tab-sync.ts';
import { keepUnreadable, offerKeptUnreadable } from './unreadable-work.ts';
import { clearWriteAhead, readWriteAhead, writeAhead } from './write-ahead.ts';

/** The IndexedDB key (idb-keyval's default store) that holds the work in progress. */
const KEY = 'vpclab:document';

/** Saves within half a second of the last change (ui.md); a burst of edits is one write. */
const SAVE_DELAY_MS = 250;

/** What the start found, for the autosave that follows it. */
export interface Restored {
  /** The design put in place is newer than what IndexedDB holds (it came from the write-ahead copy). */
  readonly unsaved: boolean;
  /** Saved work was restored: a link or example opened over it should say where it went. */
  readonly hadWork: boolean;
}

/**
 * Restores the saved design and its undo history, without asking and without an undo step.
 * Saved work that cannot be opened is kept aside and offered as a file (never overwritten by
 * the next edit). The write-ahead copy, written synchronously as the page went, wins when it
 * is newer than IndexedDB's: it holds an edit whose asynchronous save the reload cut off.
 */
export async function restoreSavedWork(): Promise<Restored> {
  let raw: unknown;
  let readable = true;
  try {
    raw = await get(KEY);
  } catch {
    readable = false;
    useEditor.getState().notify({ kind: 'error', text: currentT()('notices:savedUnreadable') });
  }
  const read = readable ? readSavedWork(raw) : ({ status: 'none' } as const);
  if (read.status === 'unreadable') await keepUnreadable(raw, read.why);
  else await offerKeptUnreadable();
  const base = read.status === 'ok' ? read.work : undefined;
  const ahead = newerWriteAhead(base);
  if (ahead) {
    // The reload cut off the save of the newest edits: they become one step after what was saved.
    const past = base ? [...base.past, base.document].slice(-SAVED_HISTORY_LIMIT) : [];
    useEditor.getState().restoreDocument(ahead, past, []);
    return { unsaved: true, hadWork: true };
  }
  if (!base) return { unsaved: false, hadWork: false };
  useEditor.getState().restoreDocument(base.document, base.past, base.future);
  return { unsaved: false, hadWork: true };
}

/** The write-ahead copy's design when it is newer than `base` and still readable. */
function newerWriteAhead(base: SavedWork | undefined): VpcLabDocument | undefined {
  const entry = readWriteAhead();
  if (!entry || (base && entry.savedAt <= base.savedAt)) return undefined;
  return validateDocument(entry.document).document ?? undefined;
}

/** Save stamps: milliseconds, strictly increasing within a tab, so the newest copy is known. */
let lastStamp = 0;
const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

/**
 * Saves the document and its undo history to IndexedDB after every change (debounced), and
 * when the page is hidden or closed writes a synchronous copy of anything not yet confirmed
 * written. Tells the other tabs after each save, and offers their saves here. Returns a
 * function that stops it.
 */
export function startAutosave(restored: Restored): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The document of the last save started, and its stamp. */
  let lastSaved: { document: VpcLabDocument; savedAt: number } | undefined = restored.unsaved
    ? undefined
    : { document: useEditor.getState().document, savedAt: 0 };
  /** The document IndexedDB is known to hold. */
  let confirmed: VpcLabDocument | undefined = lastSaved?.document;
  /** The notice offering another tab's save, while it is the one shown. */
  let otherTabsOffer: Notice | undefined;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const { document } = useEditor.getState();
    if (document === lastSaved?.document) return;
    const { pastStates, futureStates } = history();
    const work = savedWorkOf(
      document,
      pastStates.flatMap((step) => (step.document ? [step.document] : [])),
      futureStates.flatMap((step) => (step.document ? [step.document] : [])),
      stamp(),
      TAB_ID,
    );
    const saving = { document, savedAt: work.savedAt };
    lastSaved = saving;
    set(KEY, work).then(
      () => {
        confirmed = document;
        clearWriteAhead(work.savedAt);
        announceSaved(work.savedAt);
        // This tab's own save replaced the other tab's version: there is nothing left to load.
        if (useEditor.getState().notice === otherTabsOffer) useEditor.getState().notify(null);
      },
      () => {
        if (lastSaved === saving) lastSaved = undefined;
        useEditor.getState().notify({ kind: 'error', text: currentT()('notices:saveFailed') });
      },
    );
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.document !== previous.document) schedule();
  });
  if (restored.unsaved) schedule();

  // The page is going (reload, close, another address) or may be killed in the background:
  // start the save, and keep a synchronous copy in case it does not finish.
  const flush = () => {
    if (timer !== undefined) save();
    const { document } = useEditor.getState();
    if (document !== confirmed && lastSaved?.document === document)
      writeAhead({ savedAt: lastSaved.savedAt, tab: TAB_ID, document });
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);

  const stopListening = onSavedElsewhere((savedAt) => {
    otherTabsOffer = offerOtherTabsWork(savedAt, (loaded) => {
      // What was just loaded is what IndexedDB holds: saving it again would echo to the other tab.
      lastSaved = { document: loaded, savedAt };
      confirmed = loaded;
    });
  });

  return () => {
    unsubscribe();
    stopListening();
    flush();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Another tab saved this design over what this tab saved: say so, and offer its version. Loading
 * it is one undoable step, so this tab's own design stays one Undo away.
 */
function offerOtherTabsWork(savedAt: number, loaded: (document: VpcLabDocument) => void): Notice {
  const t = currentT();
  const time = new Date(savedAt).toLocaleTimeString();
  const notice: Notice = {
    kind: 'info',
    text: t('notices:savedWork.changedElsewhere', { time }),
    actions: [
      {
        label: t('notices:savedWork.loadOther'),
        run: () => {
          void get(KEY).then((raw: unknown) => {
            const read = readSavedWork(raw);
            if (read.status !== 'ok') return;
            loaded(read.work.document);
            useEditor.getState().replaceDocument(read.work.document);
            useEditor.getState().notify(null);
          });
        },
      },
    ],
  };
  useEditor.getState().notify(notice);
  return notice;
}
