import { describe, expect, it } from 'vitest';
import { isRoomId, newEditId, viewIdOf } from './room-ids.ts';

describe('room ids', () => {
  it('are 128 random bits as 22 base64url characters, never repeating', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newEditId()));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(isRoomId(id)).toBe(true);
  });

  it('derive one stable view id per edit id, of the same shape, that differs from it', async () => {
    const edit = newEditId();
    const view = await viewIdOf(edit);
    expect(isRoomId(view)).toBe(true);
    expect(view).not.toBe(edit);
    expect(await viewIdOf(edit)).toBe(view);
    expect(await viewIdOf(newEditId())).not.toBe(view);
  });

  it('refuse anything that is not an id: markup, paths, other lengths', () => {
    for (const bad of [
      '',
      'a',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'x'.repeat(23),
      'é'.repeat(22),
      42,
      null,
    ]) {
      expect(isRoomId(bad)).toBe(false);
    }
  });
});
