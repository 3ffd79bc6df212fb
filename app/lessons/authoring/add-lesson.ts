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
  await addAndOpen(await besideYourOwn(read.file));
  return true;
}

/**
 * A lesson from outside never replaces one of the person's own: the same lesson again is kept
 * once, and a different lesson with the same id is added beside it under the next free id
 * (`my-lesson-2`).
 */
async function besideYourOwn(file: LessonFile): Promise<LessonFile> {
  const yours = useYourLessons.getState();
  await yours.load();
  const own = yours.lessons ?? [];
  const same = own.find((lesson) => lesson.id === file.id);
  if (!same || JSON.stringify(same) === JSON.stringify(file)) return file;
  const taken = new Set(own.map((lesson) => lesson.id));
  const base = file.id.slice(0, 60);
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return { ...file, id: `${base}-${n}` };
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
