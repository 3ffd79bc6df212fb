import { create } from 'zustand';
import type { LocalizedText } from '../../../src/lessons/types.ts';
import { useEditor } from '../../store/store.ts';
import { EMPTY_TEXT, MAX_HINTS, type LessonDraft } from './draft.ts';

/**
 * "Make a lesson from this design": the draft and where the teacher is. The form is a dialog;
 * while the teacher breaks the design to make the start it gives way to a small bar (the
 * design must be editable), and the draft waits here meanwhile.
 */
interface AuthoringState {
  readonly phase: 'closed' | 'form' | 'breaking';
  readonly draft: LessonDraft | null;
  /** Captures the current design as the solution and opens the form (a draft in progress is kept). */
  start(): void;
  edit(change: Partial<Pick<LessonDraft, 'title' | 'goal' | 'hints'>>): void;
  setHint(index: number, hint: LocalizedText): void;
  addHint(): void;
  removeHint(index: number): void;
  breakDesign(): void;
  /** Takes the current design as the start and returns to the form. */
  useCurrentAsStart(): void;
  backToForm(): void;
  /** Puts the draft away (Cancel, or after a save). */
  close(): void;
}

/** Opening a lesson while the design is being broken ends the draft: the design is no longer the teacher's. */
export function endAuthoringOnLesson(): () => void {
  return useEditor.subscribe((state, previous) => {
    if (state.lesson && state.lesson !== previous.lesson && useAuthoring.getState().phase === 'breaking')
      useAuthoring.getState().close();
  });
}

export const useAuthoring = create<AuthoringState>()((set, get) => {
  const change = (f: (draft: LessonDraft) => Partial<LessonDraft>) => {
    const { draft } = get();
    if (draft) set({ draft: { ...draft, ...f(draft) } });
  };
  return {
    phase: 'closed',
    draft: null,
    start() {
      if (get().draft) {
        set({ phase: 'form' });
        return;
      }
      const solution = structuredClone(useEditor.getState().document);
      // The design stays; the lesson it may belong to closes, since this one replaces it.
      useEditor.getState().closeLesson();
      set({
        phase: 'form',
        draft: { title: EMPTY_TEXT, goal: EMPTY_TEXT, hints: [EMPTY_TEXT], solution, start: null },
      });
    },
    edit(fields) {
      change(() => fields);
    },
    setHint(index, hint) {
      change((draft) => ({ hints: draft.hints.map((h, i) => (i === index ? hint : h)) }));
    },
    addHint() {
      change((draft) => (draft.hints.length < MAX_HINTS ? { hints: [...draft.hints, EMPTY_TEXT] } : {}));
    },
    removeHint(index) {
      change((draft) => (draft.hints.length > 1 ? { hints: draft.hints.filter((_, i) => i !== index) } : {}));
    },
    breakDesign() {
      set({ phase: 'breaking' });
    },
    useCurrentAsStart() {
      change(() => ({ start: structuredClone(useEditor.getState().document) }));
      set({ phase: 'form' });
    },
    backToForm() {
      set({ phase: 'form' });
    },
    close() {
      set({ phase: 'closed', draft: null });
    },
  };
});
