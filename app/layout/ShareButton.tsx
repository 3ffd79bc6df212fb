import { useState } from 'react';
import { shareLink } from '../document/share.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';

/**
 * Copy share link: puts a link carrying the whole design (`#doc=...`) on the clipboard when the
 * browser allows it, and always shows it in a read-only field to copy by hand.
 */
export function ShareButton() {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const share = async () => {
    const text = shareLink(useEditor.getState().document);
    setLink(text);
    setCopied(false);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Clipboard access needs permission in some browsers; the field below still has the link.
    }
  };

  return (
    <div className="menu-anchor">
      <button type="button" onClick={() => void share()}>
        {t('topBar:copyShareLink')}
      </button>
      {link !== null && (
        <div className="top-bar-popover share" role="group" aria-label={t('topBar:share.group')}>
          <label className="field">
            <span>{t('topBar:share.link')}</span>
            <input type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <p className="muted" role="status">
            {copied ? t('topBar:share.copied') : t('topBar:share.copyByHand')}
          </p>
          <button type="button" onClick={() => setLink(null)}>
            {t('topBar:share.close')}
          </button>
        </div>
      )}
    </div>
  );
}
