import { newResource } from '../../src/edit/new-resource.ts';
import type { NewResourceRequest } from '../../src/edit/index.ts';
import { useEditor } from '../store/store.ts';

/**
 * Builds a new resource (fresh id, free CIDR, a place in the container) and adds it; the store
 * selects it. When there is no valid place the reason is shown and nothing is added.
 */
export function addNewResource(request: NewResourceRequest): boolean {
  const { document, dispatch, notify } = useEditor.getState();
  const result = newResource(document, request);
  if (result.error !== undefined) {
    notify({ kind: 'error', text: result.error });
    return false;
  }
  return dispatch({
    type: 'add-resource',
    resource: result.resource,
    ...(result.layout ? { layout: result.layout } : {}),
  });
}

/** The drag-and-drop data type the palette sets and the canvas reads. */
export const PALETTE_MIME = 'application/x-vpclab-type';
