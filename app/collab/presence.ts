import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEditor } from '../store/store.ts';
import { cleanName, colourOf, PERSON_COLOURS } from './identity.ts';
import { useSession, type Person, type Role } from './session-store.ts';

type Awareness = NonNullable<HocuspocusProvider['awareness']>;

/** What each page announces of itself through Yjs awareness (never part of the design). */
interface AnnouncedState {
  readonly user?: { readonly name?: unknown; readonly colour?: unknown; readonly role?: unknown };
  readonly pointer?: { readonly x?: unknown; readonly y?: unknown } | null;
  readonly selection?: unknown;
}

export interface Presence {
  /** This person's pointer on the canvas in flow coordinates, or null when it left the canvas. */
  reportPointer(point: { x: number; y: number } | null): void;
  stop(): void;
}

/**
 * Announces this person (name, colour, role, selection, pointer) and keeps the session's
 * list of people current. Everything read from others is checked and reduced to plain values:
 * a page can announce anything, and none of it may become markup or break the canvas.
 */
export function startPresence(awareness: Awareness, name: string, role: Role): Presence {
  const self = awareness.clientID;
  awareness.setLocalState({
    user: { name, colour: colourOf(self), role },
    pointer: null,
    selection: [...useEditor.getState().selection],
  });
  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.selection !== previous.selection) awareness.setLocalStateField('selection', [...state.selection]);
  });
  const publish = () => {
    keepOwnColourDistinct(awareness);
    const people: Person[] = [];
    for (const [clientId, raw] of awareness.getStates()) {
      const person = personOf(clientId, raw as AnnouncedState, clientId === self);
      if (person) people.push(person);
    }
    people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
    useSession.setState({ people });
  };
  awareness.on('change', publish);
  publish();
  return {
    reportPointer(point) {
      awareness.setLocalStateField('pointer', point ? { x: Math.round(point.x), y: Math.round(point.y) } : null);
    },
    stop() {
      unsubscribe();
      awareness.off('change', publish);
      awareness.setLocalState(null);
      useSession.setState({ people: [] });
    },
  };
}

/**
 * Keeps this person's colour apart from everyone else's while the palette has room: a page
 * that finds its colour already announced by a page with a lower client id (the one that keeps
 * it, so two pages never both move) takes the first palette colour nobody uses. Every page
 * sees the same states, so the room settles with one colour per person.
 */
function keepOwnColourDistinct(awareness: Awareness): void {
  const self = awareness.clientID;
  const mine = colourIn((awareness.getLocalState() as AnnouncedState | null)?.user?.colour, self);
  const others = [...awareness.getStates()].filter(([clientId]) => clientId !== self);
  const clash = others.some(
    ([clientId, state]) => clientId < self && colourIn((state as AnnouncedState).user?.colour, clientId) === mine,
  );
  if (!clash) return;
  const used = new Set(others.map(([clientId, state]) => colourIn((state as AnnouncedState).user?.colour, clientId)));
  const free = PERSON_COLOURS.find((colour) => !used.has(colour));
  const user = (awareness.getLocalState() as AnnouncedState | null)?.user;
  if (free !== undefined && user) awareness.setLocalStateField('user', { ...user, colour: free });
}

/** The colour a page announced when it is one of the palette's, else the one its client id gives. */
function colourIn(announced: unknown, clientId: number): string {
  return typeof announced === 'string' && (PERSON_COLOURS as readonly string[]).includes(announced)
    ? announced
    : colourOf(clientId);
}

const SELECTION_LIMIT = 1000;

/** The first `SELECTION_LIMIT` strings, reading no further (a page may announce millions). */
function stringsOf(values: readonly unknown[]): string[] {
  const strings: string[] = [];
  for (const value of values) {
    if (strings.length === SELECTION_LIMIT) break;
    if (typeof value === 'string') strings.push(value);
  }
  return strings;
}

function personOf(clientId: number, state: AnnouncedState, self: boolean): Person | null {
  const user = state.user;
  if (!user || typeof user.name !== 'string') return null;
  const name = cleanName(user.name);
  if (name === '') return null;
  const pointer = state.pointer;
  const x = pointer?.x;
  const y = pointer?.y;
  const selection = Array.isArray(state.selection) ? stringsOf(state.selection as unknown[]) : [];
  return {
    clientId,
    name,
    // Only a colour of our palette is taken from what a page announced (never CSS it chose).
    colour: colourIn(user.colour, clientId),
    role: user.role === 'view' ? 'view' : 'edit',
    self,
    pointer:
      typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null,
    selection,
  };
}
