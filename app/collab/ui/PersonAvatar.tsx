import type { Person } from '../session-store.ts';
import { initialsColour, initialsOf } from './person-text.ts';

/** A round badge in the person's colour with their initials; the name is said by whoever holds it. */
export function PersonAvatar({ person }: { readonly person: Person }) {
  return (
    <span
      className={person.self ? 'live-avatar is-self' : 'live-avatar'}
      style={{ background: person.colour, color: initialsColour(person.colour) }}
      aria-hidden="true"
    >
      {initialsOf(person.name)}
    </span>
  );
}
