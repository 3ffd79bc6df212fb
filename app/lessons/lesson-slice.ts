import type { Lesson, LessonCheck } from '../../src/lessons/types.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { analysisClient } from '../analysis/client-instance.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { savedOpenLesson } from './lesson-persistence.ts';
import { allLessons } from './your-lessons.ts';

/** Where the last Check stands; a result remembers the revision it was for, to tell when it is stale. */
export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly revision: number; readonly result: LessonCheck }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The lesson slice of the editor store. A lesson and the design change together (opening one
 * puts its starting design in place; another design ends it), so they live in one store and
 * change in one update: no listener between two stores, no flag to tell them apart.
 */
export interface LessonSlice {
  /** The open lesson, shown in the Lesson panel while the learner edits; null when closed. */
  readonly lesson: Lesson | null;
  /** How many hints have been revealed (each Hint press reveals the next). */
  readonly hintsShown: number;
  readonly check: CheckState;
  /** Counts lessons opened by the person (not restored): the panel takes the focus on each. */
  readonly opened: number;
  /** Puts the lesson's starting design in place (one undoable step) and opens its panel, at once. */
  openLesson(lesson: Lesson): void;
  closeLesson(): void;
  revealHint(): void;
  /** Checks the current design against the goal in the analysis worker. */
  runCheck(): Promise<void>;
  /** Reopens the panel of the lesson open before a reload, over the autosaved design (which it leaves alone). */
  restoreLesson(): Promise<void>;
}

/** What the slice needs of the store around it. */
interface Host extends LessonSlice {
  readonly document: VpcLabDocument;
  readonly revision: number;
  readonly replacements: number;
  readonly loads: number;
  /** Puts a whole design in place as one undoable step, with these other fields in the same update. */
  putDocument(document: VpcLabDocument, also: Partial<LessonSlice>): void;
}

/** No lesson open: what another design (New, Import, an example, a share link) leaves. */
export const NO_LESSON = {
  lesson: null,
  hintsShown: 0,
  check: { status: 'idle' },
} as const satisfies Partial<LessonSlice>;

export function lessonSlice(set: (partial: Partial<LessonSlice>) => void, get: () => Host): LessonSlice {
  return {
    ...NO_LESSON,
    opened: 0,
    openLesson(lesson) {
      // The design is named after the lesson in the learner's language (the name shows in the top bar).
      const name = lesson.title[useLanguage.getState().language];
      get().putDocument(
        { ...structuredClone(lesson.start), name },
        { lesson, hintsShown: 0, check: { status: 'idle' }, opened: get().opened + 1 },
      );
    },
    closeLesson() {
      set(NO_LESSON);
    },
    revealHint() {
      const { lesson, hintsShown } = get();
      if (lesson && hintsShown < lesson.hints.length) set({ hintsShown: hintsShown + 1 });
    },
    async runCheck() {
      const { lesson, document, revision } = get();
      const client = analysisClient();
      if (!lesson || !client) return;
      set({ check: { status: 'checking' } });
      let check: CheckState;
      try {
        check = { status: 'done', revision, result: await client.checkLesson(document, lesson.intents) };
      } catch (error) {
        check = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      // The learner may have closed or switched lessons while the worker answered.
      if (get().lesson === lesson) set({ check });
    },
    async restoreLesson() {
      const saved = savedOpenLesson();
      if (!saved) return;
      const lesson = (await allLessons()).find((l) => l.id === saved.id);
      // Something opened meanwhile wins over what was open before the reload.
      if (!lesson || get().lesson) return;
      set({ lesson, hintsShown: Math.min(saved.hintsShown, lesson.hints.length), check: { status: 'idle' } });
    },
  };
}
