import { describe, expect, it } from 'vitest';
import type { Person } from '../session-store.ts';
import { FIRST_RING_GAP, MARK_LIMITS, ringGap, selectionMarks, tagForm, tagPlace } from './selection-marks.ts';

const person = (clientId: number, name: string, selection: string[], self = false): Person => ({
  clientId,
  name,
  colour: `#00000${clientId}`,
  role: 'edit',
  self,
  pointer: null,
  selection,
});

const names = (markers: readonly { name: string }[]) => markers.map((m) => m.name);

describe('selectionMarks', () => {
  it('marks each node another person selected with their outline and tag', () => {
    const marks = selectionMarks([person(1, 'Me', ['vpc-1'], true), person(2, 'Ana', ['vpc-1', 'annotation:n1'])]);
    expect(marks.map((m) => m.nodeId)).toEqual(['vpc-1', 'annotation:n1']);
    expect(names(marks[0]!.rings)).toEqual(['Ana']);
    expect(names(marks[0]!.tags)).toEqual(['Ana']);
    expect(marks[0]!.more).toEqual([]);
    expect(marks[0]!.rings[0]!.colour).toBe('#000002');
  });

  it('leaves this page’s own selection to the canvas’s own look', () => {
    expect(selectionMarks([person(1, 'Me', ['vpc-1', 'subnet-1'], true)])).toEqual([]);
  });

  it('stacks several people on one node: outlines inside out, tags in the session’s order', () => {
    const marks = selectionMarks([
      person(1, 'Me', [], true),
      person(2, 'Ana', ['web']),
      person(3, 'Ben', ['web', 'db']),
      person(4, 'Chie', ['web']),
    ]);
    const web = marks.find((m) => m.nodeId === 'web')!;
    expect(names(web.rings)).toEqual(['Ana', 'Ben', 'Chie']);
    expect(names(web.tags)).toEqual(['Ana', 'Ben', 'Chie']);
    expect(names(marks.find((m) => m.nodeId === 'db')!.tags)).toEqual(['Ben']);
  });

  it('past three people, outlines stop and the other names become "+N"', () => {
    const people = ['Ana', 'Ben', 'Chie', 'Dev', 'Eli'].map((name, i) => person(i + 2, name, ['web']));
    const [web] = selectionMarks(people);
    expect(names(web!.rings)).toEqual(['Ana', 'Ben', 'Chie']);
    expect(names(web!.tags)).toEqual(['Ana', 'Ben', 'Chie']);
    expect(names(web!.more)).toEqual(['Dev', 'Eli']);
  });

  it('a large selection (Select all) gets outlines everywhere but one tag, on its first node', () => {
    const many = Array.from({ length: MARK_LIMITS.taggedSelection + 1 }, (_, i) => `r${i}`);
    const marks = selectionMarks([person(2, 'Ana', many)]);
    expect(marks).toHaveLength(many.length);
    expect(marks.every((m) => m.rings.length === 1)).toBe(true);
    expect(marks.filter((m) => m.tags.length > 0).map((m) => m.nodeId)).toEqual(['r0']);
  });

  it('a small selection tags every node', () => {
    const few = Array.from({ length: MARK_LIMITS.taggedSelection }, (_, i) => `r${i}`);
    expect(selectionMarks([person(2, 'Ana', few)]).every((m) => m.tags.length === 1)).toBe(true);
  });

  it('counts a person once per node however often their selection names it', () => {
    const [mark] = selectionMarks([person(2, 'Ana', ['web', 'web'])]);
    expect(names(mark!.rings)).toEqual(['Ana']);
    expect(names(mark!.tags)).toEqual(['Ana']);
  });

  it('marks at most the node limit in all', () => {
    const marks = selectionMarks([person(2, 'Ana', ['a', 'b', 'c']), person(3, 'Ben', ['c', 'd'])], {
      ...MARK_LIMITS,
      nodes: 3,
    });
    expect(marks.map((m) => m.nodeId)).toEqual(['a', 'b', 'c']);
    expect(names(marks[2]!.rings)).toEqual(['Ana', 'Ben']);
  });

  it('puts outlines clear of the own selection ring (2 px out, 2 px wide), each further out', () => {
    expect(FIRST_RING_GAP).toBeGreaterThan(4);
    expect(ringGap(1)).toBeGreaterThan(ringGap(0));
    expect(ringGap(2)).toBeGreaterThan(ringGap(1));
  });
});

describe('tagForm', () => {
  it('shows names near full size, initials zoomed out, and only outlines far out', () => {
    expect(tagForm(2)).toBe('name');
    expect(tagForm(1)).toBe('name');
    expect(tagForm(0.75)).toBe('name');
    expect(tagForm(0.6)).toBe('initial');
    expect(tagForm(0.4)).toBe('initial');
    expect(tagForm(0.2)).toBe('none');
  });
});

describe('tagPlace', () => {
  it('hangs tags above containers and notes, and as a tab on a tile', () => {
    expect(tagPlace('vpc-1', true)).toBe('above');
    expect(tagPlace('annotation:n1', false)).toBe('above');
    expect(tagPlace('web-1', false)).toBe('tab');
  });
});
