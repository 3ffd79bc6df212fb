import { describe, expect, it } from 'vitest';
import { afterInput } from './after-input.ts';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('afterInput', () => {
  it('runs an edit after the current task, not during it', async () => {
    const ran: string[] = [];
    afterInput(() => ran.push('edit'));
    ran.push('input handled');
    await Promise.resolve();
    expect(ran).toEqual(['input handled']);
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['input handled', 'edit']);
  });

  it('runs edits in the order their inputs came, later ones queued by an edit after it', async () => {
    const ran: string[] = [];
    afterInput(() => {
      ran.push('undo 1');
      afterInput(() => ran.push('queued by undo 1'));
    });
    afterInput(() => ran.push('undo 2'));
    await nextTask();
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['undo 1', 'undo 2', 'queued by undo 1']);
  });
});
