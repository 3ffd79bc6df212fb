import { useStore } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { HopPick } from '../../analysis/trace-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { plain } from './IntentPaths.tsx';
import { linePoints, markerPoint, offsetPoints, pathData } from './line-points.ts';
import {
  pickedNode,
  RETURN_OFFSET,
  TRACE_STYLE,
  type TraceBlock,
  type TraceDrawing,
  type TraceLine,
} from './trace-lines.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import type { Language } from '../../../src/i18n/i18n.ts';
import type { NodeRect } from './use-node-rects.ts';
import './trace-path.css';

/**
 * How much the labels (the flow chip, the ✕ and its code) grow against the zoom: zoomed out to
 * fit a large design they keep a readable size on screen, up to 2.5 times their size.
 */
const labelScale = (zoom: number) => Math.min(2.5, Math.max(1, 1 / zoom));

/**
 * The traced flow over the canvas (ui.md: an element named "Trace path: ..." holding the
 * verdict): its way there and back as thick lines, a chip naming the flow and verdict at its
 * start, a ✕ with the blocker's code as visible text where it is blocked, and a ring on the hop
 * picked in the Reachability tab's lists.
 */
export function TracePath({
  drawing,
  hop,
  rects,
}: {
  readonly drawing: TraceDrawing;
  readonly hop: HopPick | null;
  readonly rects: ReadonlyMap<string, NodeRect>;
}) {
  const t = useT();
  const language = useCurrentLanguage();
  const scale = useStore((state) => labelScale(state.transform[2]));
  const start = rects.get(drawing.lines[0]?.stops[0] ?? '');
  const picked = pickedNode(drawing, hop);
  const pickedRect = picked === undefined ? undefined : rects.get(picked);
  return (
    <div
      role="group"
      aria-label={t('canvas:overlay.tracePath', {
        flow: drawing.flow,
        verdict: t('dock:reachability.verdict', { verdict: drawing.verdict }),
      })}
      className={`trace-path is-${drawing.verdict}`}
      style={{ '--trace-label-scale': scale } as CSSProperties}
    >
      <svg className="overlay-paths" width="1" height="1">
        <defs>
          {(['forward', 'return'] as const).map((path) => (
            <marker
              key={path}
              id={`trace-arrow-${path}`}
              viewBox="0 0 10 10"
              refX="7"
              refY="5"
              markerWidth="4"
              markerHeight="4"
              orient="auto"
            >
              <path
                d="M0,0 L10,5 L0,10 z"
                fill={TRACE_STYLE[path].stroke}
                className={`trace-arrowhead trace-${path}`}
              />
            </marker>
          ))}
        </defs>
        {drawing.lines.map((line) => (
          <TraceLineDrawing key={line.key} line={line} rects={rects} />
        ))}
      </svg>
      {start && (
        <div className="trace-anchor" style={{ left: start.x, top: start.y }}>
          <div className="trace-chip">
            {t('canvas:overlay.traceChip', {
              flow: drawing.flow,
              verdict: t('dock:reachability.verdict', { verdict: drawing.verdict }),
            })}
          </div>
        </div>
      )}
      {drawing.blocks.map((block) => {
        const rect = rects.get(block.node);
        if (!rect) return null;
        const at = markerPoint(rect);
        const label = t('canvas:overlay.traceBlockedAt', { id: plain(block.node), codes: block.codes.join(', ') });
        return (
          <div key={block.node} className="trace-anchor" style={{ left: at.x, top: at.y }}>
            <div
              role="img"
              aria-label={label}
              title={[label, ...blockSentences(block, language)].join('\n')}
              className="trace-block"
            >
              <span className="overlay-badge blocked-marker trace-cross" aria-hidden="true">
                ✕
              </span>
              <span className="trace-code" aria-hidden="true">
                {block.codes.join(', ')}
              </span>
            </div>
          </div>
        );
      })}
      {hop && picked !== undefined && pickedRect && (
        <div
          role="img"
          aria-label={t('canvas:overlay.traceHopName', { n: hop.index + 1, id: plain(picked) })}
          className="trace-hop-ring"
          style={{
            left: pickedRect.x - 7,
            top: pickedRect.y - 7,
            width: pickedRect.width + 14,
            height: pickedRect.height + 14,
          }}
        >
          <span className="overlay-chip trace-hop-chip" aria-hidden="true">
            {t('canvas:overlay.hopChip', { n: hop.index + 1 })}
          </span>
        </div>
      )}
    </div>
  );
}

function TraceLineDrawing({
  line,
  rects,
}: {
  readonly line: TraceLine;
  readonly rects: ReadonlyMap<string, NodeRect>;
}) {
  const t = useT();
  const points = linePoints(line, rects);
  if (points.length < 2) return null;
  const style = TRACE_STYLE[line.path];
  const d = pathData(line.path === 'return' ? offsetPoints(points, RETURN_OFFSET) : points);
  const name = t('canvas:overlay.traceLine', {
    path: line.path,
    leg: line.leg === undefined ? 'none' : String(line.leg + 1),
    stops: line.stops.map(plain).join(' → '),
    at: line.blockedAt === undefined ? 'none' : plain(line.blockedAt),
    code: line.blockedAt !== undefined && line.code ? line.code : 'none',
  });
  return (
    <g role="img" aria-label={name} className={`trace-line trace-${line.path}`} data-stops={line.stops.join(' ')}>
      <path
        d={d}
        className="trace-halo"
        fill="none"
        strokeWidth={style.width + 5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <path
        d={d}
        className="trace-stroke"
        fill="none"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeLinejoin="round"
        strokeLinecap="round"
        markerEnd={
          line.blockedAt !== undefined && line.blockedAt === line.stops.at(-1)
            ? undefined
            : `url(#trace-arrow-${line.path})`
        }
      />
    </g>
  );
}

/** The blockers' sentences at a ✕, in the page's language (the engine's English when not worded). */
function blockSentences(block: TraceBlock, language: Language): string[] {
  if (block.explanations.length !== block.messages.length) return [...block.messages];
  return block.explanations.map((explanation) => explanationSentence(explanation, language).message);
}
