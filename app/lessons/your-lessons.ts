import { del, get, set } from 'idb-keyval';
import { create } from 'zustand';
import type { Lesson } from '../../src/lessons/types.ts';
import { lessonOfFile, readLessonFile, type LessonFile } from './authoring/lesson-file.ts';
import { loadLessons } from './load-lessons.ts';

/** The IndexedDB key of the lessons made or imported in this browser; versioned like the file format. */
const KEY = 'vpclab:lessons.v1';

/** A lesson the person made or imported: the file (to export or share again) and the lesson it opens. */
export interface YourLesson {
  readonly file: LessonFile;
  readonly lesson: Lesson;
}

interface YourLessonsState {
  /** Null until read from storage. */
  readonly lessons: readonly YourLesson[] | null;
  load(): Promise<void>;
  /** Adds a lesson, or replaces the one with the same id (a newer version of it). */
  add(file: LessonFile): Promise<YourLesson>;
  remove(id: string): Promise<void>;
}

const asYours = (file: LessonFile): YourLesson => ({ file, lesson: lessonOfFile(file) });

/** Reads stored lessons, each validated again: storage is untrusted, and a bad entry is skipped, not fatal. */
async function readStored(): Promise<YourLesson[]> {
  let raw: unknown;
  try {
    raw = await get(KEY);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((value: unknown) => {
    const read = readLessonFile(value);
    return read.ok ? [asYours(read.file)] : [];
  });
}

async function write(lessons: readonly YourLesson[]): Promise<void> {
  try {
    if (lessons.length === 0) await del(KEY);
    else
      await set(
        KEY,
        lessons.map((l) => l.file),
      );
  } catch {
    // Storage may be refused (private browsing): the lessons then last for this page only.
  }
}

/** The lessons made or imported in this browser, listed under Lessons after the bundled ones. */
export const useYourLessons = create<YourLessonsState>()((setState, getState) => ({
  lessons: null,
  async load() {
    if (getState().lessons !== null) return;
    const stored = await readStored();
    // A lesson added while storage was being read is kept.
    const added = getState().lessons ?? [];
    setState({ lessons: [...stored.filter((s) => !added.some((a) => a.file.id === s.file.id)), ...added] });
  },
  async add(file) {
    await getState().load();
    const entry = asYours(file);
    const others = (getState().lessons ?? []).filter((l) => l.file.id !== file.id);
    const lessons = [...others, entry];
    setState({ lessons });
    await write(lessons);
    return entry;
  },
  async remove(id) {
    const lessons = (getState().lessons ?? []).filter((l) => l.file.id !== id);
    setState({ lessons });
    await write(lessons);
  },
}));

/** Every lesson in list order: the bundled ones, then the person's own. */
export async function allLessons(): Promise<readonly Lesson[]> {
  const [bundled] = await Promise.all([
    loadLessons().catch(() => [] as readonly Lesson[]),
    useYourLessons.getState().load(),
  ]);
  return [...bundled, ...(useYourLessons.getState().lessons ?? []).map((l) => l.lesson)];
}
