import { currentT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { addLessonFrom } from './add-lesson.ts';
import { hasLessonLink, readLessonLink } from './lesson-link.ts';

/**
 * Follows a lesson link (`#lesson=...`): adds the lesson under Lessons and opens it, then drops
 * the fragment so a reload does not add it again. A damaged link gets a notice and the design
 * stays as it was. A lesson link pasted into the address bar of an open page is followed too.
 */
export async function openLessonFromAddress(): Promise<void> {
  const follow = async () => {
    if (!hasLessonLink(location.hash)) return;
    const value = readLessonLink(location.hash);
    history.replaceState(history.state, '', location.pathname + location.search);
    if (value === undefined) {
      useEditor.getState().notify({ kind: 'error', text: currentT()('lessonAuthoring:import.damagedLink') });
      return;
    }
    await addLessonFrom(value, currentT()('lessonAuthoring:import.linkSource'));
  };
  window.addEventListener('hashchange', () => void follow());
  await follow();
}
