import type { Edge, Node } from '@xyflow/react';
import type { Annotation, ResourceType } from '../../src/model/index.ts';

/** Kinds of drawn node; each has its own component. `interface`: a secondary network interface. */
export type NodeKind = 'vpc' | 'subnet' | 'resource' | 'external' | 'annotation' | 'interface';

/** The services and networks drawn outside every VPC. */
export type ExternalId = 'internet' | 's3' | 'dynamodb';

/**
 * What a node is: everything is derived from the document, nothing is edited here. What it
 * shows under its title (CIDR, AZ, engine, public or private) comes from the facts store
 * instead (see `NodeFacts`), so that those changes leave the node object alone.
 */
export interface DiagramNodeData extends Record<string, unknown> {
  /** The resource id (or `internet`, `s3`, `dynamodb`): what a click selects. */
  readonly resourceId: string;
  readonly type: ResourceType | ExternalId;
  /** The name or id, shown as the node's title. */
  readonly title: string;
  /**
   * On an annotation node (kind `annotation`) only: the note, text or frame drawn. Its
   * `resourceId` is then `annotation:<id>` and its `type` means nothing (see annotation-nodes.ts).
   */
  readonly annotation?: Annotation;
  /**
   * On a network interface node (kind `interface`) only: which secondary interface it is. Its
   * `resourceId` is then the interface's endpoint (`web-1/eni-1`), its `type` `instance` (its
   * tone) and its `title` the interface's name.
   */
  readonly networkInterface?: DrawnInterface;
}

/** A secondary network interface as its node knows it: its instance, name and place in `networkInterfaces`. */
export interface DrawnInterface {
  readonly instance: string;
  /** The instance's name or id, as its own node shows it. */
  readonly instanceTitle: string;
  readonly name: string;
  /** Its index in the instance's `networkInterfaces` (device index - 1). */
  readonly position: number;
}

export type DiagramNode = Node<DiagramNodeData, NodeKind>;

/**
 * Edge kinds, styled differently: a resource (peering), a link, where a route sends traffic, or
 * a secondary network interface attached to its instance (`interface`: not a path traffic takes).
 */
export type EdgeKind = 'peering' | 'attachment' | 'vpn' | 'route' | 'service' | 'interface';

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
