import { expect } from 'vitest';

/**
 * Words that may stay in Latin letters inside Japanese text: AWS and protocol names as the AWS
 * Japanese console writes them. Everything else in Latin letters must be one of the message's
 * own values (ids, addresses, CIDRs), which the caller removes first.
 */
const ALLOWED_LATIN = new Set([
  'Amazon',
  'AWS',
  'DNS',
  'TCP',
  'UDP',
  'ICMP',
  'ICMPv6',
  'IPv4',
  'IPv6',
  'IP',
  'VPC',
  'ACL',
  'NAT',
  'Site-to-Site',
  'VPN',
  'Direct',
  'Connect',
  'AZ',
  'CIDR',
  'RFC',
  'Elastic',
  'Egress-only',
  'Lambda',
  'Application',
  'Load',
  'Balancer',
  'DB',
  'SSH',
  'RDP',
  'Session',
  'Manager',
  'VPC Lab',
  'Lab',
  'HTTPS',
  'HTTP',
  'S3',
  'DynamoDB',
  'JSON',
  'resources',
  'ID',
  'Transit',
  'Gateway',
]);

/** Every value of a message's parameters, as text, longest first (so "10.0.0.0/16" goes before "10"). */
export function valuesOf(params: object): string[] {
  const out: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      out.push(String(value));
      // The id or address inside a place the engine names in English (place-name.ts).
      const inner = /^(?:the internet host (\S+)|(\S+) DNS resolver)$/.exec(String(value));
      if (inner) out.push(inner[1] ?? inner[2]!);
    } else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(params);
  return out.filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * Rendered text reads as Japanese: no ICU placeholder or JavaScript leftover, some kana, and no
 * Latin word that is neither a value of the message nor an allowed AWS or protocol name.
 */
export function expectJapanese(text: string, params: object, context: string): void {
  expect(text, context).not.toMatch(/[{}]|\$\{|undefined|null|NaN|\[object/);
  expect(text, context).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  let rest = text;
  for (const value of valuesOf(params)) {
    // Whole values only: the AZ "a" is not the a of "Application".
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    rest = rest.replace(new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`, 'g'), ' ');
  }
  // Addresses and CIDRs written in the message itself (IPv6 has letters: 2001:db8::/56).
  rest = rest.replace(/[0-9a-f]*:[0-9a-f:]+(?:\/\d+)?/gi, ' ');
  const latin = rest.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  const foreign = latin.filter((word) => !ALLOWED_LATIN.has(word));
  expect(foreign, `${context}: ${text}`).toEqual([]);
}

/** Rendered text has every placeholder filled. */
export function expectFilled(text: string, context: string): void {
  expect(text, context).not.toMatch(/[{}]|\$\{|undefined|NaN|\[object/);
  expect(text.trim(), context).not.toBe('');
}
