import { create } from 'zustand';
import { useEditor } from '../store/store.ts';

/** Versioned: a later shape gets a new key, and this one is then simply ignored. */
const STORAGE_KEY = 'vpclab.lessonProgress.v1';

interface ProgressState {
  /** Ids of the lessons passed in this browser. */
  readonly completed: ReadonlySet<string>;
  complete(id: string): void;
}

/** Storage is untrusted: anything but `{ completed: string[] }` counts as nothing passed yet. */
export function readProgress(text: string | null): ReadonlySet<string> {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    if (typeof value !== 'object' || value === null) return new Set();
    const { completed } = value as Record<string, unknown>;
    if (!Array.isArray(completed)) return new Set();
    return new Set(completed.filter((id): id is string => typeof id === 'string' && id.length <= 64));
  } catch {
    return new Set();
  }
}

function saved(): ReadonlySet<string> {
  try {
    return readProgress(localStorage.getItem(STORAGE_KEY));
  } catch {
    return new Set();
  }
}

/** The lessons the person has passed, remembered in this browser. */
export const useProgress = create<ProgressState>()((set, get) => ({
  completed: saved(),
  complete(id) {
    if (get().completed.has(id)) return;
    const completed = new Set([...get().completed, id]);
    set({ completed });
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ completed: [...completed] }));
    } catch {
      // Storage may be refused (private browsing); the tick then lasts for this page only.
    }
  },
}));

/**
 * The lesson after `current` in list order that is not yet passed (wrapping round to the ones
 * before it), or undefined when every other lesson is passed.
 */
export function nextUnfinished<T extends { readonly id: string }>(
  lessons: readonly T[],
  current: string,
  completed: ReadonlySet<string>,
): T | undefined {
  const at = lessons.findIndex((lesson) => lesson.id === current);
  const order = [...lessons.slice(at + 1), ...lessons.slice(0, Math.max(0, at))];
  return order.find((lesson) => lesson.id !== current && !completed.has(lesson.id));
}

/** Records a lesson as passed when its Check passes (for the revision on screen or not: it passed). */
export function rememberProgress(): () => void {
  return useEditor.subscribe((state, previous) => {
    if (state.check === previous.check || state.check.status !== 'done') return;
    if (state.check.result.passed && state.lesson) useProgress.getState().complete(state.lesson.id);
  });
}
