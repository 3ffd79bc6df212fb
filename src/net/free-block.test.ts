import { describe, expect, it } from 'vitest';
import { formatCidr, parseCidr, type Cidr } from './cidr.ts';
import { firstFreeBlock } from './free-block.ts';

const cidrs = (...texts: string[]): Cidr[] =>
  texts.map((text) => {
    const parsed = parseCidr(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.value;
  });
const free = (blocks: string[], taken: string[], prefix: number) => {
  const found = firstFreeBlock(cidrs(...blocks), cidrs(...taken), () => prefix);
  return found && formatCidr(found);
};

describe('firstFreeBlock', () => {
  it('gives the first aligned block that overlaps nothing taken', () => {
    expect(free(['10.0.0.0/16'], ['10.0.0.0/24', '10.0.2.0/24'], 24)).toBe('10.0.1.0/24');
    expect(free(['10.0.0.0/16'], ['10.0.0.0/23'], 24)).toBe('10.0.2.0/24');
  });

  it('moves on to the next block when one is full, and says when all are', () => {
    expect(free(['10.0.0.0/24', '10.1.0.0/24'], ['10.0.0.0/24'], 26)).toBe('10.1.0.0/26');
    expect(free(['10.0.0.0/24'], ['10.0.0.0/24'], 26)).toBeUndefined();
  });

  it('skips IPv6 blocks and blocks smaller than the size asked for', () => {
    expect(free(['2600:1f18::/56', '10.0.0.0/28', '10.9.0.0/16'], [], 24)).toBe('10.9.0.0/24');
  });

  it('lets the size depend on the block', () => {
    const found = firstFreeBlock(cidrs('10.0.0.0/16', '192.168.0.0/24'), cidrs('10.0.0.0/16'), (b) =>
      b.prefix <= 22 ? 24 : b.prefix + 2,
    );
    expect(found && formatCidr(found)).toBe('192.168.0.0/26');
  });
});
