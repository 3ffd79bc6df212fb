import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument, type VpcLabDocument } from '../model/index.ts';
import { loadScenarios } from '../model/test-support/shared.ts';
import { copiedIdsOf, copyForClipboard } from './clip-copy.ts';
import { pasteClip } from './clip-paste.ts';

const designs: VpcLabDocument[] = loadScenarios().map((s) => validateDocument(s.document).document!);
const REFUSALS = ['empty', 'no-container', 'missing', 'no-addresses', 'invalid'];

/** A scenario, a selection of its resources, a target scenario and a selected resource there (or none). */
const pasteCase = fc
  .record({
    from: fc.nat({ max: designs.length - 1 }),
    into: fc.nat({ max: designs.length - 1 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    container: fc.option(fc.nat(), { nil: undefined }),
    at: fc.option(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }), {
      nil: undefined,
    }),
  })
  .map(({ from, into, picks, container, at }) => {
    const source = designs[from]!;
    const target = designs[into]!;
    const ids = picks.map((n) => source.resources[n % source.resources.length]!.id);
    const selected = container === undefined ? undefined : target.resources[container % target.resources.length]?.id;
    return { source, target, ids, selected, at };
  });

/** Through the text the clipboard carries. */
function clipOf(source: VpcLabDocument, ids: readonly string[]): VpcLabDocument {
  const clip = copyForClipboard(source, ids)!;
  return validateDocument(JSON.parse(JSON.stringify(clip))).document!;
}

describe('copy and paste between the shared scenarios', () => {
  it('a copy is a valid document; pasting it anywhere keeps the design valid, or is refused with a reason', () => {
    fc.assert(
      fc.property(pasteCase, ({ source, target, ids, selected, at }) => {
        const clip = copyForClipboard(source, ids);
        expect(clip).toBeDefined();
        expect(validateDocument(JSON.parse(JSON.stringify(clip))).valid).toBe(true);
        const copied = copiedIdsOf(clipOf(source, ids))!;
        const result = pasteClip(target, clipOf(source, ids), { copied, container: selected, at });
        if (!result.ok) {
          expect(REFUSALS).toContain(result.refusal.code);
          return;
        }
        expect(validateDocument(result.document).valid).toBe(true);
        expect(result.document.resources.slice(0, target.resources.length)).toEqual(target.resources);
        expect(result.selected).toHaveLength(copied.length);
        const all = new Set(result.document.resources.map((r) => r.id));
        expect(all.size).toBe(result.document.resources.length);
        for (const id of result.selected) expect(all.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a whole VPC pastes into every scenario', () => {
    for (const source of designs) {
      for (const target of designs) {
        const vpc = source.resources.find((r) => r.type === 'vpc')!;
        const clip = clipOf(source, [vpc.id]);
        const result = pasteClip(target, clip, { copied: copiedIdsOf(clip) });
        expect(result.ok ? 'pasted' : JSON.stringify(result.refusal)).toBe('pasted');
      }
    }
  });
});
