import { create } from 'zustand';
import type { Lesson, LessonCheck } from '../../src/lessons/types.ts';
import { analysisClient } from '../analysis/client-instance.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { useEditor } from '../store/store.ts';
import { loadLessons } from './load-lessons.ts';
import { saveOpenLesson, savedOpenLesson } from './lesson-persistence.ts';

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
  /** Counts lessons opened by the person (not restored): the panel takes the focus on each. */
  readonly opened: number;
  /** Loads the lesson's starting design (one undoable step) and opens its panel. */
  open(lesson: Lesson): void;
  close(): void;
  revealHint(): void;
  /** Checks the current design against the goal in the analysis worker. */
  runCheck(): Promise<void>;
  /** Reopens the panel of the lesson open before a reload, over the autosaved design (which it leaves alone). */
  restore(): Promise<void>;
}

/** True while a lesson puts its own starting design in place (that replacement keeps it open). */
let openingLesson = false;

export const useLesson = create<LessonState>()((set, get) => ({
  lesson: null,
  hintsShown: 0,
  check: { status: 'idle' },
  opened: 0,
  open(lesson) {
    // The design is named after the lesson in the learner's language (the name shows in the top bar).
    const name = lesson.title[useLanguage.getState().language];
    openingLesson = true;
    try {
      useEditor.getState().replaceDocument({ ...structuredClone(lesson.start), name });
    } finally {
      openingLesson = false;
    }
    set((state) => ({ lesson, hintsShown: 0, check: { status: 'idle' }, opened: state.opened + 1 }));
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
  async restore() {
    const saved = savedOpenLesson();
    if (!saved) return;
    const lesson = (await loadLessons().catch(() => [])).find((l) => l.id === saved.id);
    // Something opened meanwhile wins over what was open before the reload.
    if (!lesson || get().lesson) return;
    set({ lesson, hintsShown: Math.min(saved.hintsShown, lesson.hints.length), check: { status: 'idle' } });
  },
}));

// Another design (New, Import, an example, a share link) ends the lesson: its goal and Check
// would speak of resources that are no longer there.
useEditor.subscribe((state, previous) => {
  if (state.replacements !== previous.replacements && !openingLesson && useLesson.getState().lesson) {
    useLesson.getState().close();
  }
});

useLesson.subscribe((state, previous) => {
  if (state.lesson !== previous.lesson || state.hintsShown !== previous.hintsShown)
    saveOpenLesson(state.lesson, state.hintsShown);
});
