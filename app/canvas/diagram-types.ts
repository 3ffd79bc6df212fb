import type { Edge, Node } from '@xyflow/react';
import type { ResourceType } from '../../src/model/index.ts';

/** Kinds of drawn node; each has its own component. */
export type NodeKind = 'vpc' | 'subnet' | 'resource' | 'external';

/** The services and networks drawn outside every VPC. */
export type ExternalId = 'internet' | 's3' | 'dynamodb';

/** What a node component needs; everything is derived from the document, nothing is edited here. */
export interface DiagramNodeData extends Record<string, unknown> {
  /** The resource id (or `internet`, `s3`, `dynamodb`): what a click selects. */
  readonly resourceId: string;
  readonly type: ResourceType | ExternalId;
  /** The name or id, shown as the node's title. */
  readonly title: string;
  /** Short facts under the title: CIDR, AZ, engine, scheme. */
  readonly details: readonly string[];
  /** Subnets only: derived from the route table, never a flag. */
  readonly public?: boolean;
}

export type DiagramNode = Node<DiagramNodeData, NodeKind>;

/** Edge kinds, styled differently: a resource (peering), a link, or where a route sends traffic. */
export type EdgeKind = 'peering' | 'attachment' | 'vpn' | 'route' | 'service';

export interface DiagramEdgeData extends Record<string, unknown> {
  readonly kind: EdgeKind;
  readonly label?: string;
}

export type DiagramEdge = Edge<DiagramEdgeData, 'floating'>;

/** An absolute box on the canvas. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
