import { getStraightPath, useStore, type ConnectionLineComponentProps } from '@xyflow/react';
import { useEditor } from '../../store/store.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { useVerdictWords } from './verdict-words.ts';
import { connectionVerdict } from './connection-verdict.ts';
import { wrapLabel } from './wrap-label.ts';

/**
 * The line drawn while a connection is dragged: solid when the node under the pointer takes it,
 * dashed when it does not, with a label saying what the drop will add or why it cannot.
 */
export function ConnectionLine({
  fromNode,
  fromX,
  fromY,
  toX,
  toY,
  toNode,
}: ConnectionLineComponentProps<DiagramNode>) {
  const document = useEditor((s) => s.document);
  const words = useVerdictWords();
  // The line is drawn in the zoomed flow: its label and dot keep their size on the screen.
  const scale = 1 / useStore((s) => s.transform[2]);
  const verdict = toNode ? connectionVerdict(document, fromNode.data, toNode.data) : undefined;
  const label = verdict ? words(verdict) : undefined;
  const refused = verdict !== undefined && !verdict.ok;
  const [path] = getStraightPath({ sourceX: fromX, sourceY: fromY, targetX: toX, targetY: toY });
  return (
    <g className={`connection-line ${refused ? 'is-refused' : verdict ? 'is-accepted' : ''}`}>
      <path d={path} fill="none" style={{ strokeWidth: 2 * scale }} />
      <circle cx={toX} cy={toY} r={4 * scale} />
      {label ? (
        <text
          x={toX + 14 * scale}
          y={toY - 14 * scale}
          role="status"
          style={{ fontSize: `${12 * scale}px`, strokeWidth: `${4 * scale}px` }}
        >
          {wrapLabel(label).map((line, i) => (
            <tspan key={i} x={toX + 14 * scale} dy={i === 0 ? 0 : `${1.25}em`}>
              {line}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  );
}
