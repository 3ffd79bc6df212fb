import { getStraightPath, type ConnectionLineComponentProps } from '@xyflow/react';
import { useEditor } from '../../store/store.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { useVerdictWords } from './verdict-words.ts';
import { connectionVerdict } from './connection-verdict.ts';

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
  const verdict = toNode ? connectionVerdict(document, fromNode.data, toNode.data) : undefined;
  const label = verdict ? words(verdict) : undefined;
  const refused = verdict !== undefined && !verdict.ok;
  const [path] = getStraightPath({ sourceX: fromX, sourceY: fromY, targetX: toX, targetY: toY });
  return (
    <g className={`connection-line ${refused ? 'is-refused' : verdict ? 'is-accepted' : ''}`}>
      <path d={path} fill="none" />
      <circle cx={toX} cy={toY} r={4} />
      {label ? (
        <text x={toX + 12} y={toY - 12} role="status">
          {label}
        </text>
      ) : null}
    </g>
  );
}
