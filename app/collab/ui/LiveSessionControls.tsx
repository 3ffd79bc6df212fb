import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { useSession } from '../session-store.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import './live-session.css';
import { PeopleHere } from './PeopleHere.tsx';
import { SessionPanel } from './SessionPanel.tsx';
import { StartButton } from './StartButton.tsx';

/**
 * The live session's place in the top bar: "Start live session" outside a session; in one, the
 * "Connection" status, the "People here" avatars, a "View only" badge for a viewer and the
 * button "Live session" with the links and "Leave live session".
 */
export function LiveSessionControls() {
  const t = useT();
  const phase = useSession((s) => s.phase);
  const role = useSession((s) => s.role);
  const readOnly = useEditor((s) => s.readOnly);
  if (phase === 'off' || phase === 'naming') return <StartButton />;
  return (
    <span className="live-controls">
      {role === 'view' && (
        <span className="live-view-only" title={readOnly ?? undefined}>
          {t('liveSession:viewOnly')}
        </span>
      )}
      <ConnectionStatus />
      {phase === 'joining' && <span className="live-joining">{t('liveSession:joining')}</span>}
      <PeopleHere />
      <SessionPanel />
    </span>
  );
}
