import { useCallback, useState } from 'react';
import { currentMessages, useMessages } from '../i18n/use-messages.ts';
import { useEditor } from '../store/store.ts';
import { deriveDiagram } from './derive-diagram.ts';
import { requestFit } from './fit-request.ts';

/** Top-bar actions that work on the drawn diagram: Auto layout (the pictures are in the Export menu). */
export function CanvasActions() {
  const t = useMessages();
  const [busy, setBusy] = useState(false);

  const autoLayout = useCallback(async () => {
    setBusy(true);
    try {
      const { elkLayout } = await import('./elk-layout.ts');
      const layout = await elkLayout(deriveDiagram(useEditor.getState().document));
      // One move command with every position: one undo step.
      if (Object.keys(layout).length > 0 && useEditor.getState().dispatch({ type: 'move', layout })) {
        requestAnimationFrame(requestFit);
      }
    } catch (caught) {
      const why = caught instanceof Error ? caught.message : String(caught);
      useEditor.getState().notify({ kind: 'error', text: currentMessages().notice.autoLayoutFailed(why) });
    } finally {
      setBusy(false);
    }
  }, []);

  return (
    <button type="button" onClick={() => void autoLayout()} aria-busy={busy}>
      {t.topBar.autoLayout}
    </button>
  );
}
