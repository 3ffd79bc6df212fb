import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { Icon } from '../icons.tsx';
import { HiddenHandles } from './hidden-handles.tsx';

/** The Internet, S3 or DynamoDB: outside every VPC, drawn where the design reaches them. */
export const ExternalNode = memo(function ExternalNode({ data }: NodeProps<DiagramNode>) {
  return (
    <div className={`external-node tone-${data.type === 'internet' ? 'outside' : 'data'}`}>
      <Icon type={data.type} size={26} />
      <span className="resource-title">{data.title}</span>
      <HiddenHandles />
    </div>
  );
});
