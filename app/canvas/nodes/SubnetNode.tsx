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

/** A subnet: a container showing its CIDR, AZ and whether it is public (derived from its route table). */
export const SubnetNode = memo(function SubnetNode({ id, data, selected }: NodeProps<DiagramNode>) {
  const onResizeEnd = useResizeEnd();
  const readOnly = useReadOnly();
  const facts = useNodeFacts(id);
  const [cidr, az, access] = facts.details;
  const t = useT();
  return (
    <div className={`subnet-node ${facts.public === true ? 'is-public' : 'is-private'}`}>
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={140}
        minHeight={110}
        onResizeEnd={(_, p) => onResizeEnd(id, p)}
      />
      <div className="container-header">
        <span className="container-icon">
          <Icon type="subnet" size={16} />
        </span>
        <span className="container-title" title={data.title}>
          {data.title}
        </span>
        <span className={`access-badge ${facts.public === true ? 'is-public' : 'is-private'}`}>
          {access === 'public' || access === 'private' ? t(`canvas:subnetAccess.${access}`) : access}
        </span>
      </div>
      <div className="subnet-facts">
        {/* Clipped with an ellipsis (canvas.css); the title keeps the whole value. */}
        <span title={cidr}>{cidr}</span>
        <span title={az}>{az}</span>
      </div>
      <HiddenHandles />
      <ConnectPoints data={data} />
    </div>
  );
});
