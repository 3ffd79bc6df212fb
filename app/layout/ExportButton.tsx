import { downloadText } from '../document/download.ts';
import { exportFileName, serializeDocument } from '../document/serialize.ts';
import { currentMessages, useMessages } from '../i18n/use-messages.ts';
import { useEditor } from '../store/store.ts';

/** Export JSON: downloads `<name>.vpclab.json` in the format's key order, or says why it could not. */
export function ExportButton() {
  const t = useMessages();
  const exportJson = () => {
    const { document, notify } = useEditor.getState();
    try {
      downloadText(serializeDocument(document), exportFileName(document.name));
    } catch (caught) {
      const why = caught instanceof Error ? caught.message : String(caught);
      notify({ kind: 'error', text: currentMessages().notice.exportFailed(why) });
    }
  };
  return (
    <button type="button" onClick={exportJson}>
      {t.topBar.exportJson}
    </button>
  );
}
