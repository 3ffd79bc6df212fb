import { describe, expect, it } from 'vitest';
import { validateDocument, type Annotation, type VpcLabDocument } from '../model/index.ts';
import { BASE_DOCUMENT } from '../model/test-support/base-document.ts';
import { applyEdit } from './apply.ts';
import { annotationIdOf, annotationSelectionId, freshAnnotationId } from './annotations.ts';
import type { EditCommand } from './types.ts';

const note: Annotation = { id: 'note-1', kind: 'note', text: 'Why **this** subnet', x: 100, y: 100, pinnedTo: 'web-1' };
const frame: Annotation = { id: 'frame-1', kind: 'frame', text: 'Web tier', x: 0, y: 0, width: 400, height: 300 };
const loose: Annotation = { id: 'text-1', kind: 'text', text: 'inside', x: 20, y: 40 };

function designWithNotes(): VpcLabDocument {
  const document = structuredClone(BASE_DOCUMENT) as unknown as VpcLabDocument;
  return { ...document, layout: { 'web-1': { x: 200, y: 200 } }, annotations: [note, frame, loose] };
}

function edit(document: VpcLabDocument, command: EditCommand): VpcLabDocument {
  const result = applyEdit(document, command);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

const find = (document: VpcLabDocument, id: string) => document.annotations?.find((a) => a.id === id);

describe('annotation edits', () => {
  it('start from a valid design', () => {
    expect(validateDocument(designWithNotes()).errors).toEqual([]);
  });

  it('add one, selected, and refuse a second with the same id', () => {
    const document = designWithNotes();
    const added: Annotation = { id: 'note-2', kind: 'note', text: '', x: 0, y: 0 };
    const result = applyEdit(document, { type: 'add-annotation', annotation: added });
    expect(result.ok && result.selected).toEqual(['annotation:note-2']);
    expect(applyEdit(document, { type: 'add-annotation', annotation: note })).toMatchObject({ ok: false });
  });

  it('leave resources, intents and layout the same objects (no re-analysis)', () => {
    const document = designWithNotes();
    const after = edit(document, { type: 'edit-annotation-text', id: 'note-1', text: 'changed' });
    expect(after.resources).toBe(document.resources);
    expect(after.layout).toBe(document.layout);
    expect(after.intents).toBe(document.intents);
  });

  it('edit text, recolour, resize, pin and unpin', () => {
    let document = designWithNotes();
    document = edit(document, { type: 'edit-annotation-text', id: 'note-1', text: 'line 1\nline 2' });
    document = edit(document, { type: 'recolour-annotation', id: 'note-1', colour: 'blue' });
    document = edit(document, { type: 'resize-annotation', id: 'note-1', x: 100, y: 100, width: 300, height: 200 });
    document = edit(document, { type: 'unpin-annotation', id: 'note-1' });
    expect(find(document, 'note-1')).toEqual({
      id: 'note-1',
      kind: 'note',
      text: 'line 1\nline 2',
      colour: 'blue',
      x: 100,
      y: 100,
      width: 300,
      height: 200,
    });
    document = edit(document, { type: 'pin-annotation', id: 'note-1', to: 'db' });
    expect(find(document, 'note-1')?.pinnedTo).toBe('db');
    expect(validateDocument(document).errors).toEqual([]);
  });

  it('refuse text over the cap, a tiny size, a pin to nothing and an unknown annotation, with the reason', () => {
    const document = designWithNotes();
    const refusals: EditCommand[] = [
      { type: 'edit-annotation-text', id: 'note-1', text: 'x'.repeat(2001) },
      { type: 'resize-annotation', id: 'note-1', x: 0, y: 0, width: -5, height: 10 },
      { type: 'pin-annotation', id: 'note-1', to: 'nowhere' },
      { type: 'move-annotation', id: 'ghost', x: 0, y: 0 },
    ];
    for (const command of refusals) {
      const result = applyEdit(document, command);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('move a frame with the unpinned notes and text inside it, never resources', () => {
    const document = designWithNotes();
    const after = edit(document, { type: 'move-annotation', id: 'frame-1', x: 40, y: 60 });
    expect(find(after, 'frame-1')).toMatchObject({ x: 40, y: 60 });
    expect(find(after, 'text-1')).toMatchObject({ x: 60, y: 100 });
    // Pinned to web-1, the note follows its resource, not the frame.
    expect(find(after, 'note-1')).toMatchObject({ x: 100, y: 100 });
    expect(after.layout).toBe(document.layout);
  });

  it('move a pinned note with its resource by the same amount, in the same step', () => {
    const document = designWithNotes();
    const after = edit(document, { type: 'move', layout: { 'web-1': { x: 260, y: 180 } } });
    expect(find(after, 'note-1')).toMatchObject({ x: 160, y: 80 });
    expect(find(after, 'text-1')).toEqual(loose);
  });

  it('unpin notes of a deleted resource and follow a renamed one', () => {
    const document = designWithNotes();
    const renamed = edit(document, { type: 'rename-resource', from: 'web-1', to: 'web-front' });
    expect(find(renamed, 'note-1')?.pinnedTo).toBe('web-front');
    const deleted = edit(renamed, { type: 'delete-resources', ids: ['web-front'] });
    expect(find(deleted, 'note-1')).toEqual({
      id: 'note-1',
      kind: 'note',
      text: note.text,
      x: 100,
      y: 100,
    });
    expect(validateDocument(deleted).errors).toEqual([]);
  });

  it('delete annotations; the last one takes the list with it', () => {
    const document = designWithNotes();
    const after = edit(document, { type: 'delete-annotations', ids: ['note-1', 'frame-1', 'text-1'] });
    expect(after.annotations).toBeUndefined();
  });

  it('give fresh ids per kind, and selection ids that no resource id can be', () => {
    expect(freshAnnotationId(designWithNotes(), 'note')).toBe('note-2');
    expect(freshAnnotationId(designWithNotes(), 'frame')).toBe('frame-2');
    expect(annotationIdOf(annotationSelectionId('note-1'))).toBe('note-1');
    expect(annotationIdOf('web-1')).toBeUndefined();
  });
});
