import { currentT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { requestFit } from '../fit-request.ts';
import { measureText } from '../nodes/fit-text.ts';
import { gridLayout } from './grid-layout.ts';
import { estimateTextWidth, type MeasureText } from './label-width.ts';

/** Labels measured in the page's font (a pixel to spare), or estimated where there is no canvas to measure with. */
const pageTextWidth: MeasureText = (text, font) =>
  Math.ceil((measureText(text, font) ?? estimateTextWidth(text, font)) + 1);

/**
 * The top bar's Auto layout: lays the document out again (see `gridLayout`) as one `move`
 * command, so one undo step, then frames the result.
 */
export function runAutoLayout(): void {
  const { document, dispatch, notify } = useEditor.getState();
  try {
    const layout = gridLayout(deriveDiagram(document), pageTextWidth);
    if (Object.keys(layout).length > 0 && dispatch({ type: 'move', layout })) requestFit();
  } catch (caught) {
    const why = caught instanceof Error ? caught.message : String(caught);
    notify({ kind: 'error', text: currentT()('notices:autoLayoutFailed', { why }) });
  }
}
