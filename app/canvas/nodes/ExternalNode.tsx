import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { useTheme } from '../../theme/theme-store.ts';
import { glyphImage } from './glyph.ts';
import { HiddenHandles } from './hidden-handles.tsx';
import { ConnectPoints } from '../connect/ConnectPoints.tsx';
import { useTileScale } from './zoom-labels.tsx';
import { useT } from '../../i18n/use-t.ts';
import { nodeTitle } from './node-words.ts';

/** The Internet, S3 or DynamoDB: outside every VPC, drawn where the design reaches them. */
export const ExternalNode = memo(function ExternalNode({ data }: NodeProps<DiagramNode>) {
  const theme = useTheme();
  const scale = useTileScale();
  const title = nodeTitle(useT(), data);
  return (
    <div className={`external-node tone-${data.type === 'internet' ? 'outside' : 'data'}`}>
      <span
        className="glyph glyph-large"
        aria-hidden="true"
        style={{ backgroundImage: glyphImage(data.type, theme) }}
      />
      <span className="resource-title" style={scale > 1 ? { fontSize: `${12 * scale}px` } : undefined}>
        {title}
      </span>
      <HiddenHandles />
      <ConnectPoints data={data} />
    </div>
  );
});
