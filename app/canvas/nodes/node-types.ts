import type { NodeTypes } from '@xyflow/react';
import { AnnotationNode } from '../annotations/AnnotationNode.tsx';
import { ExternalNode } from './ExternalNode.tsx';
import { InterfaceNode } from './InterfaceNode.tsx';
import { ResourceNode } from './ResourceNode.tsx';
import { SubnetNode } from './SubnetNode.tsx';
import { VpcNode } from './VpcNode.tsx';

/** One component per node kind; a module constant so React Flow never sees a new object. */
export const NODE_TYPES: NodeTypes = {
  vpc: VpcNode,
  subnet: SubnetNode,
  resource: ResourceNode,
  external: ExternalNode,
  annotation: AnnotationNode,
  interface: InterfaceNode,
};
