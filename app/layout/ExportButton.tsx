import { downloadText } from '../document/download.ts';
import { exportFileName, serializeDocument } from '../document/serialize.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { useEditor } from '../store/store.ts';

/** Export JSON: downloads `<name>.vpclab.json` in the format's key order. */
export function ExportButton() {
  const t = useMessages();
  const exportJson = () => {
    const { document } = useEditor.getState();
    downloadText(serializeDocument(document), exportFileName(document.name));
  };
  return (
    <button type="button" onClick={exportJson}>
      {t.topBar.exportJson}
    </button>
  );
}
