import { ControlButton } from '@xyflow/react';
import { useT } from '../../i18n/use-t.ts';
import { useArrangeUi } from './arrange-ui-store.ts';

/**
 * "Select area" (canvas controls, a toggle): while on, a plain drag on the canvas, inside a VPC
 * or subnet too, draws a selection box instead of panning, for touch and mouse-only use
 * (Shift+drag does the same with a keyboard). Tiles can still be clicked and dragged.
 */
export function SelectAreaButton() {
  const t = useT();
  const on = useArrangeUi((s) => s.selectArea);
  return (
    <ControlButton
      onClick={() => useArrangeUi.setState({ selectArea: !on })}
      aria-label={t('arrange:selectArea')}
      aria-pressed={on}
      title={t('arrange:selectAreaHint')}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <rect
          x="1.5"
          y="1.5"
          width="10"
          height="9"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeDasharray="2 1.6"
        />
        <path d="M8 7l6.5 2.6-2.7 1 -1 2.8z" fill="currentColor" />
      </svg>
    </ControlButton>
  );
}
