import { del, get, set } from 'idb-keyval';
import { create } from 'zustand';
import type { Lesson } from '../../src/lessons/types.ts';
import { readLessonFile } from './authoring/lesson-file.ts';
import { loadLessons } from './load-lessons.ts';

/** The IndexedDB key of the lessons made or imported in this browser; versioned like the file format. */
const KEY = 'vpclab:lessons.v1';

interface YourLessonsState {
  /** Null until read from storage. */
  readonly lessons: readonly Lesson[] | null;
  load(): Promise<void>;
  /** Adds a lesson, or replaces the one with the same id (a newer version of it). */
  add(lesson: Lesson): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Reads stored lessons, each validated again: storage is untrusted, and a bad entry is skipped, not fatal. */
async function readStored(): Promise<Lesson[]> {
  let raw: unknown;
  try {
    raw = await get(KEY);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((value: unknown) => {
    const read = readLessonFile(value);
    return read.ok ? [read.file] : [];
  });
}

async function write(lessons: readonly Lesson[]): Promise<void> {
  try {
    if (lessons.length === 0) await del(KEY);
    else await set(KEY, lessons);
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
    setState({ lessons: [...stored.filter((s) => !added.some((a) => a.id === s.id)), ...added] });
  },
  async add(lesson) {
    await getState().load();
    const lessons = [...(getState().lessons ?? []).filter((l) => l.id !== lesson.id), lesson];
    setState({ lessons });
    await write(lessons);
  },
  async remove(id) {
    const lessons = (getState().lessons ?? []).filter((l) => l.id !== id);
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
  return [...bundled, ...(useYourLessons.getState().lessons ?? [])];
}
