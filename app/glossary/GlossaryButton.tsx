import { useT } from '../i18n/use-t.ts';
import { GLOSSARY_BUTTON_ID, GLOSSARY_PANEL_ID, toggleGlossary, useGlossary } from './glossary-store.ts';

/** The top bar's "Glossary" button: opens or closes the Glossary panel (docked beside the canvas). */
export function GlossaryButton() {
  const t = useT();
  const open = useGlossary((state) => state.open);
  return (
    <button
      id={GLOSSARY_BUTTON_ID}
      type="button"
      aria-expanded={open}
      aria-controls={open ? GLOSSARY_PANEL_ID : undefined}
      onClick={(event) => toggleGlossary(event.currentTarget)}
    >
      {t('glossary:button')}
    </button>
  );
}
