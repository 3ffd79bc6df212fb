import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../model/index.ts';
import { BASE_DOCUMENT, mutate } from '../model/test-support/base-document.ts';
import { NETWORK_CASES } from '../model/test-support/cases-network.ts';
import { RESOURCE_CASES } from '../model/test-support/cases-resources.ts';
import { STRUCTURE_CASES } from '../model/test-support/cases-structure.ts';
import { passesDocumentSchema, rememberValidDocument } from './schema-check.ts';

const CASES = [...STRUCTURE_CASES, ...NETWORK_CASES, ...RESOURCE_CASES];

describe('passesDocumentSchema', () => {
  it('agrees with the whole-document schema on the valid base and on every malformed document', () => {
    expect(passesDocumentSchema(structuredClone(BASE_DOCUMENT))).toBe(true);
    const disagreements = CASES.map((c) => ({ name: c.name, document: mutate(c.change) })).filter(
      ({ document }) => passesDocumentSchema(document) !== DocumentSchema.safeParse(document).success,
    );
    expect(disagreements.map((d) => d.name)).toEqual([]);
  });

  it('still catches a broken part when the rest of the document was checked before', () => {
    const valid = structuredClone(BASE_DOCUMENT);
    expect(passesDocumentSchema(valid)).toBe(true);
    // Reuses every checked resource object, with one new broken one, as an edit would.
    const broken = { ...valid, resources: [...valid.resources, { id: 'x', type: 'instance' }] };
    expect(passesDocumentSchema(broken)).toBe(false);
    expect(passesDocumentSchema({ ...valid, layout: { 'vpc-main': { x: 'left' } } })).toBe(false);
    expect(passesDocumentSchema({ ...valid, intents: undefined })).toBe(false);
    expect(passesDocumentSchema({ ...valid, name: 7 })).toBe(false);
    expect(passesDocumentSchema({ ...valid, extra: true })).toBe(false);
    expect(passesDocumentSchema(valid)).toBe(true);
  });

  it('trusts a remembered valid document, and still checks the parts an edit adds', () => {
    const valid = DocumentSchema.parse(structuredClone(BASE_DOCUMENT));
    rememberValidDocument(valid);
    expect(passesDocumentSchema(valid)).toBe(true);
    expect(passesDocumentSchema({ ...valid, resources: [...valid.resources, { id: 'y', type: 'subnet' }] })).toBe(
      false,
    );
  });

  it('does not take an object checked under one schema as passing another', () => {
    const valid = structuredClone(BASE_DOCUMENT);
    expect(passesDocumentSchema(valid)).toBe(true);
    // A resource object (known to pass as a resource) is not a layout.
    expect(passesDocumentSchema({ ...valid, layout: valid.resources[0] })).toBe(
      DocumentSchema.safeParse({ ...valid, layout: valid.resources[0] }).success,
    );
  });
});
