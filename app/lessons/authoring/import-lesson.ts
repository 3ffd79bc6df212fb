import { decodeDocumentBytes } from '../../../src/model/index.ts';
import { currentT } from '../../i18n/use-t.ts';
import { addLessonFrom } from './add-lesson.ts';
import { isLessonFile } from './lesson-file.ts';

/** What became of text given to Import: not a lesson (for the design importer), or a lesson added or refused. */
export type LessonImport = 'not-a-lesson' | 'added' | 'refused';

/**
 * Import tells a lesson file from a design by its content (`format: "vpclab-lesson"`), not its
 * name. A lesson file is added and opened, or refused with a notice naming its fields.
 */
export async function importIfLesson(text: string, fileName: string): Promise<LessonImport> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return 'not-a-lesson';
  }
  if (!isLessonFile(value)) return 'not-a-lesson';
  const added = await addLessonFrom(value, currentT()('lessonAuthoring:import.fileSource', { name: fileName }));
  return added ? 'added' : 'refused';
}

/** The same for a chosen file's bytes (decoded as the design importer decodes them). */
export async function importBytesIfLesson(bytes: Uint8Array, fileName: string): Promise<LessonImport> {
  const decoded = decodeDocumentBytes(bytes);
  return decoded.ok ? importIfLesson(decoded.text, fileName) : 'not-a-lesson';
}
