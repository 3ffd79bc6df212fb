import { describe, expect, it } from 'vitest';
import { parseCidr } from './cidr.ts';
import { parsePorts } from './ports.ts';

/** Text a person pasted with a stray space or line break: ports and CIDRs follow one rule. */
const PADDED = ['22 ', ' 22', '22\n', '22\t', '22\u3000', '22\u00a0', '22 -80', '22- 80'];

describe('whitespace in ports and CIDRs', () => {
  it.each(PADDED)('refuses the port text %j and says it holds whitespace', (text) => {
    const result = parsePorts(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('whitespace');
  });

  it.each(['10.0.0.0/16 ', ' 10.0.0.0/16', '10.0.0.0/16\n', '10.0.0.0/16\u3000', '10.0.0.0 /16'])(
    'refuses the CIDR text %j with the same sentence',
    (text) => {
      const result = parseCidr(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('whitespace');
    },
  );

  it('shows the invisible characters escaped, so the message says where they are', () => {
    const result = parsePorts('22\n');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('"22\\n"') });
  });
});
