/**
 * Lessons: the teaching path of VPC Lab. Each lesson starts from a design with something
 * missing or wrong and states a goal; `checkLesson` decides with the engine whether a design
 * meets it. Framework-free: the page loads this module on demand and runs checks in the worker.
 */
export { checkLesson } from './check.ts';
export { LESSONS, lessonById } from './catalogue/index.ts';
export type * from './types.ts';
export { LESSON_LANGUAGES } from './types.ts';
