import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, type EditCommand } from '../edit/index.ts';
import {
  ANNOTATION_COLOURS,
  ANNOTATION_KINDS,
  indexDocument,
  validateDocument,
  type Annotation,
  type VpcLabDocument,
} from '../model/index.ts';
import { analyse, checkIntents, compileDocument } from './index.ts';
import { randomDocument } from './test-support/random-document.ts';

/** What the engine concludes about a document: the matrix and the intents' verdicts. */
function conclusions(document: VpcLabDocument) {
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  return { matrix: analyse(compiled), intents: checkIntents(compiled, index, document.intents ?? []) };
}

const annotation = (resourceIds: readonly string[]): fc.Arbitrary<Annotation> =>
  fc.record(
    {
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      kind: fc.constantFrom(...ANNOTATION_KINDS),
      text: fc.string({ maxLength: 60 }),
      colour: fc.constantFrom(...ANNOTATION_COLOURS),
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 40, max: 800 }),
      height: fc.integer({ min: 24, max: 600 }),
      ...(resourceIds.length > 0 ? { pinnedTo: fc.constantFrom(...resourceIds) } : {}),
    },
    { requiredKeys: ['id', 'kind', 'text', 'x', 'y'] },
  );

/** A random sequence of annotation edits: adding, editing, moving, pinning and deleting. */
const edits = (resourceIds: readonly string[]): fc.Arbitrary<EditCommand[]> =>
  fc.array(
    fc.oneof(
      annotation(resourceIds).map((a): EditCommand => ({ type: 'add-annotation', annotation: a })),
      fc
        .record({ id: fc.constantFrom('note-1', 'a'), text: fc.string({ maxLength: 40 }) })
        .map(({ id, text }): EditCommand => ({ type: 'edit-annotation-text', id, text })),
      fc
        .record({ x: fc.integer(), y: fc.integer() })
        .map(({ x, y }): EditCommand => ({ type: 'move-annotation', id: 'note-1', x, y })),
      fc
        .constantFrom(...resourceIds, 'missing')
        .map((to): EditCommand => ({ type: 'pin-annotation', id: 'note-1', to })),
      fc.constant<EditCommand>({ type: 'delete-annotations', ids: ['note-1', 'a'] }),
    ),
    { maxLength: 8 },
  );

describe('the engine ignores annotations', () => {
  it('adding, editing, moving, pinning and removing annotations never changes the analysis', () => {
    const cases = fc.integer({ min: 1, max: 100_000 }).chain((seed) => {
      const document = randomDocument(seed);
      return fc.tuple(fc.constant(document), edits(document.resources.map((r) => r.id)));
    });
    fc.assert(
      fc.property(cases, ([document, commands]) => {
        let edited: VpcLabDocument = {
          ...document,
          annotations: [{ id: 'note-1', kind: 'note', text: 'why', x: 0, y: 0 }],
        };
        for (const command of commands) {
          const result = applyEdit(edited, command);
          if (result.ok) edited = result.document;
        }
        expect(validateDocument(structuredClone(edited)).errors).toEqual([]);
        expect(conclusions(edited)).toEqual(conclusions(document));
      }),
      { numRuns: 40 },
    );
  });
});
