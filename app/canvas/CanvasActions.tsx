import { useT } from '../i18n/use-t.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';
import { runAutoLayout } from './auto-layout/run-auto-layout.ts';

/** Top-bar actions that work on the drawn diagram: Auto layout (the pictures are in the Export menu). */
export function CanvasActions() {
  const t = useT();
  const readOnly = useReadOnly();
  return (
    <button type="button" disabled={readOnly} onClick={runAutoLayout}>
      {t('topBar:autoLayout')}
    </button>
  );
}
