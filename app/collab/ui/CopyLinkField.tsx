import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** How long "Copied" stays beside the button. */
const COPIED_MS = 2000;

/**
 * A link of the session: a read-only textbox (selected on focus, to copy by hand) and its
 * copy button, which says "Copied" for a moment, or how to copy by hand when the browser
 * refuses the clipboard.
 */
export function CopyLinkField(props: {
  readonly label: string;
  readonly copyLabel: string;
  readonly hint: string;
  readonly link: string;
}) {
  const t = useT();
  const [said, setSaid] = useState<'copied' | 'refused' | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(props.link);
      setSaid('copied');
      timer.current = window.setTimeout(() => setSaid(null), COPIED_MS);
    } catch {
      setSaid('refused');
      input.current?.select();
    }
  };

  return (
    <div className="live-link">
      <label className="field">
        <span>{props.label}</span>
        <input ref={input} type="text" readOnly value={props.link} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <div className="live-link-actions">
        <button type="button" onClick={() => void copy()}>
          {props.copyLabel}
        </button>
        <span className={said === 'refused' ? 'live-link-said is-refused' : 'live-link-said'} role="status">
          {said === 'copied' && t('liveSession:links.copied')}
          {said === 'refused' && t('liveSession:links.copyByHand')}
        </span>
      </div>
      <p className="live-link-hint">{props.hint}</p>
    </div>
  );
}
