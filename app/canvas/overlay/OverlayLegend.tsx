import { useId } from 'react';
import { Icon } from '../icons.tsx';
import { TRACE_STYLE } from './trace-lines.ts';
import { useOverlayOptions } from './overlay-options.ts';
import { useT } from '../../i18n/use-t.ts';

/** One legend entry: a small drawing of the style (hidden from assistive technology) and its meaning in words. */
function Entry({ swatch, children }: { readonly swatch: React.ReactNode; readonly children: React.ReactNode }) {
  return (
    <li>
      <span className="legend-swatch" aria-hidden="true">
        {swatch}
      </span>
      {children}
    </li>
  );
}

const line = (className: string, arrow: boolean) => (
  <svg width="34" height="12" viewBox="0 0 34 12">
    <path d="M2,6 L30,6" className={`intent-path-line ${className}`} />
    {arrow && <path d="M26,2 L33,6 L26,10 z" className="overlay-arrowhead" />}
  </svg>
);

/** A swatch of one way of the drawn trace, with the same stroke as the canvas draws. */
const traceLine = (path: 'forward' | 'return') => (
  <svg width="34" height="12" viewBox="0 0 34 12" className={`trace-${path}`}>
    <path
      d="M2,6 L27,6"
      className="trace-stroke"
      fill="none"
      stroke={TRACE_STYLE[path].stroke}
      strokeWidth={TRACE_STYLE[path].width - 1}
      strokeDasharray={path === 'return' ? '6 3' : undefined}
    />
    <path d="M26,1 L33,6 L26,11 z" className={`trace-arrowhead trace-${path}`} fill={TRACE_STYLE[path].stroke} />
  </svg>
);

/**
 * The overlay's legend (a figure with a caption and a list, in words) and its switches: intent
 * paths, internet exposure, and the port the selection's reach is shown for. It starts folded
 * into a small "Legend" button so that nothing covers the design unasked (ui.md), and the
 * canvas frames designs beside whichever of the two is showing.
 */
export function OverlayLegend() {
  const { showIntents, showExposed, reachPort, legendOpen } = useOverlayOptions();
  const captionId = useId();
  const t = useT();
  const figureId = useId();
  return (
    <div className="overlay-legend-box" data-covers-canvas="">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={legendOpen}
        aria-controls={figureId}
        onClick={() => useOverlayOptions.setState({ legendOpen: !legendOpen })}
      >
        {t('canvas:overlay.legendButton')}
      </button>
      <figure className="overlay-legend" id={figureId} aria-labelledby={captionId} hidden={!legendOpen}>
        <figcaption>
          <span id={captionId}>{t('canvas:overlay.legend')}</span>
        </figcaption>
        <ul>
          <Entry swatch={<span className="swatch-line is-allowed">{line('', true)}</span>}>
            {t('canvas:overlay.allowedIntent')}
          </Entry>
          <Entry swatch={<span className="swatch-line is-blocked">{line('', false)}</span>}>
            {t('canvas:overlay.blockedIntent')}
          </Entry>
          <Entry swatch={<span className="swatch-line is-partial">{line('', false)}</span>}>
            {t('canvas:overlay.partlyAllowed')}
          </Entry>
          <Entry swatch={<span className="overlay-badge blocked-marker legend-badge">✕</span>}>
            {t('canvas:overlay.blockedHere')}
          </Entry>
          <Entry swatch={<span className="trace-path-swatch">{traceLine('forward')}</span>}>
            {t('canvas:overlay.traceForward')}
          </Entry>
          <Entry swatch={<span className="trace-path-swatch">{traceLine('return')}</span>}>
            {t('canvas:overlay.traceReturn')}
          </Entry>
          <Entry swatch={<span className="overlay-badge blocked-marker legend-badge">✕</span>}>
            {t('canvas:overlay.traceBlocked')}
          </Entry>
          <Entry swatch={<span className="legend-ring trace-hop-swatch">3</span>}>{t('canvas:overlay.traceHop')}</Entry>
          <Entry swatch={<span className="legend-ring reach-from">→</span>}>{t('canvas:overlay.reachFrom')}</Entry>
          <Entry swatch={<span className="legend-ring reach-to">←</span>}>{t('canvas:overlay.reachTo')}</Entry>
          <Entry swatch={<span className="legend-ring reach-both">↔</span>}>{t('canvas:overlay.reachBoth')}</Entry>
          <Entry
            swatch={
              <span className="legend-ring exposed">
                <Icon type="internet" size={11} />
              </span>
            }
          >
            {t('canvas:overlay.exposed')}
          </Entry>
          <Entry
            swatch={
              <svg width="34" height="12" viewBox="0 0 34 12">
                <path d="M2,6 L32,6" className="interface-edge-swatch" />
              </svg>
            }
          >
            {t('interfaces:canvas.legend')}
          </Entry>
        </ul>
        <div className="overlay-controls">
          <label>
            <input
              type="checkbox"
              checked={showIntents}
              onChange={(e) => useOverlayOptions.setState({ showIntents: e.target.checked })}
            />
            {t('canvas:overlay.showIntents')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={showExposed}
              onChange={(e) => useOverlayOptions.setState({ showExposed: e.target.checked })}
            />
            {t('canvas:overlay.showExposed')}
          </label>
          <label>
            {t('canvas:overlay.reachPort')}
            <input
              type="number"
              min={1}
              max={65535}
              placeholder={t('canvas:overlay.any')}
              value={reachPort ?? ''}
              onChange={(e) => {
                const port = Number(e.target.value);
                const valid = e.target.value !== '' && Number.isInteger(port) && port >= 1 && port <= 65535;
                useOverlayOptions.setState({ reachPort: valid ? port : null });
              }}
            />
          </label>
        </div>
      </figure>
    </div>
  );
}
