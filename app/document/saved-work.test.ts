import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/edit/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { keptHistory, stepBytes } from './history-budget.ts';
import { readSavedWork, savedWorkOf, SAVED_HISTORY_LIMIT } from './saved-work.ts';

// Vite's glob import keeps this test free of Node APIs (app/ has no Node types).
const example = Object.values(
  import.meta.glob<{ document: VpcLabDocument }>('../../public/examples/01-public-private-subnets.json', {
    eager: true,
    import: 'default',
  }),
)[0]!.document;

const renamed = (name: string): VpcLabDocument => {
  const result = applyEdit(example, { type: 'set-name', name });
  if (!result.ok) throw new Error(result.message);
  return result.document;
};

describe('readSavedWork', () => {
  it('reads nothing as nothing', () => {
    expect(readSavedWork(undefined)).toEqual({ status: 'none' });
  });

  it('reads a plain document, as versions before the envelope saved it, as work without history', () => {
    const read = readSavedWork(example);
    expect(read.status === 'ok' && read.work.document).toEqual(example);
    expect(read.status === 'ok' && [read.work.past, read.work.future]).toEqual([[], []]);
  });

  it('reads back the document and its undo and redo steps as saved', () => {
    const work = savedWorkOf(renamed('now'), [example, renamed('before')], [renamed('after')], 42, 'tab-1');
    const read = readSavedWork(structuredClone(work));
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.work.savedAt).toBe(42);
    expect(read.work.document.name).toBe('now');
    expect(read.work.past.map((d) => d.name)).toEqual([example.name, 'before']);
    expect(read.work.future.map((d) => d.name)).toEqual(['after']);
  });

  it('keeps at most the newest steps each way', () => {
    const steps = Array.from({ length: SAVED_HISTORY_LIMIT + 5 }, (_, i) => renamed(`step ${i}`));
    const work = savedWorkOf(example, steps, steps, 1, 't');
    expect(work.past).toHaveLength(SAVED_HISTORY_LIMIT);
    expect(work.past.at(-1)!.name).toBe(`step ${SAVED_HISTORY_LIMIT + 4}`);
  });

  it('keeps a hundred steps of a small design', () => {
    expect(SAVED_HISTORY_LIMIT).toBe(100);
    const steps = Array.from({ length: 100 }, (_, i) => renamed(`step ${i}`));
    const read = readSavedWork(structuredClone(savedWorkOf(example, steps, [], 1, 't')));
    expect(read.status === 'ok' && read.work.past.map((d) => d.name)).toEqual(steps.map((d) => d.name));
  });

  it('keeps the steps nearest the present within the byte cap, undo steps before redo steps', () => {
    const steps = Array.from({ length: 10 }, (_, i) => renamed(`step ${i}`));
    const size = stepBytes(steps[0]!);
    const kept = keptHistory(steps, steps, 100, size * 4.5);
    expect(kept.past.map((d) => d.name)).toEqual(['step 6', 'step 7', 'step 8', 'step 9']);
    expect(kept.future).toEqual([]);
    const both = keptHistory(steps.slice(0, 2), steps.slice(5, 8), 100, size * 4.5);
    expect(both.past).toHaveLength(2);
    expect(both.future.map((d) => d.name)).toEqual(['step 6', 'step 7']);
  });

  it('drops history it cannot read and keeps the design', () => {
    for (const past of ['garbage', [42], { length: 3 }, [null, { format: 'vpclab' }]]) {
      const read = readSavedWork({ ...savedWorkOf(renamed('now'), [], [], 1, 't'), past });
      expect(read.status === 'ok' && [read.work.document.name, read.work.past]).toEqual(['now', []]);
    }
  });

  it('cuts the history at a step that no longer validates, keeping the steps nearer the present', () => {
    const broken = { ...example, version: 99 };
    const work = { ...savedWorkOf(example, [renamed('old'), broken as VpcLabDocument, renamed('recent')], [], 1, 't') };
    const read = readSavedWork(work);
    expect(read.status === 'ok' && read.work.past.map((d) => d.name)).toEqual(['recent']);
  });

  it('calls a design from a newer version unreadable, saying why, rather than dropping it quietly', () => {
    const read = readSavedWork({ ...example, version: 99 });
    expect(read.status).toBe('unreadable');
    expect(read.status === 'unreadable' && read.why).toMatch(/version/);
  });
});
