import type { Person } from '../session-store.ts';
import { inkOn } from './label-ink.ts';
import { shortName } from './short-name.ts';

/** An arrow in each other person's colour where their pointer is, with their name beside it. */
export function OthersPointers({ people }: { readonly people: readonly Person[] }) {
  return people.map((person) =>
    person.self || !person.pointer ? null : (
      <div
        key={person.clientId}
        className="presence-pointer"
        data-client-id={person.clientId}
        style={{ transform: `translate(${person.pointer.x}px, ${person.pointer.y}px)` }}
      >
        <div className="presence-pointer-body">
          <svg className="presence-arrow" width="18" height="22" viewBox="0 0 18 22">
            <path d="M1 1v16.5l4.4-4.1 3 6.8 2.9-1.3-3-6.7H14.5z" fill={person.colour} />
          </svg>
          <span
            className="presence-name"
            style={{ background: person.colour, color: inkOn(person.colour) }}
            title={person.name}
          >
            {shortName(person.name)}
          </span>
        </div>
      </div>
    ),
  );
}
