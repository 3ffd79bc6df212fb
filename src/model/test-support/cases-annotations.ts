import type { Case } from './case.ts';

/** A valid note to break. */
const note = () => ({ id: 'note-1', kind: 'note', text: 'Why', x: 0, y: 0, width: 200, height: 140, colour: 'yellow' });

/** Annotations (notes, text, frames): each problem names the annotation and the field. */
export const ANNOTATION_CASES: readonly Case[] = [
  {
    name: 'annotation colour unknown',
    change: (d) => (d.annotations = [{ ...note(), colour: 'teal' }]),
    code: 'FIELD_VALUE',
    resource: null,
    path: '$.annotations[0].colour',
    message: 'Annotation "note-1": colour is "teal", but it must be',
  },
  {
    name: 'annotation negative width',
    change: (d) => (d.annotations = [{ ...note(), width: -10 }]),
    code: 'VALUE_OUT_OF_RANGE',
    resource: null,
    path: '$.annotations[0].width',
    message: 'Annotation "note-1": width is -10, below the minimum of 1',
  },
  {
    name: 'annotation text over the cap',
    change: (d) => (d.annotations = [{ ...note(), text: 'x'.repeat(2001) }]),
    code: 'TEXT_TOO_LONG',
    resource: null,
    path: '$.annotations[0].text',
    message: 'Annotation "note-1": text',
  },
  {
    name: 'annotation kind unknown',
    change: (d) => (d.annotations = [{ ...note(), kind: 'sticker' }]),
    code: 'FIELD_VALUE',
    resource: null,
    path: '$.annotations[0].kind',
    message: 'kind is "sticker"',
  },
  {
    name: 'annotation pinned to a missing resource',
    change: (d) => (d.annotations = [{ ...note(), pinnedTo: 'web-9' }]),
    code: 'ANNOTATION_PIN_UNKNOWN',
    resource: null,
    path: '$.annotations[0].pinnedTo',
    message: 'Annotation "note-1": pinnedTo names "web-9", which is not a resource',
  },
  {
    name: 'annotation ids repeated',
    change: (d) => (d.annotations = [note(), { ...note(), kind: 'frame' }]),
    code: 'ANNOTATION_DUPLICATE_ID',
    resource: null,
    path: '$.annotations[1].id',
    message: 'also used by annotations[0]',
  },
];
