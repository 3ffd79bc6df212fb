import type { Intent, LayoutEntry, Resource, ResourceType, VpcLabDocument } from '../model/index.ts';
import type { AnnotationCommand } from './annotations.ts';
import type { RuleRequest } from './connect-rule.ts';
import type { RouteTableChoice } from './connect-route.ts';

/**
 * Every change a person can make to a design, as a closed union. The editor turns React Flow
 * changes and form edits into these; `applyEdit` (apply.ts) carries them out as pure
 * functions over the document, so they are tested in Node and undo is a document snapshot.
 */
export type EditCommand =
  /** Adds a resource (built by `newResource` or by hand), optionally placed on the canvas. */
  | { readonly type: 'add-resource'; readonly resource: Resource; readonly layout?: LayoutEntry }
  /** Replaces fields of a resource (not its id or type). */
  | { readonly type: 'update-resource'; readonly id: string; readonly patch: Partial<Record<string, unknown>> }
  /**
   * Makes an implicit resource (`<vpc>/main`, `<vpc>/default-acl`, `<vpc>/default`) real with
   * `patch` applied, under `as` or a fresh id; every reference follows (materialise.ts).
   */
  | {
      readonly type: 'materialise';
      readonly id: string;
      readonly patch?: Partial<Record<string, unknown>>;
      readonly as?: string;
    }
  /** Renames an id and every reference to it (resources, routes, rules, intents, layout). */
  | { readonly type: 'rename-resource'; readonly from: string; readonly to: string }
  /** Deletes resources and what depends on them; routes to them become blackholes, intents naming them go. */
  | { readonly type: 'delete-resources'; readonly ids: readonly string[] }
  /** Moves or resizes boxes on the canvas (layout only). */
  | { readonly type: 'move'; readonly layout: Readonly<Record<string, LayoutEntry>> }
  /** Moves a resource into another subnet (its `subnet`, or its first of `subnets`). */
  | { readonly type: 'reparent'; readonly id: string; readonly subnet: string }
  /** Removes one secondary network interface of an instance; references follow (network-interfaces.ts). */
  | { readonly type: 'remove-network-interface'; readonly id: string; readonly position: number }
  /** Moves one secondary network interface into another subnet of its AZ (network-interfaces.ts). */
  | {
      readonly type: 'move-network-interface';
      readonly id: string;
      readonly position: number;
      readonly subnet: string;
    }
  /** Duplicates resources with fresh ids (and free addresses where one was explicit). */
  | { readonly type: 'duplicate'; readonly ids: readonly string[] }
  /**
   * Pastes resources of a clipboard copy (clip-paste.ts): `clip` is the copy, `copied` the ids
   * to paste (the rest is context; all when omitted), `container` the selected resource and
   * `at` the pointer on the canvas.
   */
  | {
      readonly type: 'paste';
      readonly clip: VpcLabDocument;
      readonly copied?: readonly string[];
      readonly container?: string;
      readonly at?: { readonly x: number; readonly y: number };
    }
  /** A drawn subnet -> gateway connection: the route it means (connect-route.ts). */
  | {
      readonly type: 'connect-route';
      readonly subnet: string;
      readonly target: string;
      readonly table: RouteTableChoice;
    }
  /** A drawn resource -> resource connection: the security group rules that allow it (connect-rule.ts). */
  | { readonly type: 'connect-rule'; readonly source: string; readonly target: string; readonly rule: RuleRequest }
  | { readonly type: 'set-intents'; readonly intents: readonly Intent[] }
  | { readonly type: 'set-name'; readonly name: string; readonly description?: string }
  /** Notes, text and frames (annotations.ts). */
  | AnnotationCommand;

/** The outcome of an edit: the new document, or why it was refused (the document stays as it was). */
export type EditResult =
  | { readonly ok: true; readonly document: VpcLabDocument; readonly selected?: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** What the palette asks for: a type, and the selected container it should go into when that fits. */
export interface NewResourceRequest {
  readonly type: ResourceType;
  /** The selected resource id, if any: a VPC for a subnet, a subnet for an instance, and so on. */
  readonly container?: string | undefined;
  readonly position?: { readonly x: number; readonly y: number } | undefined;
}
