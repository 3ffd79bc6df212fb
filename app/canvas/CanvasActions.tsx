import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { currentMessages, useMessages } from '../i18n/use-messages.ts';
import { useEditor } from '../store/store.ts';
import { downloadDataUrl, imageFileName, renderDiagram } from './export-image.ts';
import { runAutoLayout } from './auto-layout/run-auto-layout.ts';

/** Top-bar actions that work on the drawn diagram: Export PNG, Export SVG, Auto layout. */
export function CanvasActions() {
  const t = useMessages();
  const flow = useReactFlow();

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

  return (
    <>
      <button type="button" onClick={() => void exportImage('png')}>
        {t.topBar.exportPng}
      </button>
      <button type="button" onClick={() => void exportImage('svg')}>
        {t.topBar.exportSvg}
      </button>
      <button type="button" onClick={runAutoLayout}>
        {t.topBar.autoLayout}
      </button>
    </>
  );
}
