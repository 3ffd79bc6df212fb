import { useT } from '../../i18n/use-t.ts';
import { useSession } from '../session-store.ts';
import { PersonAvatar } from './PersonAvatar.tsx';
import { personEntry } from './person-text.ts';

/** Avatars the top bar shows before it says "+N" (the popover lists everyone). */
const SHOWN = 4;

/**
 * The `list` "People here" in the top bar (ui.md): one `listitem` per person, an avatar in
 * their colour with their initials, the full name and the colour's word as its text for
 * screen readers and as its title for the pointer. Names are React text, never markup.
 */
export function PeopleHere() {
  const t = useT();
  const people = useSession((s) => s.people);
  const hidden = people.length - SHOWN;
  return (
    <ul className="live-people" aria-label={t('liveSession:people.label')}>
      {people.map((person, index) => {
        const entry = personEntry(person, t);
        return (
          <li
            key={person.clientId}
            className={index < SHOWN || hidden === 1 ? 'live-person' : 'live-person is-folded'}
            title={entry}
            data-colour={person.colour}
          >
            <PersonAvatar person={person} />
            <span className="visually-hidden">{entry}</span>
          </li>
        );
      })}
      {hidden > 1 && (
        <li
          className="live-person live-more"
          aria-hidden="true"
          title={t('liveSession:people.moreTitle', { count: hidden })}
        >
          {t('liveSession:people.more', { count: hidden })}
        </li>
      )}
    </ul>
  );
}
