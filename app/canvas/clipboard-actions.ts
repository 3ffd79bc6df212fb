import { create } from 'zustand';
import { copiedIdsOf, copyForClipboard, pasteClip, type PasteRefusal } from '../../src/edit/index.ts';
import type { Translate } from '../../src/i18n/i18n.ts';
import { readVpcLabText, serializeDocument } from '../../src/io/vpclab/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { describeIssue } from '../document/import.ts';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';

/**
 * Copy, cut and paste of the canvas selection through the system clipboard (ui.md, "Keyboard").
 * The clipboard carries VPC Lab JSON: a document holding the copied resources plus, as context,
 * what they reference (src/edit/clip-copy.ts), so it pastes into another tab or design and reads
 * as JSON in a text editor. Ctrl/Cmd+C, X and V arrive as the DOM's copy, cut and paste events
 * (ClipboardBridge.tsx); menus call these functions, which use navigator.clipboard.
 */

/** Where the pointer is on the canvas, in layout coordinates; undefined when it is elsewhere. */
let pointerOnCanvas: () => { x: number; y: number } | undefined = () => undefined;

/** Set by ClipboardBridge, which knows the canvas's view. */
export function setPointerReader(reader: () => { x: number; y: number } | undefined): void {
  pointerOnCanvas = reader;
}

/** A whole VPC Lab document on the clipboard, waiting for the person's choice (import or add). */
export interface DocumentOffer {
  readonly document: VpcLabDocument;
  readonly at: { readonly x: number; readonly y: number } | undefined;
}

/** The offer the paste dialog shows, while it is open. */
export const usePasteOffer = create<{ readonly offer: DocumentOffer | null }>()(() => ({ offer: null }));

/** The clipboard text for the selection, and how many resources it copies; undefined when nothing is selected. */
function selectionClip(): { text: string; count: number } | undefined {
  const { document, selection } = useEditor.getState();
  const clip = copyForClipboard(document, selection);
  if (!clip) {
    useEditor.getState().notify({ kind: 'error', text: currentT()('clipboard:nothingSelected') });
    return undefined;
  }
  return { text: serializeDocument(clip), count: copiedIdsOf(clip)?.length ?? 0 };
}

/** The selected resources (not edges of other kinds, not implicit ones) that a cut deletes. */
function selectedResources(): string[] {
  const { document, selection } = useEditor.getState();
  return selection.filter((id) => document.resources.some((r) => r.id === id));
}

/** Puts the selection's copy in a copy or cut event's data; false when nothing is selected. */
export function copyInto(data: DataTransfer): boolean {
  const clip = selectionClip();
  if (!clip) return false;
  data.setData('text/plain', clip.text);
  useEditor.getState().notify({ kind: 'info', text: currentT()('clipboard:copied', { count: clip.count }) });
  return true;
}

/** Copy into a cut event's data, then delete the selection (one Undo step); false when nothing is selected. */
export function cutInto(data: DataTransfer): boolean {
  const ids = selectedResources();
  const clip = selectionClip();
  if (!clip) return false;
  data.setData('text/plain', clip.text);
  finishCut(ids, clip.count);
  return true;
}

function finishCut(ids: readonly string[], count: number): void {
  const { dispatch, notify } = useEditor.getState();
  // No confirmation as Delete asks for a container: the resources are on the clipboard and one Undo away.
  if (ids.length > 0 && dispatch({ type: 'delete-resources', ids })) {
    notify({ kind: 'info', text: currentT()('clipboard:cut', { count }) });
  }
}

/** Copies the selection with navigator.clipboard (a menu's Copy). */
export async function copySelection(): Promise<boolean> {
  const clip = selectionClip();
  if (!clip) return false;
  if (!(await writeText(clip.text))) return false;
  useEditor.getState().notify({ kind: 'info', text: currentT()('clipboard:copied', { count: clip.count }) });
  return true;
}

/** Copies the selection with navigator.clipboard, then deletes it as one Undo step (a menu's Cut). */
export async function cutSelection(): Promise<boolean> {
  const ids = selectedResources();
  const clip = selectionClip();
  if (!clip || !(await writeText(clip.text))) return false;
  finishCut(ids, clip.count);
  return true;
}

