import { indexDocument, type DocumentIndex, type VpcLabDocument } from '../../src/model/index.ts';

const cache = new WeakMap<VpcLabDocument, DocumentIndex>();

/**
 * The index of a document, built once per document object. Documents are immutable, and after
 * an edit the inspector, the canvas and a hop click all read the same one: on a large design
 * each index is a pass over every resource.
 */
export function documentIndex(document: VpcLabDocument): DocumentIndex {
  let index = cache.get(document);
  if (!index) {
    index = indexDocument(document);
    cache.set(document, index);
  }
  return index;
}
