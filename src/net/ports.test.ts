import { describe, expect, it } from 'vitest';
import { formatPortSet, formatPorts, parsePorts } from './ports.ts';
import { parseProtocol } from './protocol.ts';
import { isPublicAddress, isRfc1918, isRfc6598 } from './public.ts';
import { parseAddress } from './address.ts';
import { isReservedInSubnet, usableAddressCount } from './reserved.ts';
import { cidr } from './cidr.ts';
import { serviceName, WELL_KNOWN_SERVICES } from './services.ts';

describe('ports', () => {
  it('reads single ports, ranges and "every port"', () => {
    expect(parsePorts('22')).toEqual({ ok: true, value: { from: 22, to: 22 } });
    expect(parsePorts('1024-65535')).toEqual({ ok: true, value: { from: 1024, to: 65535 } });
    expect(parsePorts(undefined)).toEqual({ ok: true, value: { from: 0, to: 65535 } });
  });

  it.each([
    ['70000', 'outside the port range'],
    ['443-80', 'backwards range; write the lower port first ("80-443")'],
    ['http', 'not a port or port range'],
    ['22,80', 'not a port or port range'],
  ])('refuses %s', (text, reason) => {
    const result = parsePorts(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });

  it('formats sets for people', () => {
    expect(formatPorts({ from: 0, to: 65535 })).toBe('all');
    expect(
      formatPortSet([
        { from: 22, to: 22 },
        { from: 1024, to: 65535 },
      ]),
    ).toBe('22, 1024-65535');
    expect(formatPortSet([])).toBe('none');
  });
});

describe('protocols', () => {
  it('maps names and IANA numbers', () => {
    expect(parseProtocol('tcp')).toEqual({ ok: true, value: 6 });
    expect(parseProtocol('all')).toEqual({ ok: true, value: -1 });
    expect(parseProtocol(50)).toEqual({ ok: true, value: 50 });
    expect(parseProtocol('47')).toEqual({ ok: true, value: 47 });
    expect(parseProtocol('http').ok).toBe(false);
    expect(parseProtocol(256).ok).toBe(false);
  });
});

describe('address classes', () => {
  const address = (text: string) => {
    const result = parseAddress(text);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it.each([
    ['203.0.113.10', true],
    ['8.8.8.8', true],
    ['10.0.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['100.64.0.1', false],
    ['169.254.169.254', false],
    ['224.0.0.1', false],
    ['2600:1f18::10', true],
    ['2001:db8::1', true],
    ['fd00::1', false],
    ['fe80::1', false],
  ])('%s public: %s', (text, expected) => {
    expect(isPublicAddress(address(text))).toBe(expected);
  });

  it('tells RFC 1918 from RFC 6598 space', () => {
    expect(isRfc1918(address('192.168.1.1'))).toBe(true);
    expect(isRfc1918(address('100.64.1.1'))).toBe(false);
    expect(isRfc6598(address('100.127.255.255'))).toBe(true);
  });
});

describe('reserved subnet addresses', () => {
  it('reserves the first four and the last address of a subnet', () => {
    const block = cidr('10.0.1.0/24');
    if (block.version !== 4) throw new Error('expected an IPv4 block');
    const reserved: number[] = [];
    for (let offset = 0; offset < 256; offset++) {
      if (isReservedInSubnet(block, block.first + offset)) reserved.push(offset);
    }
    expect(reserved).toEqual([0, 1, 2, 3, 255]);
    expect(usableAddressCount(block)).toBe(251n);
    expect(usableAddressCount(cidr('10.0.1.0/28'))).toBe(11n);
  });
});

describe('well-known services', () => {
  it('labels the ports a newcomer meets', () => {
    expect(serviceName('tcp', 22)).toBe('SSH');
    expect(serviceName('tcp', 20)).toBe('FTP');
    expect(serviceName('udp', 53)).toBe('DNS');
    expect(serviceName('udp', 443)).toBeUndefined();
    expect(serviceName('tcp', 8080)).toBeUndefined();
    expect(WELL_KNOWN_SERVICES.map((s) => s.name)).toContain('Redshift');
  });
});
