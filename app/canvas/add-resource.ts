import { attachGroupCommands } from '../../src/edit/attach-group.ts';
import { newResource } from '../../src/edit/new-resource.ts';
import type { EditCommand, NewResourceRequest } from '../../src/edit/index.ts';
import { useEditor } from '../store/store.ts';

/**
 * Builds a new resource (fresh id, free CIDR, a place in the container) and adds it; the store
 * selects it. When there is no valid place the reason is shown and nothing is added. A new
 * security group is attached to the `selection` resources that can hold it, in the same step.
 */
export function addNewResource(request: NewResourceRequest, selection: readonly string[] = []): boolean {
  const { document, dispatchAll, notify } = useEditor.getState();
  const result = newResource(document, request);
  if (result.error !== undefined) {
    notify({ kind: 'error', text: result.error });
    return false;
  }
  const add: EditCommand = {
    type: 'add-resource',
    resource: result.resource,
    ...(result.layout ? { layout: result.layout } : {}),
  };
  const attach =
    result.resource.type === 'security-group' ? attachGroupCommands(document, result.resource, selection) : [];
  return dispatchAll([add, ...attach]);
}

/** The drag-and-drop data type the palette sets and the canvas reads. */
export const PALETTE_MIME = 'application/x-vpclab-type';
