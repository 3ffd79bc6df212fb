import {
  buildResourceSearch,
  type DocumentIndex,
  type ResourceSearch,
  type VpcLabDocument,
} from '../../../src/model/index.ts';

const cache = new WeakMap<VpcLabDocument, ResourceSearch>();

/** The search over a document's resources, built once per document revision (documents are immutable). */
export function resourceSearch(index: DocumentIndex): ResourceSearch {
  let search = cache.get(index.document);
  if (!search) {
    search = buildResourceSearch(index);
    cache.set(index.document, search);
  }
  return search;
}
