import { useT } from '../i18n/use-t.ts';

/** The one-line hint an empty canvas shows (ui.md: a fresh page shows it, and no modal). */
export function EmptyCanvasHint() {
  const t = useT();
  return <p className="canvas-hint">{t('canvas:emptyHint')}</p>;
}
