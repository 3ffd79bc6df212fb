import { describe, expect, it } from 'vitest';
import { RESOURCE_TYPES, validateDocument } from '../../model/index.ts';
import { randomDocument } from './random-document.ts';
import { renameIds } from './rename-ids.ts';

describe('randomDocument', () => {
  it('is deterministic: the same seed gives the same document', () => {
    expect(randomDocument(1234)).toEqual(randomDocument(1234));
    expect(randomDocument(1234)).not.toEqual(randomDocument(1235));
  });

  it('always produces a document that validates without errors', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const report = validateDocument(randomDocument(seed));
      expect(report.errors.map((e) => `seed ${seed}: ${e.code} ${e.message}`)).toEqual([]);
    }
  });

  it('draws every kind of component across seeds', () => {
    const types = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      for (const r of randomDocument(seed).resources) {
        types.add(r.type === 'vpc-endpoint' ? `vpc-endpoint:${r.kind}` : r.type);
      }
    }
    // Every type of the model (both kinds of endpoint): a new resource type must be generated too.
    const expected = RESOURCE_TYPES.flatMap((type) =>
      type === 'vpc-endpoint' ? ['vpc-endpoint:gateway', 'vpc-endpoint:interface'] : [type],
    );
    expect([...types].sort()).toEqual(expected.sort());
  });
});

describe('renameIds', () => {
  it('keeps a random document valid and renames references, implicit ids, intents and layout', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const original = randomDocument(seed);
      const { document, ids } = renameIds(original, (id) => `n${id.length}-${id.split('').reverse().join('')}`);
      expect(validateDocument(document).errors).toEqual([]);
      const text = JSON.stringify(document);
      for (const id of ids.keys()) expect(text).not.toContain(`"${id}"`);
      for (const id of ids.keys()) expect(text).not.toContain(`"${id}/`);
      expect(Object.keys(document.layout ?? {})).toEqual(Object.keys(original.layout ?? {}).map((k) => ids.get(k)));
    }
  });
});
