import type { DragEvent } from 'react';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../src/model/index.ts';
import { PALETTE_MIME } from '../canvas/add-resource.ts';
import { addAnnotation, ANNOTATION_DRAG_PREFIX } from '../canvas/annotations/add-annotation.ts';
import { useT } from '../i18n/use-t.ts';

function onDragStart(event: DragEvent<HTMLButtonElement>) {
  const kind = event.currentTarget.dataset['kind'];
  if (kind === undefined) return;
  event.dataTransfer.setData(PALETTE_MIME, `${ANNOTATION_DRAG_PREFIX}${kind}`);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * The palette's annotations, "Note", "Text" and "Frame" (ui.md): a click adds one at a free
 * spot in view, open for typing; a drag places it where it is dropped. Disabled on a view-only page.
 */
export function AnnotationPalette({ disabled }: { readonly disabled: boolean }) {
  const t = useT();
  return (
    <>
      <h3 className="palette-subheading">{t('notes:palette.heading')}</h3>
      <ul className="palette-list">
        {ANNOTATION_KINDS.map((kind) => (
          <li key={kind} className="palette-entry">
            <button
              type="button"
              className="palette-button tone-annotation"
              title={`${t(`notes:palette.descriptions.${kind}`)}\n${t('notes:palette.howToAdd')}`}
              draggable={!disabled}
              disabled={disabled}
              data-kind={kind}
              onDragStart={onDragStart}
              onClick={() => addAnnotation(kind)}
            >
              <span className="palette-icon">
                <AnnotationIcon kind={kind} />
              </span>
              {t(`notes:kind.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A sticky note, a letter T, or a titled frame. */
function AnnotationIcon({ kind }: { readonly kind: AnnotationKind }) {
  const paths: Record<AnnotationKind, React.ReactNode> = {
    note: <path d="M2.5 2.5h13v9l-4 4h-9zM15.5 11.5h-4v4" fill="none" stroke="currentColor" strokeWidth="1.5" />,
    text: <path d="M3 3.5h12M9 3.5v11.5M6.5 15h5" fill="none" stroke="currentColor" strokeWidth="1.7" />,
    frame: (
      <>
        <rect x="2" y="5" width="14" height="10.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="2" y="2" width="7" height="3" rx="1" fill="currentColor" />
      </>
    ),
  };
  return (
    <svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true">
      {paths[kind]}
    </svg>
  );
}
