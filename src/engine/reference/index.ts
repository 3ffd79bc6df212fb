/**
 * A deliberately naive reference evaluator for differential testing of the engine: one
 * concrete packet at a time, read straight from the document, following semantics.md.
 */
export { referenceTrace, referenceVerdict, type ReferenceProtocol, type ReferenceVerdict } from './verdict.ts';
