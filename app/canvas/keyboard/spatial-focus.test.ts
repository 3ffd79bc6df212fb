import { describe, expect, it } from 'vitest';
import { entryPlace, firstChild, nextInDirection, readingOrder, type FocusPlace } from './spatial-focus.ts';

const place = (id: string, x: number, y: number, parent?: string, size = 50): FocusPlace => ({
  id,
  box: { x, y, width: size, height: size },
  ...(parent === undefined ? {} : { parent }),
});

// Two rows of two tiles in a box, a tile outside the box, and the box itself.
const places = [
  place('box', 0, 0, undefined, 400),
  place('outside', 600, 0),
  place('a', 20, 20, 'box'),
  place('b', 120, 20, 'box'),
  place('c', 20, 120, 'box'),
  place('d', 120, 130, 'box'),
];
const from = (id: string) => places.find((p) => p.id === id)!;

describe('spatial focus', () => {
  it('moves among siblings by position, preferring the same row or column', () => {
    expect(nextInDirection(places, from('a'), 'right')?.id).toBe('b');
    expect(nextInDirection(places, from('a'), 'down')?.id).toBe('c');
    expect(nextInDirection(places, from('c'), 'right')?.id).toBe('d');
    expect(nextInDirection(places, from('d'), 'up')?.id).toBe('b');
    expect(nextInDirection(places, from('b'), 'left')?.id).toBe('a');
  });

  it('never leaves the container by itself', () => {
    expect(nextInDirection(places, from('b'), 'right')).toBeUndefined();
    expect(nextInDirection(places, from('a'), 'up')).toBeUndefined();
    expect(nextInDirection(places, from('box'), 'right')?.id).toBe('outside');
  });

  it('enters a container at its first child in reading order, and the canvas at the first top-level place', () => {
    expect(firstChild(places, 'box')?.id).toBe('a');
    expect(firstChild(places, 'a')).toBeUndefined();
    expect(entryPlace(places)?.id).toBe('box');
    expect(readingOrder(places.filter((p) => p.parent === 'box')).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
