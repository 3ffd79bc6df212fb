import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edit/index.ts';
import type { VpcLabDocument } from '../model/index.ts';
import { analysesAlike } from './analyses-alike.ts';

const base: VpcLabDocument = {
  format: 'vpclab',
  version: 2,
  name: 'Two tiers',
  resources: [
    { id: 'vpc-1', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'web', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.1.0/24', az: 'a' },
  ],
  layout: { 'vpc-1': { x: 0, y: 0, width: 800, height: 400 } },
} as VpcLabDocument;

const edited = (command: Parameters<typeof applyEdit>[1]): VpcLabDocument => {
  const result = applyEdit(base, command);
  if (!result.ok) throw new Error(result.message);
  return result.document;
};

describe('analysesAlike', () => {
  it('holds for every annotation edit: notes, text and frames never ask the worker again', () => {
    const note = { id: 'note-1', kind: 'note', text: 'why', x: 0, y: 0 } as const;
    expect(analysesAlike(base, edited({ type: 'add-annotation', annotation: note }))).toBe(true);
    const withNote = edited({ type: 'add-annotation', annotation: note });
    const recoloured = applyEdit(withNote, { type: 'recolour-annotation', id: 'note-1', colour: 'blue' });
    expect(recoloured.ok && analysesAlike(withNote, recoloured.document)).toBe(true);
  });

  it('holds for moving or resizing what is already placed, and for renaming the design', () => {
    expect(
      analysesAlike(base, edited({ type: 'move', layout: { 'vpc-1': { x: 40, y: 20, width: 900, height: 400 } } })),
    ).toBe(true);
    expect(analysesAlike(base, edited({ type: 'set-name', name: 'Three tiers' }))).toBe(true);
  });

  it('fails for any change to resources or intents, even one that only looks the same', () => {
    expect(analysesAlike(base, { ...base, resources: [...base.resources] })).toBe(false);
    expect(analysesAlike(base, { ...base, intents: [] })).toBe(false);
  });

  it('fails when a layout entry appears or goes (validation warns about entries naming no resource)', () => {
    expect(analysesAlike(base, edited({ type: 'move', layout: { web: { x: 20, y: 80 } } }))).toBe(false);
    expect(analysesAlike(base, { ...base, layout: {} })).toBe(false);
  });
});
