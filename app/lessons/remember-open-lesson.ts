import { useEditor } from '../store/store.ts';
import { saveOpenLesson } from './lesson-persistence.ts';

/** Remembers the open lesson and its hints in this browser whenever they change (restored on reload). */
export function rememberOpenLesson(): () => void {
  return useEditor.subscribe((state, previous) => {
    if (state.lesson !== previous.lesson || state.hintsShown !== previous.hintsShown)
      saveOpenLesson(state.lesson, state.hintsShown);
  });
}
