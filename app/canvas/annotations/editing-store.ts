import { create } from 'zustand';

/**
 * Which annotation has its textbox open on the canvas (one at a time), if any. Not part of the
 * document or its history: only the committed text is an edit.
 */
export const useAnnotationEditing = create<{ readonly id: string | null }>(() => ({ id: null }));

/** Opens an annotation's textbox in place. */
export const startEditing = (id: string): void => useAnnotationEditing.setState({ id });

/** Closes it (after a commit or a cancel). */
export const stopEditing = (): void => useAnnotationEditing.setState({ id: null });
