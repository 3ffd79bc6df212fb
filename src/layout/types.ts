import type { Placement } from './boxes.ts';

/** Shapes the layout works on (the canvas's diagram types in app/ are the same shapes). */

/** Things drawn that are not resources: the internet and the AWS services. */
export type ExternalId = 'internet' | 's3' | 'dynamodb';

/** An absolute box on the canvas. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the grid layout reads of a node's facts: whether a subnet is public, a VPC's detail lines. */
export interface LayoutFacts {
  readonly public?: boolean;
  readonly details: readonly string[];
}

/** What the grid layout reads of the canvas's diagram (app/canvas/derive-diagram.ts gives all of it). */
export interface LayoutDiagram {
  readonly placements: ReadonlyMap<string, Placement>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly facts: ReadonlyMap<string, LayoutFacts>;
}
