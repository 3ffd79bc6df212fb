import type { ResourceType } from '../../../src/model/index.ts';

/** Resources that are not boxes on the canvas (ui.md) or drawn as edges (peering): nothing can be pinned to them. */
const UNDRAWN: ReadonlySet<ResourceType> = new Set([
  'route-table',
  'network-acl',
  'security-group',
  'peering-connection',
]);

/** Whether a resource of this type is drawn, and so can carry a pinned note. */
export const isDrawnType = (type: ResourceType): boolean => !UNDRAWN.has(type);
