import { useT } from '../../i18n/use-t.ts';
import { useSession } from '../session-store.ts';

/**
 * The `status` "Connection": a dot and a word ("connected", "reconnecting", "offline"), so the
 * colour is never alone; the title says what it means for the person's edits.
 */
export function ConnectionStatus() {
  const t = useT();
  const connection = useSession((s) => s.connection);
  return (
    <span
      role="status"
      aria-label={t('liveSession:connection.label')}
      className={`live-connection is-${connection}`}
      title={t(`liveSession:connection.explain.${connection}`)}
    >
      <span className="live-connection-dot" aria-hidden="true" />
      {t(`liveSession:connection.${connection}`)}
    </span>
  );
}
