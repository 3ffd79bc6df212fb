import { useMemo } from 'react';
import { useCurrentLessonIntents } from '../../lessons/lesson-intents.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { edgeEnds } from '../edge-geometry.ts';
import { nodeIdOf } from './node-ids.ts';
import { OverlayPortal } from './OverlayPortal.tsx';
import { useNodeRects } from './use-node-rects.ts';
import './lesson-intents.css';

/**
 * The open lesson's intents on the canvas: an arrow from each intent's source to its
 * destination with a badge that says, in words and a mark (✓ or ✗), whether it passes, so a
 * learner sees what the lesson asks of the design while editing it. Pass and fail also differ
 * by line (solid or dashed), never by colour alone. Drawn in the viewport, under the pointer.
 */
export function LessonIntentLayer() {
  const t = useT();
  const lesson = useEditor((state) => state.lesson);
  const results = useCurrentLessonIntents();
  const conditions = useMemo(() => lesson?.intents ?? [], [lesson]);
  const ids = useMemo(() => [...new Set(conditions.flatMap((c) => [nodeIdOf(c.from), nodeIdOf(c.to)]))], [conditions]);
  const rects = useNodeRects(ids);
  if (!lesson || !results) return null;

  const perPair = new Map<string, number>();
  const drawn = conditions.flatMap((condition, i) => {
    const result = results[i];
    const from = rects.get(nodeIdOf(condition.from));
    const to = rects.get(nodeIdOf(condition.to));
    if (!result || !from || !to) return [];
    const { sx, sy, tx, ty } = edgeEnds(from, to);
    const flow = t('lessonAuthoring:intents.flow', {
      from: condition.from,
      to: condition.to,
      protocol: String(condition.protocol),
      port: condition.port === undefined ? 'none' : String(condition.port),
    });
    const expect = t('lessonAuthoring:intents.expect', { expect: condition.expect });
    const label = t('lessonAuthoring:intents.badge', { flow, expect, verdict: result.pass ? 'pass' : 'fail' });
    const text = t('lessonAuthoring:intents.badgeText', { flow, expect });
    // Badges of intents between the same two boxes stack instead of covering each other.
    const pair = [nodeIdOf(condition.from), nodeIdOf(condition.to)].sort().join('\n');
    const stack = perPair.get(pair) ?? 0;
    perPair.set(pair, stack + 1);
    const blocked = condition.expect === 'blocked';
    return [{ key: i, pass: result.pass, blocked, sx, sy, tx, ty, label, mark: result.pass ? '✓' : '✗', text, stack }];
  });
  if (drawn.length === 0) return null;

  return (
    <OverlayPortal>
      <div className="lesson-intent-layer">
        <svg className="lesson-intent-lines" width="1" height="1" aria-hidden="true">
          <defs>
            <marker
              id="lesson-arrow"
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className="lesson-arrowhead" />
            </marker>
            {/* An intent that should be blocked ends in a bar: the flow must stop before it. */}
            <marker
              id="lesson-stop"
              viewBox="0 0 10 10"
              refX="5"
              refY="5"
              markerWidth="10"
              markerHeight="10"
              orient="auto"
            >
              <path d="M5,0 L5,10" className="lesson-stopbar" />
            </marker>
          </defs>
          {drawn.map((line) => (
            <path
              key={line.key}
              d={`M${line.sx},${line.sy} L${line.tx},${line.ty}`}
              className={`lesson-intent-line ${line.pass ? 'is-pass' : 'is-fail'}`}
              markerEnd={line.blocked ? 'url(#lesson-stop)' : 'url(#lesson-arrow)'}
            />
          ))}
        </svg>
        <ul className="lesson-intent-badges" aria-label={t('lessonAuthoring:intents.canvasLabel')}>
          {drawn.map((line) => (
            <li
              key={line.key}
              className={`lesson-intent-badge ${line.pass ? 'is-pass' : 'is-fail'}`}
              style={{
                left: (line.sx + line.tx) / 2,
                top: (line.sy + line.ty) / 2 + line.stack * 24,
              }}
              title={line.label}
              aria-label={line.label}
            >
              <span aria-hidden="true">
                {line.mark} {line.text}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </OverlayPortal>
  );
}
