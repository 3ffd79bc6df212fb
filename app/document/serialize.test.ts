import { describe, expect, it } from 'vitest';
import { validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { readDocumentText } from './import.ts';
import { imageFileName } from '../canvas/export-image.ts';
import { exportFileName, safeFileBase, serializeDocument } from '../../src/io/vpclab/write.ts';

// Vite's glob import keeps this test free of Node APIs (app/ has no Node types).
const examples = import.meta.glob<{ document: VpcLabDocument }>('../../public/examples/[0-9]*.json', {
  eager: true,
  import: 'default',
});
const documents = Object.entries(examples).map(([file, wrapper]) => ({ file, document: wrapper.document }));

describe('serializeDocument', () => {
  it('finds the bundled examples', () => {
    expect(documents.length).toBeGreaterThanOrEqual(13);
  });

  it.each(documents)('$file exports to a valid document equal to the original, stably', ({ document }) => {
    const text = serializeDocument(document);
    const parsed = JSON.parse(text) as unknown;
    expect(parsed).toEqual(document);
    expect(validateDocument(parsed).errors).toEqual([]);
    expect(serializeDocument(parsed as VpcLabDocument)).toBe(text);
    const read = readDocumentText(text, 'export');
    expect(read.ok && serializeDocument(read.document)).toBe(text);
  });

  it('orders keys as format.md lists them', () => {
    const text = serializeDocument({
      resources: [{ subnet: 'a', securityGroups: ['g'], type: 'instance', id: 'web' }],
      name: 'x',
      version: 2,
      format: 'vpclab',
      layout: { web: { y: 2, x: 1 } },
    } as unknown as VpcLabDocument);
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"version"'));
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"type"'));
    expect(text.indexOf('"type"')).toBeLessThan(text.indexOf('"subnet"'));
    expect(text.indexOf('"x"')).toBeLessThan(text.indexOf('"y"'));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('exportFileName', () => {
  it('keeps letters, digits, -, _ and . and replaces the rest', () => {
    expect(exportFileName('Web & DB v1.2')).toBe('Web---DB-v1.2.vpclab.json');
    expect(exportFileName('')).toBe('untitled.vpclab.json');
  });

  it('keeps the letters of every script whole, marks included (ui.md)', () => {
    expect(exportFileName('Web + DB (prod) 東京')).toBe('Web---DB--prod--東京.vpclab.json');
    expect(exportFileName('नमस्ते ٣')).toBe('नमस्ते-٣.vpclab.json');
    expect(imageFileName('Web + DB (prod) 東京', 'png')).toBe('Web---DB--prod--東京.png');
    expect(imageFileName('Web + DB (prod) 東京', 'svg')).toBe('Web---DB--prod--東京.svg');
  });

  it('bounds the name to what file systems accept (255 bytes), cutting whole characters', () => {
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    for (const name of ['a'.repeat(1_000_000), '東'.repeat(1_000_000), 'नमस्ते'.repeat(100_000)]) {
      const file = exportFileName(name);
      expect(bytes(file)).toBeLessThanOrEqual(255);
      expect(file.endsWith('.vpclab.json')).toBe(true);
      expect(name.startsWith(file.slice(0, -'.vpclab.json'.length))).toBe(true);
      expect(bytes(imageFileName(name, 'png'))).toBeLessThanOrEqual(255);
    }
    // A cut never leaves a combining mark without its letter, nor a letter without its marks.
    expect(safeFileBase('नमस्ते'.repeat(100_000)).length % 'नमस्ते'.length).toBe(0);
  });
});

describe('readDocumentText', () => {
  it('reports a syntax error with line and column', () => {
    const read = readDocumentText('{\n  "format": "vpclab",\n  "version": 1,,\n}', '"broken.json"');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.notice.text).toMatch(/^Could not import "broken\.json": Line 3, column 16/);
  });

  it('lists every validation error with its resource and field', () => {
    const text = JSON.stringify({
      format: 'vpclab',
      version: 2,
      name: 'bad',
      resources: [
        { id: 'vpc-a', type: 'vpc', cidrBlocks: ['10.0.0.5/16'] },
        { id: 'sub-a', type: 'subnet', vpc: 'vpc-missing', cidr: '10.0.1.0/24', az: 'a' },
      ],
    });
    const read = readDocumentText(text, '"bad.json"');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.notice.text).toContain('"bad.json"');
    expect(read.notice.details?.some((line) => line.startsWith('vpc-a (resources[0].cidrBlocks[0])'))).toBe(true);
    expect(read.notice.details?.some((line) => line.startsWith('sub-a (resources[1].vpc)'))).toBe(true);
  });

  it('accepts a scenario file by its document', () => {
    const wrapper = Object.values(examples)[0];
    const read = readDocumentText(JSON.stringify(wrapper), 'example');
    expect(read.ok).toBe(true);
  });
});

describe('__proto__ keys in meta, tags and layout', () => {
  const text = `{"format":"vpclab","version":2,"name":"proto","resources":[{"id":"vpc","type":"vpc","cidrBlocks":["10.0.0.0/16"],"tags":{"__proto__":"kept"}}],"layout":{"__proto__":{"x":1,"y":2}},"meta":{"__proto__":{"polluted":true}}}`;

  it('survive import and export unchanged, as own keys', () => {
    const read = readDocumentText(text, 'proto.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const exported = serializeDocument(read.document);
    expect(JSON.parse(exported)).toEqual(JSON.parse(text));
    const again = readDocumentText(exported, 'export');
    expect(again.ok && serializeDocument(again.document)).toBe(exported);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
