import { describe, expect, it } from 'vitest';
import {
  hasIcmp,
  hasOther,
  ICMP_POINT,
  OTHER_POINT,
  pointOf,
  portsOf,
  WHOLE_SPACE,
  withoutOther,
} from './flow-space.ts';

describe('withoutOther (what a NAT gateway lets through)', () => {
  it('keeps TCP and UDP on every port and ICMP, and drops the other protocols', () => {
    const out = withoutOther(WHOLE_SPACE);
    expect(hasOther(out)).toBe(false);
    expect(hasIcmp(out)).toBe(true);
    expect(portsOf(out, 6)).toEqual([{ from: 0, to: 65535 }]);
    expect(portsOf(out, 17)).toEqual([{ from: 0, to: 65535 }]);
  });

  it('drops a lone other-protocols point and trims a range that ends on it', () => {
    expect(withoutOther([...pointOf(6, 443), ...pointOf(47, undefined)])).toEqual(pointOf(6, 443));
    expect(
      withoutOther([
        { from: 22, to: 22 },
        { from: ICMP_POINT, to: OTHER_POINT },
      ]),
    ).toEqual([
      { from: 22, to: 22 },
      { from: ICMP_POINT, to: ICMP_POINT },
    ]);
  });

  it('returns a set without other protocols unchanged', () => {
    const tcp = pointOf(6, 443);
    expect(withoutOther(tcp)).toBe(tcp);
    expect(withoutOther([])).toEqual([]);
  });
});
