import { describe, expect, it } from 'vitest';
import { parseAddress } from './address.ts';
import { cidrContains, cidrContainsAddress, cidrOverlaps, cidrSize, formatCidr, parseCidr, type Cidr } from './cidr.ts';

const block = (text: string): Cidr => {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', '10.0.0.0/16'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['10.0.1.10/32', '10.0.1.10/32'],
    ['2001:db8::/56', '2001:db8::/56'],
    ['2001:0DB8:0000::/64', '2001:db8::/64'],
    ['::/0', '::/0'],
  ])('reads %s and writes it back as %s', (text, canonical) => {
    expect(formatCidr(block(text))).toBe(canonical);
  });

  it.each([
    ['10.0.0.5/16', 'host bits set; the block starting at that prefix is 10.0.0.0/16'],
    ['2001:db8::1/64', 'host bits set; the block starting at that prefix is 2001:db8::/64'],
    ['10.0.0.0/33', 'invalid prefix length "/33"'],
    ['10.0.0.0', 'expected an address and a prefix length'],
    ['10.0.0.256/24', 'not an IPv4 address'],
    ['10.0.0.0/-1', 'invalid prefix length'],
    ['fe80::%eth0/64', 'not an IPv6 address'],
    ['', 'not a CIDR block'],
  ])('refuses %s, saying %s', (text, reason) => {
    const result = parseCidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });
});

describe('block relations', () => {
  it('sizes blocks, IPv6 included', () => {
    expect(cidrSize(block('10.0.0.0/24'))).toBe(256n);
    expect(cidrSize(block('2001:db8::/64'))).toBe(1n << 64n);
  });

  it('contains itself and smaller blocks inside, not overlapping neighbours', () => {
    expect(cidrContains(block('10.0.0.0/16'), block('10.0.0.0/16'))).toBe(true);
    expect(cidrContains(block('10.0.0.0/16'), block('10.0.255.0/24'))).toBe(true);
    expect(cidrContains(block('10.0.0.0/16'), block('10.1.0.0/24'))).toBe(false);
    expect(cidrContains(block('10.0.0.0/24'), block('10.0.0.0/16'))).toBe(false);
  });

  it('never relates blocks of different versions', () => {
    expect(cidrOverlaps(block('0.0.0.0/0'), block('::/0'))).toBe(false);
    expect(cidrContains(block('::/0'), block('10.0.0.0/8'))).toBe(false);
  });

  it('finds addresses in IPv4 and IPv6 blocks', () => {
    const address = (text: string) => {
      const result = parseAddress(text);
      if (!result.ok) throw new Error(result.error);
      return result.value;
    };
    expect(cidrContainsAddress(block('10.0.1.0/24'), address('10.0.1.255'))).toBe(true);
    expect(cidrContainsAddress(block('10.0.1.0/24'), address('10.0.2.0'))).toBe(false);
    expect(cidrContainsAddress(block('2001:db8::/32'), address('2001:db8:ffff::1'))).toBe(true);
    expect(cidrContainsAddress(block('0.0.0.0/0'), address('2001:db8::1'))).toBe(false);
  });
});
