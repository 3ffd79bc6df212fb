import { useRef, useState, type ChangeEvent } from 'react';
import { readDocumentBytes, readDocumentText } from '../document/import.ts';
import { applyOutcome } from '../document/startup.ts';
import { useT } from '../i18n/use-t.ts';
import { ModalDialog } from './ModalDialog.tsx';

/**
 * Import (a file chooser over a hidden input labelled "Import file") and Paste JSON (a dialog
 * with a text area). A good document replaces the design as one undoable step; a broken one
 * shows an alert naming the file and every problem, and the design stays as it was.
 */
export function ImportControls() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    applyOutcome(
      readDocumentBytes(new Uint8Array(await file.arrayBuffer()), t('topBar:fileSource', { name: file.name })),
    );
  };
  const importPasted = () => {
    if (applyOutcome(readDocumentText(text, t('topBar:pastedJson')))) {
      setPasting(false);
      setText('');
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('topBar:import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('topBar:importFile')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => void onFile(event)}
      />
      <button type="button" onClick={() => setPasting(true)}>
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
            <button type="button" className="primary" onClick={importPasted} disabled={text.trim() === ''}>
              {t('dialogs:paste.import')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
