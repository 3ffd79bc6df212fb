import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidr4, cidrContains, cidrContainsAddress, cidrOverlaps, formatCidr, parseCidr } from './cidr.ts';
import { formatIpv4, parseIpv4 } from './ipv4.ts';
import { formatIpv6, parseIpv6 } from './ipv6.ts';

/**
 * Properties checked against a brute-force model: a block is the set of addresses whose
 * leading `prefix` bits equal the network's. Blocks are drawn inside a small /20 universe so
 * the model can enumerate every address.
 */
const UNIVERSE_BASE = 0x0a000000; // 10.0.0.0
const UNIVERSE_BITS = 12;

const smallBlock = fc
  .record({
    offset: fc.integer({ min: 0, max: (1 << UNIVERSE_BITS) - 1 }),
    hostBits: fc.integer({ min: 0, max: UNIVERSE_BITS }),
  })
  .map(({ offset, hostBits }) => cidr4(UNIVERSE_BASE + offset, 32 - hostBits));

function members(block: { first: number; prefix: number }): Set<number> {
  const out = new Set<number>();
  for (let offset = 0; offset < 1 << UNIVERSE_BITS; offset++) {
    const address = UNIVERSE_BASE + offset;
    const shift = 32 - block.prefix;
    const sameLeadingBits = shift === 32 || address >>> shift === block.first >>> shift;
    if (sameLeadingBits) out.add(address);
  }
  return out;
}

describe('CIDR algebra against enumeration', () => {
  it('overlap means a shared address; containment means every address is inside', () => {
    fc.assert(
      fc.property(smallBlock, smallBlock, (a, b) => {
        const setA = members(a);
        const setB = members(b);
        const shared = [...setA].some((x) => setB.has(x));
        const inside = [...setB].every((x) => setA.has(x));
        expect(cidrOverlaps(a, b)).toBe(shared);
        expect(cidrContains(a, b)).toBe(inside);
      }),
      { numRuns: 300 },
    );
  });

  it('an address is in a block exactly when the enumeration has it', () => {
    fc.assert(
      fc.property(smallBlock, fc.integer({ min: 0, max: (1 << UNIVERSE_BITS) - 1 }), (block, offset) => {
        const address = UNIVERSE_BASE + offset;
        expect(cidrContainsAddress(block, { version: 4, value: address })).toBe(members(block).has(address));
      }),
      { numRuns: 300 },
    );
  });

  it('formatting then parsing returns the same block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }), (value, prefix) => {
        const block = cidr4(value, prefix);
        const again = parseCidr(formatCidr(block));
        expect(again).toEqual({ ok: true, value: block });
      }),
    );
  });
});

describe('address text round trips', () => {
  it('IPv4', () => {
    fc.assert(
      fc.property(fc.ipV4(), (text) => {
        const result = parseIpv4(text);
        expect(result.ok && formatIpv4(result.value)).toBe(text);
      }),
    );
  });

  it('IPv6 (canonical form is stable)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        const text = formatIpv6(value);
        const result = parseIpv6(text);
        expect(result.ok && result.value).toBe(value);
      }),
    );
  });
});
