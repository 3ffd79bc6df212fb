import type { VpcLabDocument } from '../../src/model/index.ts';
import { AwsImportError, decodeAwsFile, importAws, isAwsOutput } from '../../src/io/aws/index.ts';
import { decodeDocumentBytes } from '../../src/model/index.ts';
import { gridLayout } from '../canvas/auto-layout/grid-layout.ts';
import { estimateTextWidth, type MeasureText } from '../canvas/auto-layout/label-width.ts';
import { deriveDiagram } from '../canvas/derive-diagram.ts';
import { measureText } from '../canvas/nodes/fit-text.ts';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { rememberImportWarnings } from '../document/import-warnings.ts';

/** One chosen file's bytes and the name to show for it (its path inside a chosen folder). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** True when the bytes are JSON that looks like AWS CLI describe output (by content, not by name). */
export function looksLikeAws(bytes: Uint8Array): boolean {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return false;
  try {
    return isAwsOutput(JSON.parse(decoded.text));
  } catch {
    return false;
  }
}

const pageTextWidth: MeasureText = (text, font) =>
  Math.ceil((measureText(text, font) ?? estimateTextWidth(text, font)) + 1);

/** The imported document laid out as Auto layout lays one out (VPC > AZ > subnet). */
function laidOut(document: VpcLabDocument): VpcLabDocument {
  return { ...document, layout: gridLayout(deriveDiagram(document), pageTextWidth) };
}

/** The chosen folder's name (the first segment of a relative path), for the document's name. */
function folderName(files: readonly ChosenFile[]): string | undefined {
  const [first] = files;
  const slash = first?.name.indexOf('/') ?? -1;
  return first && slash > 0 ? first.name.slice(0, slash) : undefined;
}

/**
 * Imports AWS CLI output as one undoable step: the design is replaced by the laid-out document,
 * its warnings go to the Findings tab, and a notice says what came in. Input that cannot be read
 * leaves the design as it was and shows an alert naming the file and the field.
 */
export function importAwsFiles(files: readonly ChosenFile[]): boolean {
  const t = currentT();
  const { notify, replaceDocument } = useEditor.getState();
  if (files.length === 0) {
    notify({ kind: 'error', text: t('importAws:noJson') });
    return false;
  }
  const name = folderName(files) ?? 'AWS import';
  try {
    const { document, warnings } = importAws(
      files.map((f) => decodeAwsFile(f.name, f.bytes)),
      { name },
    );
    replaceDocument(laidOut(document));
    rememberImportWarnings({ aws: warnings });
    notify({
      kind: 'info',
      text: t('importAws:imported', {
        resources: document.resources.length,
        files: files.length,
        warnings: warnings.length,
      }),
    });
    return true;
  } catch (caught) {
    const file = caught instanceof AwsImportError ? caught.file : (files[0]?.name ?? '');
    const reason = caught instanceof Error ? caught.message : String(caught);
    notify({ kind: 'error', text: t('importAws:failed', { file, reason }) });
    return false;
  }
}
