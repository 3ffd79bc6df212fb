import { useLanguage } from '../../i18n/language-store.ts';
import { currentT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { loadLessons } from '../load-lessons.ts';
import { useYourLessons } from '../your-lessons.ts';
import { readLessonFile, type LessonFile } from './lesson-file.ts';

/**
 * Adds a lesson that came from outside (a file, a link) under Lessons and opens it; a bad one
 * gets a notice naming every field at fault, and the design stays as it was.
 * `source` names where it came from (`"web.vpclab-lesson.json"`, `link`).
 */
export async function addLessonFrom(value: unknown, source: string): Promise<boolean> {
  const t = currentT();
  const { notify } = useEditor.getState();
  const read = readLessonFile(value);
  const bundled = await loadLessons().catch(() => []);
  const errors = read.ok
    ? bundled.some((lesson) => lesson.id === read.file.id)
      ? [t('lessonAuthoring:import.bundledId', { id: read.file.id })]
      : []
    : read.errors;
  if (!read.ok || errors.length > 0) {
    notify({
      kind: 'error',
      text: t('lessonAuthoring:import.invalid', { source, count: errors.length }),
      details: errors,
    });
    return false;
  }
  await addAndOpen(read.file);
  return true;
}

/** Keeps the lesson under "Your lessons" and opens it (its start replaces the design, one Undo away). */
export async function addAndOpen(file: LessonFile): Promise<void> {
  await useYourLessons.getState().add(file);
  useEditor.getState().openLesson(file);
  const language = useLanguage.getState().language;
  useEditor.getState().notify({
    kind: 'info',
    text: currentT()('lessonAuthoring:import.added', { title: file.title[language] }),
  });
}
