import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { currentMessages, useMessages } from '../i18n/use-messages.ts';
import { useEditor } from '../store/store.ts';
import { deriveDiagram } from './derive-diagram.ts';
import { downloadDataUrl, imageFileName, renderDiagram } from './export-image.ts';
import { requestFit } from './fit-request.ts';

/** Top-bar actions that work on the drawn diagram: Export PNG, Export SVG, Auto layout. */
export function CanvasActions() {
  const t = useMessages();
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);

  const exportImage = useCallback(
    async (format: 'png' | 'svg') => {
      const { document, notify } = useEditor.getState();
      const root = window.document.querySelector<HTMLElement>('.canvas .react-flow');
      try {
        if (!root) throw new Error('The canvas is not ready.');
        const url = await renderDiagram(root, flow.getNodes(), format);
        downloadDataUrl(url, imageFileName(document.name, format));
      } catch (caught) {
        const why = caught instanceof Error ? caught.message : String(caught);
        notify({ kind: 'error', text: currentMessages().notice.exportFailed(why) });
      }
    },
    [flow],
  );

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
    <>
      <button type="button" onClick={() => void exportImage('png')}>
        {t.topBar.exportPng}
      </button>
      <button type="button" onClick={() => void exportImage('svg')}>
        {t.topBar.exportSvg}
      </button>
      <button type="button" onClick={() => void autoLayout()} aria-busy={busy}>
        {t.topBar.autoLayout}
      </button>
    </>
  );
}
