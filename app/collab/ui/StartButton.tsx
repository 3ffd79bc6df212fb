import { useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { startLiveSession } from '../live-session.ts';

/**
 * "Start live session": the current design becomes a room. Busy while the page asks whether
 * VPC Lab's server is there, so a second click does not start a second room.
 */
export function StartButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await startLiveSession();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="live-start"
      title={t('liveSession:startTitle')}
      aria-busy={busy}
      disabled={busy}
      onClick={() => void start()}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="live-start-icon">
        <circle cx="5.5" cy="5" r="2.3" />
        <circle cx="11" cy="6" r="1.9" />
        <path d="M1.5 13.5c0-2.4 1.8-4 4-4s4 1.6 4 4M9.5 10c.5-.4 1-.6 1.5-.6 1.8 0 3.5 1.3 3.5 3.6" />
      </svg>
      {t('liveSession:start')}
    </button>
  );
}
