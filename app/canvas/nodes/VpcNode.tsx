import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { Icon } from '../icons.tsx';
import { useResizeEnd } from '../resize-context.ts';
import { useNodeFacts } from './facts-store.ts';
import { HiddenHandles } from './hidden-handles.tsx';
import { ConnectPoints } from '../connect/ConnectPoints.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import { factWords } from './node-words.ts';

/** A VPC: a large container with its name and CIDR blocks; resizable when selected. */
export const VpcNode = memo(function VpcNode({ id, data, selected }: NodeProps<DiagramNode>) {
  const onResizeEnd = useResizeEnd();
  const readOnly = useReadOnly();
  const details = factWords(useT(), useNodeFacts(id).details);
  return (
    <div className="vpc-node">
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={240}
        minHeight={160}
        onResizeEnd={(_, p) => onResizeEnd(id, p)}
      />
      <div className="container-header">
        <span className="container-icon tone-network">
          <Icon type="vpc" size={18} />
        </span>
        <span className="container-title" title={data.title}>
          {data.title}
        </span>
        <span className="container-meta" title={details.join(' · ')}>
          {details.join(' · ')}
        </span>
      </div>
      <HiddenHandles />
      <ConnectPoints data={data} />
    </div>
  );
});
