import { useEditor } from '../../store/store.ts';

/**
 * Whether the page is view-only (a view-only live link): the store refuses every edit then,
 * and the controls that would offer one are disabled or hidden with these.
 */
export const useReadOnly = (): boolean => useEditor((s) => s.readOnly !== null);

/** The same, read once (event handlers). */
export const isReadOnly = (): boolean => useEditor.getState().readOnly !== null;
