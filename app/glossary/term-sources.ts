import type { Term } from '../../src/glossary/index.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import type { ExampleEntry } from '../document/examples.ts';

/** A lesson's `topics` (glossary term ids it teaches), for lessons that declare them. */
function topicsOf(lesson: Lesson): readonly unknown[] {
  const topics: unknown = (lesson as { readonly topics?: unknown }).topics;
  return Array.isArray(topics) ? topics : [];
}

/**
 * The lessons that teach a term, in the lessons' order: those the term lists and those whose
 * `topics` name it (so a lesson added later links itself to the glossary).
 */
export function lessonsOfTerm(term: Term, lessons: readonly Lesson[]): Lesson[] {
  return lessons.filter((lesson) => term.lessons.includes(lesson.id) || topicsOf(lesson).includes(term.id));
}

/** The examples that show a term, in the examples' order. */
export function examplesOfTerm(term: Term, examples: readonly ExampleEntry[]): ExampleEntry[] {
  return examples.filter((entry) => term.examples.includes(entry.file));
}
