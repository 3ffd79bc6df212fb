import { useMessages } from '../i18n/use-messages.ts';

/** The one-line hint an empty canvas shows (ui.md: a fresh page shows it, and no modal). */
export function EmptyCanvasHint() {
  const t = useMessages();
  return <p className="canvas-hint">{t.canvas.emptyHint}</p>;
}
