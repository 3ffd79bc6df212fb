import { useMemo } from 'react';
import type { Alignment, DistributeAxis } from '../../../src/layout/arrange.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { deriveDiagram } from '../derive-diagram.ts';
import { arrangedItems, arrangeLayout, type Arrangement } from './arrange-moves.ts';
import './arrange-buttons.css';

const ALIGNMENTS: readonly Alignment[] = ['left', 'centre', 'right', 'top', 'middle', 'bottom'];
const AXES: readonly DistributeAxis[] = ['horizontal', 'vertical'];

/**
 * The inspector's "Arrange" group for a multi-selection: align along an edge or centre line,
 * or distribute evenly; each is one `move` edit, so one Undo step.
 */
export function ArrangeButtons({ selection }: { readonly selection: readonly string[] }) {
  const t = useT();
  const document = useEditor((s) => s.document);
  // Shown only while several are selected; derived once per edit then, as the canvas does.
  const count = useMemo(() => arrangedItems(deriveDiagram(document), selection).length, [document, selection]);
  const run = (arrangement: Arrangement) => {
    const state = useEditor.getState();
    const layout = arrangeLayout(deriveDiagram(state.document), state.selection, arrangement);
    if (Object.keys(layout).length > 0) state.dispatch({ type: 'move', layout });
  };
  return (
    <section className="arrange" aria-label={t('arrange:heading')}>
      <h3>{t('arrange:heading')}</h3>
      <div className="arrange-buttons">
        {ALIGNMENTS.map((how) => (
          <button
            key={how}
            type="button"
            className={`arrange-button align-${how}`}
            disabled={count < 2}
            title={t(`arrange:align.${how}`)}
            onClick={() => run({ align: how })}
          >
            <ArrangeIcon kind={how} />
            <span className="visually-hidden">{t(`arrange:align.${how}`)}</span>
          </button>
        ))}
        {AXES.map((axis) => (
          <button
            key={axis}
            type="button"
            className={`arrange-button distribute-${axis}`}
            disabled={count < 3}
            title={count < 3 ? t('arrange:distributeNeedsThree') : t(`arrange:distribute.${axis}`)}
            onClick={() => run({ distribute: axis })}
          >
            <ArrangeIcon kind={axis} />
            <span className="visually-hidden">{t(`arrange:distribute.${axis}`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

/** Small pictures of each arrangement: a guide line and the boxes against it. */
function ArrangeIcon({ kind }: { readonly kind: Alignment | DistributeAxis }) {
  const paths: Record<Alignment | DistributeAxis, string> = {
    left: 'M2 1v14M4 3h8v3H4zM4 10h5v3H4z',
    centre: 'M8 1v14M3 3h10v3H3zM5 10h6v3H5z',
    right: 'M14 1v14M4 3h8v3H4zM7 10h5v3H7z',
    top: 'M1 2h14M3 4h3v8H3zM10 4h3v5h-3z',
    middle: 'M1 8h14M3 3h3v10H3zM10 5h3v6h-3z',
    bottom: 'M1 14h14M3 4h3v8H3zM10 7h3v5h-3z',
    horizontal: 'M1 1v14M15 1v14M6 4h4v8H6z',
    vertical: 'M1 1h14M1 15h14M4 6h8v4H4z',
  };
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
