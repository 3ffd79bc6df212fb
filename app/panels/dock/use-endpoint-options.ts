import { useDeferredValue, useMemo } from 'react';
import { useEditor, type EditorState } from '../../store/store.ts';
import { endpointOptions, type EndpointOption } from './endpoint-options.ts';
import { useT } from '../../i18n/use-t.ts';

const selectDocument = (state: EditorState) => state.document;

/**
 * The endpoints a flow can start or end at, following the document in a deferred render: on a
 * large design they are a thousand options, and building and comparing them must not lengthen
 * the task that handles an edit's click (its urgent render is the inspector's). They are one
 * render behind at most, and only a new or renamed resource changes them.
 */
export function useEndpointOptions(): EndpointOption[] {
  const document = useDeferredValue(useEditor(selectDocument));
  const t = useT();
  return useMemo(() => endpointOptions(document, t), [document, t]);
}
