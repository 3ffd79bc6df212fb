import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { ModalDialog } from '../layout/ModalDialog.tsx';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { answerOffer, copyInto, cutInto, pasteText, setPointerReader, usePasteOffer } from './clipboard-actions.ts';

/** Where copy, cut and paste belong to the element: text fields, editable content, dialogs and menus. */
function ownsClipboard(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, dialog, [role="menu"]') !== null;
}

/**
 * Text the person selected on the page outside the canvas (a notice, a finding): copying it is
 * the browser's job. Text selected on the canvas (a double-click on a label) is not what a
 * person copies there: the selected resources are.
 */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  if (selection === null || selection.isCollapsed || selection.toString() === '') return false;
  const anchor = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
  return !anchor?.closest('.canvas');
}

/**
 * Connects the system clipboard to the canvas selection: the DOM's copy, cut and paste events
 * (Ctrl/Cmd+C, X, V) outside text fields, and the pointer's place on the canvas for a paste.
 * Renders the offer that a whole document on the clipboard opens.
 */
export function ClipboardBridge() {
  const flow = useReactFlow();
  useEffect(() => {
    let pointer: { x: number; y: number } | undefined;
    const onPointerMove = (event: PointerEvent) => {
      const overCanvas = event.target instanceof Element && event.target.closest('.canvas .react-flow') !== null;
      pointer = overCanvas ? { x: event.clientX, y: event.clientY } : undefined;
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.relatedTarget === null) pointer = undefined; // left the window
    };
    setPointerReader(() => (pointer ? flow.screenToFlowPosition(pointer) : undefined));

    const onCopy = (event: ClipboardEvent) => {
      if (!event.clipboardData || ownsClipboard(event.target) || hasTextSelection()) return;
      if (useEditor.getState().selection.length === 0) return;
      if (copyInto(event.clipboardData)) event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      if (!event.clipboardData || ownsClipboard(event.target) || hasTextSelection()) return;
      if (useEditor.getState().selection.length === 0) return;
      if (cutInto(event.clipboardData)) event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!event.clipboardData || ownsClipboard(event.target)) return;
      event.preventDefault();
      pasteText(event.clipboardData.getData('text/plain'));
    };
    document.addEventListener('pointermove', onPointerMove, { passive: true });
    document.addEventListener('pointerout', onPointerOut, { passive: true });
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      setPointerReader(() => undefined);
      document.removeEventListener('pointermove', onPointerMove);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [flow]);
  return <PasteDocumentDialog />;
}

/** "Paste a whole design?": import it in place of this one, or add its resources. */
function PasteDocumentDialog() {
  const offer = usePasteOffer((state) => state.offer);
  const t = useT();
  if (!offer) return null;
  const { document } = offer;
  return (
    <ModalDialog
      role="dialog"
      title={t('clipboard:offer.title')}
      description={t('clipboard:offer.description', { name: document.name, count: document.resources.length })}
      onCancel={() => answerOffer('cancel')}
    >
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={() => answerOffer('cancel')}>
          {t('clipboard:offer.cancel')}
        </button>
        <button type="button" onClick={() => answerOffer('add')}>
          {t('clipboard:offer.add')}
        </button>
        <button type="button" onClick={() => answerOffer('import')}>
          {t('clipboard:offer.import')}
        </button>
      </div>
    </ModalDialog>
  );
}
