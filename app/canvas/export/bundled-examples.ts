import type { VpcLabDocument } from '../../../src/model/index.ts';
import { readDocumentText } from '../../document/import.ts';

/** The bundled examples (public/examples), read as the page opens them; for tests. */
export function bundledExamples(): { file: string; document: VpcLabDocument }[] {
  const files = import.meta.glob<unknown>(['../../../public/examples/*.json', '!**/index.json'], {
    eager: true,
    import: 'default',
  });
  return Object.entries(files).map(([path, content]) => {
    const read = readDocumentText(JSON.stringify(content), path);
    if (!read.ok) throw new Error(`${path}: ${read.notice.text}`);
    return { file: path.replace(/^.*\//, ''), document: read.document };
  });
}
