import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useCloseOnOutside } from '../../layout/use-close-on-outside.ts';
import { leaveLiveSession } from '../live-session.ts';
import { useSession } from '../session-store.ts';
import { CopyLinkField } from './CopyLinkField.tsx';
import { PersonAvatar } from './PersonAvatar.tsx';
import { colourWord } from './person-text.ts';

/**
 * The button "Live session" and its popover: the links to share ("Live link" for editors only,
 * "View-only link"), everyone in the session by name, colour and part, and "Leave live session".
 * Escape, a press outside or Close closes it; the focus goes back to the button.
 */
export function SessionPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useCloseOnOutside(open, [panel, button], () => setOpen(false));
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="live-session-button"
        aria-expanded={open}
        aria-controls={open ? 'live-session-panel' : undefined}
        title={t('liveSession:sessionTitle')}
        onClick={() => setOpen((was) => !was)}
      >
        {t('liveSession:session')}
      </button>
      {open && (
        <div
          ref={panel}
          id="live-session-panel"
          className="top-bar-popover live-panel"
          role="dialog"
          aria-label={t('liveSession:session')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <SessionLinks />
          <EveryoneList />
          <div className="live-panel-footer">
            <div>
              <button type="button" className="live-leave" onClick={leaveLiveSession}>
                {t('liveSession:leave')}
              </button>
              <p className="live-link-hint">{t('liveSession:leaveHint')}</p>
            </div>
            <button type="button" onClick={close}>
              {t('liveSession:close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The links: an editor gets both, a viewer only the view-only one (they never learn the edit link). */
function SessionLinks() {
  const t = useT();
  const links = useSession((s) => s.links);
  if (!links) return null;
  return (
    <>
      {links.edit !== undefined && (
        <CopyLinkField
          label={t('liveSession:links.live')}
          copyLabel={t('liveSession:links.copyLive')}
          hint={t('liveSession:links.liveHint')}
          link={links.edit}
        />
      )}
      <CopyLinkField
        label={t('liveSession:links.view')}
        copyLabel={t('liveSession:links.copyView')}
        hint={t('liveSession:links.viewHint')}
        link={links.view}
      />
    </>
  );
}

/** Everyone in full: avatar, name, the colour's word, "you" and "view only" where they apply. */
function EveryoneList() {
  const t = useT();
  const people = useSession((s) => s.people);
  return (
    <section className="live-everyone" aria-label={t('liveSession:people.all')}>
      <h3>{t('liveSession:people.all')}</h3>
      <ul aria-label={t('liveSession:people.all')}>
        {people.map((person) => (
          <li key={person.clientId} data-colour={person.colour}>
            <PersonAvatar person={person} />
            <span className="live-everyone-name">{person.name}</span>
            <span className="live-everyone-facts">
              {[
                colourWord(person.colour, t),
                ...(person.self ? [t('liveSession:people.you')] : []),
                ...(person.role === 'view' ? [t('liveSession:people.viewer')] : []),
              ].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {people.length <= 1 && <p className="live-link-hint">{t('liveSession:people.alone')}</p>}
    </section>
  );
}
