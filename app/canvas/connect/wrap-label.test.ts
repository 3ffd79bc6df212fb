import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label.ts';

describe('the connection line’s label', () => {
  it('breaks English between words and Japanese by length', () => {
    const english = wrapLabel(
      'A subnet connects to an internet, NAT, egress-only, VPN or transit gateway, or to a peered VPC.',
    );
    expect(english.length).toBeGreaterThan(1);
    expect(english.every((line) => line.length <= 44)).toBe(true);
    expect(english.join(' ')).toBe(
      'A subnet connects to an internet, NAT, egress-only, VPN or transit gateway, or to a peered VPC.',
    );
    expect(wrapLabel('ルート 0.0.0.0/0 → igw')).toEqual(['ルート 0.0.0.0/0 → igw']);
    expect(wrapLabel('あ'.repeat(30))).toEqual(['あ'.repeat(24), 'あ'.repeat(6)]);
  });
});
