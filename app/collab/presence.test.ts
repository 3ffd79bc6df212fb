import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { colourOf, NAME_MAX_LENGTH, PERSON_COLOURS } from './identity.ts';
import { startPresence, type Presence } from './presence.ts';
import { OFF, useSession, type Person } from './session-store.ts';

/**
 * Presence reads what every other page announces through Yjs awareness, and a page can announce
 * anything: these announce hostile states and check that only plain, bounded values reach the
 * list of people (and from there the top bar and the canvas).
 */

let awareness: Awareness;
let presence: Presence;

beforeEach(() => {
  useSession.setState(OFF);
  awareness = new Awareness(new Y.Doc());
  presence = startPresence(awareness as never, 'Ana', 'edit');
});
afterEach(() => {
  presence.stop();
  awareness.destroy();
});

/** Another page's state as it arrives over the wire: JSON, whatever it holds. */
function announce(clientId: number, json: string, clock = 1): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, json);
  applyAwarenessUpdate(awareness, encoding.toUint8Array(encoder), 'remote');
}

const others = (): Person[] => useSession.getState().people.filter((person) => !person.self);
const only = (): Person => {
  const list = others();
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('people as their pages announce themselves', () => {
  it('lists this page first, then each other person with a name', () => {
    announce(11, JSON.stringify({ user: { name: 'Ben', colour: '#000', role: 'view' }, pointer: { x: 4, y: 5 } }));
    const people = useSession.getState().people;
    expect(people.map((person) => [person.name, person.self])).toEqual([
      ['Ana', true],
      ['Ben', false],
    ]);
    expect(only()).toMatchObject({ clientId: 11, role: 'view', pointer: { x: 4, y: 5 }, selection: [] });
  });

  it('leaves out a state with no usable name (not a string, empty once cleaned)', () => {
    announce(12, JSON.stringify({ user: { name: 42 } }));
    announce(13, JSON.stringify({ user: { name: { toString: 'Ben' } } }));
    announce(14, JSON.stringify({ user: { name: '\u0000\u202e ' } }));
    announce(15, JSON.stringify({ user: 'Ben' }));
    announce(16, JSON.stringify(['user']));
    announce(17, 'null');
    expect(others()).toEqual([]);
  });

  it('cleans names as its own: markup stays text, control characters go, length is capped', () => {
    announce(21, JSON.stringify({ user: { name: `<img src=x onerror=alert(1)>\u0007${'x'.repeat(500)}` } }));
    const name = only().name;
    expect(name.startsWith('<img src=x onerror=alert(1)> x')).toBe(true);
    expect([...name]).toHaveLength(NAME_MAX_LENGTH);
  });

  it('gives a colour from the palette, never CSS a page announced (no CSS injection)', () => {
    announce(
      22,
      JSON.stringify({ user: { name: 'Ben', colour: 'red; background: url(javascript:alert(1))', role: 'edit' } }),
    );
    expect(only().colour).toBe(colourOf(22));
    expect(PERSON_COLOURS).toContain(only().colour);
  });

  it('takes a palette colour a page announced, so people keep the colours they chose', () => {
    announce(22, JSON.stringify({ user: { name: 'Ben', colour: PERSON_COLOURS[3], role: 'edit' } }));
    expect(only().colour).toBe(PERSON_COLOURS[3]);
  });

  it('moves off a colour someone who came first already has; the newer page moves, not both', () => {
    const self = () => useSession.getState().people.find((person) => person.self)!;
    const mine = self().colour;
    // A page with a higher client id announcing my colour is the one to move: I keep mine.
    announce(awareness.clientID + 1, JSON.stringify({ user: { name: 'Cy', colour: mine, role: 'edit' } }));
    expect(self().colour).toBe(mine);
    // A page with a lower client id has it too: I take a colour nobody uses.
    announce(0, JSON.stringify({ user: { name: 'Ben', colour: mine, role: 'edit' } }));
    expect(self().colour).not.toBe(mine);
    expect(PERSON_COLOURS).toContain(self().colour);
    expect(others().map((person) => person.colour)).not.toContain(self().colour);
  });

  it('takes anything but "view" for an editor (only a label: the server decides who writes)', () => {
    announce(23, JSON.stringify({ user: { name: 'Ben', role: 'admin' } }));
    expect(only().role).toBe('edit');
  });

  it('shows no pointer unless both coordinates are finite numbers', () => {
    const pointers = [
      '{"x":1e999,"y":0}',
      '{"x":"10","y":"20"}',
      '{"x":null,"y":3}',
      '{"x":5}',
      '[1,2]',
      '"here"',
      '{"x":{"valueOf":1},"y":2}',
    ];
    for (const [index, pointer] of pointers.entries()) {
      announce(30 + index, `{"user":{"name":"P${index}"},"pointer":${pointer}}`);
    }
    expect(others()).toHaveLength(pointers.length);
    for (const person of others()) expect(person.pointer, person.name).toBeNull();
  });

  it('keeps NaN and infinite pointers off the canvas when they come as values, not JSON', () => {
    awareness.states.set(40, { user: { name: 'Ben' }, pointer: { x: Number.NaN, y: 1 } });
    awareness.states.set(41, { user: { name: 'Cleo' }, pointer: { x: 1, y: -Infinity } });
    awareness.emit('change', [{ added: [40, 41], updated: [], removed: [] }, 'remote']);
    expect(others().map((person) => person.pointer)).toEqual([null, null]);
  });

  it('keeps a selection to strings, at most a thousand of them', () => {
    const huge = Array.from({ length: 50_000 }, (_, index) => `id-${index}`);
    announce(50, JSON.stringify({ user: { name: 'Ben' }, selection: huge }));
    expect(only().selection).toHaveLength(1000);
    expect(only().selection[0]).toBe('id-0');

    announce(
      50,
      JSON.stringify({ user: { name: 'Ben' }, selection: ['web-1', 7, null, { id: 'x' }, ['y'], 'app-1'] }),
      2,
    );
    expect(only().selection).toEqual(['web-1', 'app-1']);

    announce(50, JSON.stringify({ user: { name: 'Ben' }, selection: 'web-1' }), 3);
    expect(only().selection).toEqual([]);
  });

  it('forgets a person whose page left', () => {
    announce(60, JSON.stringify({ user: { name: 'Ben' } }));
    expect(others()).toHaveLength(1);
    announce(60, 'null', 2);
    expect(others()).toEqual([]);
  });

  it('announces this page’s pointer rounded, and nothing after it stopped', () => {
    presence.reportPointer({ x: 10.4, y: -3.6 });
    expect(awareness.getLocalState()).toMatchObject({ user: { name: 'Ana', role: 'edit' }, pointer: { x: 10, y: -4 } });
    presence.reportPointer(null);
    expect(awareness.getLocalState()?.['pointer']).toBeNull();
  });
});
