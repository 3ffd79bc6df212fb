import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './index.ts';

/**
 * `__proto__` is an ordinary key in JSON. A document may use it in its free-form maps (meta,
 * tags, layout, whose keys are ids, and `__proto__` is a valid id); it must survive validation
 * as an own key, and never become an object's prototype or pollute Object.prototype.
 */
const TEXT = `{
  "format": "vpclab", "version": 2, "name": "proto",
  "resources": [
    { "id": "vpc", "type": "vpc", "cidrBlocks": ["10.0.0.0/16"], "tags": { "__proto__": "kept", "team": "net" } }
  ],
  "layout": { "vpc": { "x": 0, "y": 0 }, "__proto__": { "x": 1, "y": 2 } },
  "meta": { "__proto__": { "polluted": true }, "nested": { "__proto__": 1 } }
}`;

describe('__proto__ keys in free-form maps', () => {
  it('are kept as own keys of meta, tags and layout', () => {
    const report = parseDocumentText(TEXT);
    expect(report.errors).toEqual([]);
    const document = report.document!;
    expect(Object.keys(document.meta!)).toEqual(['__proto__', 'nested']);
    expect(Object.getOwnPropertyDescriptor(document.meta, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.keys(document.resources[0]!.tags!)).toEqual(['__proto__', 'team']);
    expect(Object.keys(document.layout!)).toEqual(['vpc', '__proto__']);
  });

  it('round-trip through JSON unchanged', () => {
    const document = parseDocumentText(TEXT).document!;
    expect(JSON.parse(JSON.stringify(document))).toEqual(JSON.parse(TEXT));
    expect(parseDocumentText(JSON.stringify(document)).document).toEqual(document);
  });

  it('pollute nothing: no prototype is replaced', () => {
    const document = parseDocumentText(TEXT).document!;
    for (const map of [document.meta, document.layout, document.resources[0]!.tags]) {
      expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((document.meta as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('are validated like any other key', () => {
    const text = TEXT.replace('"__proto__": "kept"', '"__proto__": 5').replace('"x": 1, "y": 2', '"x": "1", "y": 2');
    const { errors } = parseDocumentText(text);
    expect(errors.map((issue) => issue.message).join('\n')).toMatch(/tags.__proto__ must be text, not 5/);
    const paths = errors.map((issue) => issue.path);
    expect(paths).toEqual(['$.resources[0].tags.__proto__', '$.layout.__proto__.x']);
  });
});