/** Pastes `text`, or what navigator.clipboard holds (a menu's Paste). Returns whether the design changed or an offer opened. */
export async function pasteFromClipboard(text?: string): Promise<boolean> {
  if (text !== undefined) return pasteText(text);
  try {
    return pasteText(await navigator.clipboard.readText());
  } catch {
    useEditor.getState().notify({ kind: 'error', text: currentT()('clipboard:readDenied') });
    return false;
  }
}

async function writeText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    useEditor.getState().notify({ kind: 'error', text: currentT()('clipboard:writeDenied') });
    return false;
  }
}

/**
 * Pastes clipboard text: a copy of resources goes into the design (one Undo step) at the
 * pointer when it is over the canvas; a whole VPC Lab document opens the offer to import it or
 * add its resources; anything else gets a message and changes nothing.
 */
export function pasteText(text: string): boolean {
  const t = currentT();
  const { notify } = useEditor.getState();
  if (text.trim() === '') {
    notify({ kind: 'error', text: t('clipboard:emptyClipboard') });
    return false;
  }
  const report = readVpcLabText(text);
  const copied = report.document ? copiedIdsOf(report.document) : undefined;
  // A copy from a design with errors still pastes when the result adds none (pasteClip checks);
  // a whole document must be valid, as an import must.
  if (report.document === null || (copied === undefined && !report.valid)) {
    const [first] = report.errors;
    if (report.document === null && report.errors.length === 1 && first) {
      notify({ kind: 'error', text: t('clipboard:notJson', { why: describeIssue(first) }) });
    } else {
      notify({
        kind: 'error',
        text: t('clipboard:notDesign', { count: report.errors.length }),
        details: report.errors.map(describeIssue),
      });
    }
    return false;
  }
  const at = pointerOnCanvas();
  if (copied === undefined) {
    usePasteOffer.setState({ offer: { document: report.document, at } });
    return true;
  }
  return pasteResources(report.document, copied, at);
}

/**
 * Pastes `copied` resources of `clip` (all of them when undefined) into the selected container
 * when one is selected, as one Undo step; the pasted resources become the selection. One notice
 * lists the references that were dropped; a refusal says why and changes nothing.
 */
export function pasteResources(
  clip: VpcLabDocument,
  copied: readonly string[] | undefined,
  at: { readonly x: number; readonly y: number } | undefined,
): boolean {
  const { document, selection, dispatch, notify } = useEditor.getState();
  const t = currentT();
  const container = selection.length === 1 ? selection[0] : undefined;
  const options = {
    ...(copied ? { copied } : {}),
    ...(container !== undefined ? { container } : {}),
    ...(at ? { at } : {}),
  };
  const planned = pasteClip(document, clip, options);
  if (!planned.ok) {
    notify({ kind: 'error', text: refusalText(planned.refusal, t) });
    return false;
  }
  if (!dispatch({ type: 'paste', clip, ...options })) return false;
  if (planned.dropped.length > 0) {
    notify({
      kind: 'info',
      text: t('clipboard:pastedDropped', { count: planned.selected.length, list: planned.dropped.join(', ') }),
    });
  }
  return true;
}

/** Answers the whole-document offer: import it in place of the design, or add its resources. */
export function answerOffer(answer: 'import' | 'add' | 'cancel'): void {
  const offer = usePasteOffer.getState().offer;
  usePasteOffer.setState({ offer: null });
  if (!offer || answer === 'cancel') return;
  if (answer === 'import') useEditor.getState().replaceDocument(offer.document);
  else pasteResources(offer.document, undefined, offer.at);
}

function refusalText(refusal: PasteRefusal, t: Translate): string {
  switch (refusal.code) {
    case 'empty':
      return t('clipboard:refused.empty');
    case 'no-container':
      return t('clipboard:refused.noContainer', { id: refusal.id, container: refusal.container });
    case 'missing':
      return t('clipboard:refused.missing', { id: refusal.id, missing: refusal.missing });
    case 'no-addresses':
      return t('clipboard:refused.noAddresses', { id: refusal.id });
    case 'invalid':
      return t('clipboard:refused.invalid', { why: refusal.issue ? describeIssue(refusal.issue) : refusal.message });
  }
}
