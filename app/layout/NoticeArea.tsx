import { useEffect } from 'react';
import { selectNotice } from '../store/selectors.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';

/**
 * How long an informational notice stays; errors, and notices that offer something to do, stay
 * until dismissed (errors also until the next successful edit).
 */
const INFO_MS = 6000;

/**
 * Messages from the store: a refused edit, a failed import (with every problem listed), restored
 * or unsaved work. Errors are an `alert`, other notices a `status`.
 */
export function NoticeArea() {
  const t = useT();
  const notice = useEditor(selectNotice);
  useEffect(() => {
    if (notice?.kind !== 'info' || notice.actions) return;
    const timer = setTimeout(() => {
      if (useEditor.getState().notice === notice) useEditor.getState().notify(null);
    }, INFO_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {notice.actions?.map((action) => (
        <button key={action.label} type="button" onClick={action.run}>
          {action.label}
        </button>
      ))}
      <button type="button" onClick={() => useEditor.getState().notify(null)}>
        {t('notices:dismiss')}
      </button>
    </div>
  );
}
