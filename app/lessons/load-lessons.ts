import { parseLesson, type LessonParse, type LessonProblem } from '../../src/lessons/parse.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';

const folder = `${import.meta.env.BASE_URL}lessons/`;

/** How many of a bad file's problems a notice names: enough to find the first mistake. */
const PROBLEMS_SHOWN = 3;

let loading: Promise<readonly Lesson[]> | undefined;

/**
 * The bundled lessons, fetched on first use from lessons/index.json and the files it lists (in
 * its order), each validated by `parseLesson`. A file that is missing or invalid is left out with
 * a notice naming it and its first problems; the others still load. A failed index is forgotten,
 * so the next try fetches again.
 */
export function loadLessons(): Promise<readonly Lesson[]> {
  loading ??= fetchLessons().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetchLessons(): Promise<readonly Lesson[]> {
  const ids = await fetchIndex().catch((error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    useEditor.getState().notify({ kind: 'error', text: currentT()('lessonFiles:indexUnreadable', { why }) });
    throw error;
  });
  const results = await Promise.all(ids.map(async (id) => ({ file: `${id}.json`, parsed: await fetchLesson(id) })));
  const skipped = results.filter((result) => !result.parsed.ok);
  if (skipped.length > 0) {
    const t = currentT();
    useEditor.getState().notify({
      kind: 'error',
      text: t('lessonFiles:skipped', { count: skipped.length }),
      details: skipped.map(({ file, parsed }) =>
        t('lessonFiles:skippedFile', { file, problems: describe(parsed.ok ? [] : parsed.problems) }),
      ),
    });
  }
  return results.flatMap(({ parsed }) => (parsed.ok ? [parsed.lesson] : []));
}

/** The lesson ids of index.json (`{ "lessons": ["public-web-server", ...] }`); only URL-safe ids are fetched. */
async function fetchIndex(): Promise<readonly string[]> {
  const response = await fetch(`${folder}index.json`);
  if (!response.ok) throw new Error(`lessons/index.json: HTTP ${response.status}`);
  const index: unknown = await response.json();
  const lessons = typeof index === 'object' && index !== null ? (index as { lessons?: unknown }).lessons : undefined;
  if (!Array.isArray(lessons)) throw new Error('lessons/index.json has no "lessons" list');
  return lessons.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id));
}

async function fetchLesson(id: string): Promise<LessonParse> {
  const problem = (message: string, path = '$'): LessonParse => ({ ok: false, problems: [{ path, message }] });
  try {
    const response = await fetch(`${folder}${id}.json`);
    // The preview server answers unknown paths with the page itself, so check what came back.
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    if (!response.ok || !isJson) return problem('there is no such file.');
    const parsed = parseLesson(await response.text());
    // The app remembers the open lesson by id, and index.json lists files by id: they must agree.
    if (parsed.ok && parsed.lesson.id !== id)
      return problem(`is "${parsed.lesson.id}", but the file is ${id}.json; they must match.`, 'id');
    return parsed;
  } catch (error) {
    return problem(error instanceof Error ? error.message : String(error));
  }
}

function describe(problems: readonly LessonProblem[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map(({ path, message }) => `${path}: ${message}`);
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; … (+${more})` : shown.join('; ');
}
