import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n.ts';
import { PERSON_COLOURS } from '../identity.ts';
import { colourWord, initialsOf, personEntry } from './person-text.ts';

const t = translator('en');

describe('initialsOf', () => {
  it('takes the first letters of two words, or two characters of one word', () => {
    expect(initialsOf('Ana Lima')).toBe('AL');
    expect(initialsOf('ben')).toBe('BE');
    expect(initialsOf('田中')).toBe('田中');
    expect(initialsOf('  Cleo  ')).toBe('CL');
  });

  it('keeps whole characters and never turns markup into anything but text', () => {
    expect(initialsOf('😀x')).toBe('😀X');
    expect(initialsOf('<img src=x onerror=alert(1)>')).toBe('<S');
  });
});

describe('colourWord', () => {
  it('names every colour of the palette, in English and Japanese', () => {
    const words = PERSON_COLOURS.map((colour) => colourWord(colour, t));
    expect(new Set(words).size).toBe(PERSON_COLOURS.length);
    expect(colourWord(PERSON_COLOURS[0], translator('ja'))).toBe('すみれ色');
    expect(colourWord('#000000', t)).toBe('another colour');
  });
});

describe('personEntry', () => {
  it('says the name and the colour, and marks this page’s own entry', () => {
    const person = {
      clientId: 1,
      name: 'Ana',
      colour: PERSON_COLOURS[0],
      role: 'edit' as const,
      self: false,
      pointer: null,
      selection: [],
    };
    expect(personEntry(person, t)).toBe('Ana, violet');
    expect(personEntry({ ...person, self: true }, t)).toBe('Ana (you), violet');
  });
});
