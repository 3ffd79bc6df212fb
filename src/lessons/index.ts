/**
 * Lessons: the teaching path of VPC Lab. Each lesson (a JSON file, lesson-format.md) starts
 * from a design with something missing or wrong and states a goal; its intents define success,
 * and `checkLesson` decides with the engine whether a design meets them. Framework-free: the
 * page loads lessons with fetch and runs checks in the worker; the CLI proves them.
 */
export { checkLesson } from './check.ts';
export { parseLesson, type LessonParse, type LessonProblem } from './parse.ts';
export { proveLesson, type LessonFault, type LessonProof } from './prove.ts';
export { LESSON_FORMAT, LESSON_VERSION, LessonSchema } from './schema.ts';
export type * from './types.ts';
export { LESSON_LANGUAGES } from './types.ts';
