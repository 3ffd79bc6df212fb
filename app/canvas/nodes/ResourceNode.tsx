import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { Icon, TONE } from '../icons.tsx';
import { HiddenHandles } from './hidden-handles.tsx';

/** A resource drawn as a tile: gateways, instances, databases, load balancers, functions, endpoints, networks. */
export const ResourceNode = memo(function ResourceNode({ data }: NodeProps<DiagramNode>) {
  return (
    <div className={`resource-node tone-${TONE[data.type]}`} title={[data.title, ...data.details].join('\n')}>
      <span className="resource-icon">
        <Icon type={data.type} size={22} />
      </span>
      <span className="resource-title">{data.title}</span>
      {data.details[0] ? <span className="resource-detail">{data.details[0]}</span> : null}
      <HiddenHandles />
    </div>
  );
});
