import { useT } from '../i18n/use-t.ts';
import { runAutoLayout } from './auto-layout/run-auto-layout.ts';

/** Top-bar actions that work on the drawn diagram: Auto layout (the pictures are in the Export menu). */
export function CanvasActions() {
  const t = useT();
  return (
    <button type="button" onClick={runAutoLayout}>
      {t('topBar:autoLayout')}
    </button>
  );
}
