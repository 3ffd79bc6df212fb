import { create } from 'zustand';
import type { Lesson, LessonCheck } from '../../src/lessons/types.ts';
import { analysisClient } from '../analysis/client-instance.ts';
import { useEditor } from '../store/store.ts';

/** Where the last Check stands; a result remembers the revision it was for, to tell when it is stale. */
export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly revision: number; readonly result: LessonCheck }
  | { readonly status: 'failed'; readonly message: string };

interface LessonState {
  /** The open lesson, shown in the Lesson panel while the learner edits; null when closed. */
  readonly lesson: Lesson | null;
  /** How many hints have been revealed (each Hint press reveals the next). */
  readonly hintsShown: number;
  readonly check: CheckState;
  /** Loads the lesson's starting design (one undoable step) and opens its panel. */
  open(lesson: Lesson): void;
  close(): void;
  revealHint(): void;
  /** Checks the current design against the goal in the analysis worker. */
  runCheck(): Promise<void>;
}

export const useLesson = create<LessonState>()((set, get) => ({
  lesson: null,
  hintsShown: 0,
  check: { status: 'idle' },
  open(lesson) {
    useEditor.getState().replaceDocument(structuredClone(lesson.start));
    set({ lesson, hintsShown: 0, check: { status: 'idle' } });
  },
  close() {
    set({ lesson: null, hintsShown: 0, check: { status: 'idle' } });
  },
  revealHint() {
    const { lesson, hintsShown } = get();
    if (lesson && hintsShown < lesson.hints.length) set({ hintsShown: hintsShown + 1 });
  },
  async runCheck() {
    const lesson = get().lesson;
    const client = analysisClient();
    if (!lesson || !client) return;
    const { document, revision } = useEditor.getState();
    set({ check: { status: 'checking' } });
    let check: CheckState;
    try {
      check = { status: 'done', revision, result: await client.checkLesson(document, lesson.conditions) };
    } catch (error) {
      check = { status: 'failed', message: String(error) };
    }
    // The learner may have closed or switched lessons while the worker answered.
    if (get().lesson === lesson) set({ check });
  },
}));
