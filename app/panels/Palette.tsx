import { useCallback, useRef, type DragEvent } from 'react';
import type { ResourceType } from '../../src/model/index.ts';
import { addNewResource, PALETTE_MIME } from '../canvas/add-resource.ts';
import { Icon, TONE } from '../canvas/icons.tsx';
import { TermInfo } from '../glossary/TermInfo.tsx';
import { RESOURCE_TERMS } from '../../src/glossary/index.ts';
import { toneVariables } from '../canvas/tones.ts';
import { useTheme } from '../theme/theme-store.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { AnnotationPalette } from './AnnotationPalette.tsx';
import { useReadOnly } from '../collab/ui/use-read-only.ts';
import './palette.css';
import { PALETTE_ITEMS } from './palette-items.ts';
import { useRovingButtons } from './use-roving-buttons.ts';

function onDragStart(event: DragEvent<HTMLButtonElement>) {
  const type = event.currentTarget.dataset['type'];
  if (type === undefined) return;
  event.dataTransfer.setData(PALETTE_MIME, type);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * The palette: one button per resource type (names are a test contract, see palette-items.ts).
 * A click adds the resource inside the selected container (a security group attaches to the
 * selected resources); a drag places it where it is dropped.
 */
export function Palette() {
  const t = useT();
  const theme = useTheme();
  const section = useRef<HTMLElement>(null);
  useRovingButtons(section);
  const readOnly = useReadOnly();
  const onClick = useCallback((type: ResourceType) => {
    const { selection } = useEditor.getState();
    addNewResource({ type, container: selection[0] }, selection);
  }, []);
  return (
    <section ref={section} className="palette" aria-label={t('palette:heading')} style={toneVariables(theme)}>
      <h2>{t('palette:heading')}</h2>
      {readOnly && (
        <p className="palette-read-only">
          <strong>{t('liveSession:readOnly.heading')}</strong> {t('liveSession:readOnly.palette')}
        </p>
      )}
      <ul className="palette-list">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.type} className="palette-entry">
            <button
              type="button"
              className={`palette-button tone-${TONE[item.type]}`}
              title={t('palette:tooltip', {
                description: t(`palette:descriptions.${item.type}`),
                howToAdd: t('palette:howToAdd'),
              })}
              draggable={!readOnly}
              disabled={readOnly}
              data-type={item.type}
              onDragStart={onDragStart}
              onClick={() => onClick(item.type)}
            >
              <span className="palette-icon">
                <Icon type={item.type} size={18} />
              </span>
              {t(`palette:items.${item.type}`)}
            </button>
            <TermInfo term={RESOURCE_TERMS[item.type]} placement="right" />
          </li>
        ))}
      </ul>
      <AnnotationPalette disabled={readOnly} />
    </section>
  );
}
