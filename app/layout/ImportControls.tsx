import { useRef, useState, type ChangeEvent } from 'react';
import { readDocumentBytes, readDocumentText } from '../document/import.ts';
import { applyOutcome } from '../document/startup.ts';
import { importBytesIfLesson, importIfLesson } from '../lessons/authoring/import-lesson.ts';
import { useT } from '../i18n/use-t.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useReadOnly } from '../collab/ui/use-read-only.ts';

/** Attributes React's types lack: a chooser of whole folders (every browser the page supports has it). */
const FOLDER_CHOOSER = { webkitdirectory: '', directory: '' } as Record<string, string>;

/**
 * The importers of CloudFormation, Terraform and AWS CLI output (a YAML parser, an HCL parser in
 * WebAssembly, the AWS mapping) load when a file is chosen, not with the page.
 */
const iacImporter = () => import('../document/iac-import.ts');
const awsImporter = () => import('../io/aws-import.ts');

/**
 * Import (a file chooser over a hidden input labelled "Import file", one or several files),
 * Import folder (the same for a whole folder) and Paste JSON (a dialog with a text area). One
 * VPC Lab document, or AWS CLI output (told apart by content), replaces the design as one
 * undoable step; a broken one shows an alert naming the file and every problem, and the design
 * stays as it was.
 */
export function ImportControls() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  // A view-only page imports nothing: an import would replace the room's design.
  const readOnly = useReadOnly();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = ''; // choosing the same file again must fire change again
    const [file] = chosen;
    if (!file) return;
    if (chosen.length === 1) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if ((await importBytesIfLesson(bytes, file.name)) !== 'not-a-lesson') return;
      // A CloudFormation template or Terraform is recognised by content and imported as a design.
      if (await (await iacImporter()).importIfIac(file.name, bytes)) return;
      const aws = await awsImporter();
      if (aws.looksLikeAws(bytes)) aws.importAwsFiles([{ name: file.name, bytes }]);
      else applyOutcome(readDocumentBytes(bytes, t('topBar:fileSource', { name: file.name })));
      return;
    }
    // Several files (or a folder): AWS CLI output, one describe-* call per file. Files a folder
    // holds besides the JSON (a README, .DS_Store) are not input.
    const json = chosen.filter((f) => f.name.toLowerCase().endsWith('.json'));
    (await awsImporter()).importAwsFiles(
      await Promise.all(
        json.map(async (f) => ({ name: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    );
  };
  const importPasted = async () => {
    // A refused lesson keeps the dialog and its text, as a refused design does.
    const lesson = await importIfLesson(text, 'JSON');
    if (
      lesson === 'added' ||
      (lesson === 'not-a-lesson' && applyOutcome(readDocumentText(text, t('topBar:pastedJson'))))
    ) {
      setPasting(false);
      setText('');
    }
  };

  return (
    <>
      <button type="button" disabled={readOnly} onClick={() => input.current?.click()}>
        {t('topBar:import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.yaml,.yml,.template,.tf"
        aria-label={t('topBar:importFile')}
        multiple
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => void onFile(event)}
      />
      <button
        type="button"
        className="import-folder"
        disabled={readOnly}
        aria-label={t('importAws:chooseFolder')}
        title={t('importAws:chooseFolderHint')}
        onClick={() => folderInput.current?.click()}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M1.5 3.5h4l1.5 1.5h7.5v8h-13z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <input
        ref={folderInput}
        type="file"
        {...FOLDER_CHOOSER}
        aria-label={t('importAws:folderInput')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => void onFile(event)}
      />
      <button type="button" disabled={readOnly} onClick={() => setPasting(true)}>
        {t('topBar:pasteJson')}
      </button>
      {pasting && (
        <ModalDialog role="dialog" title={t('dialogs:paste.title')} onCancel={() => setPasting(false)}>
          <label className="field">
            <span>{t('dialogs:paste.title')}</span>
            <textarea
              value={text}
              rows={14}
              cols={60}
              spellCheck={false}
              placeholder='{ "format": "vpclab", "version": 1, ... }'
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setPasting(false)}>
              {t('dialogs:paste.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void importPasted()} disabled={text.trim() === ''}>
              {t('dialogs:paste.import')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
