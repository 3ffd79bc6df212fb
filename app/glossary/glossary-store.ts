import { create } from 'zustand';
import type { TermId } from '../../src/glossary/index.ts';

interface GlossaryState {
  readonly open: boolean;
  /** The term to scroll to and highlight (a "Learn more" opened the panel at it). */
  readonly term: TermId | null;
  /** Counts openings at a term, so asking twice for the same term scrolls to it again. */
  readonly request: number;
  /** Where the focus goes back to when the panel closes (the button that opened it). */
  readonly opener: HTMLElement | null;
}

/**
 * Whether the Glossary panel is open and at which term. Its own small store: the glossary is
 * about words, not the design, so it stays out of the editor's store and its undo history.
 */
export const useGlossary = create<GlossaryState>(() => ({ open: false, term: null, request: 0, opener: null }));

/** Opens the panel, at a term when given; `opener` gets the focus back on close. */
export function openGlossary(term: TermId | null, opener: HTMLElement | null): void {
  useGlossary.setState((state) => ({ open: true, term, request: state.request + 1, opener }));
}

export function toggleGlossary(opener: HTMLElement | null): void {
  if (useGlossary.getState().open) closeGlossary();
  else openGlossary(null, opener);
}

/** Closes the panel and returns the focus to what opened it, when that is still on the page. */
export function closeGlossary(): void {
  const { opener } = useGlossary.getState();
  useGlossary.setState({ open: false, term: null, opener: null });
  if (opener?.isConnected) opener.focus();
  else document.getElementById(GLOSSARY_BUTTON_ID)?.focus();
}

export const GLOSSARY_BUTTON_ID = 'glossary-button';
export const GLOSSARY_PANEL_ID = 'glossary-panel';

/** The id of a term's article in the panel. */
export const termElementId = (id: TermId) => `glossary-term-${id}`;
