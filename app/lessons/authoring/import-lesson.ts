import { decodeDocumentBytes } from '../../../src/model/index.ts';
import { currentT } from '../../i18n/use-t.ts';
import { addLessonFrom } from './add-lesson.ts';
import { isLessonFile } from './lesson-file.ts';

/**
 * Import tells a lesson file from a design by its content (`format: "vpclab-lesson"`), not its
 * name. Returns true when the text was a lesson file (added and opened, or refused with a notice),
 * false when it is for the design importer.
 */
export async function importIfLesson(text: string, fileName: string): Promise<boolean> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return false;
  }
  if (!isLessonFile(value)) return false;
  await addLessonFrom(value, currentT()('lessonAuthoring:import.fileSource', { name: fileName }));
  return true;
}

/** The same for a chosen file's bytes (decoded as the design importer decodes them). */
export async function importBytesIfLesson(bytes: Uint8Array, fileName: string): Promise<boolean> {
  const decoded = decodeDocumentBytes(bytes);
  return decoded.ok ? importIfLesson(decoded.text, fileName) : false;
}
