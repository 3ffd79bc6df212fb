import { describe, expect, it } from 'vitest';
import type { Ip } from './address.ts';
import { compileDocument } from './index.ts';
import { EXTERNAL_PORTS, LINUX_PORTS } from './ephemeral.ts';
import { portsLike, WHOLE_SPACE } from './flow-space.ts';
import { evaluateNacl, naclAllows } from './nacl.ts';
import { randomDocument } from './test-support/random-document.ts';

describe('naclAllows', () => {
  it('allows what evaluateNacl allows, asked once or again', () => {
    let compared = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const compiled = compileDocument(randomDocument(seed));
      const peers: Ip[] = [
        { version: 4, value: 0xcb00710a },
        { version: 6, value: 0x26001f18000000000000000000000010n },
      ];
      for (const resource of compiled.resources.values()) {
        for (const eni of resource.enis) {
          peers.push({ version: 4, value: eni.ipv4 });
          if (eni.ipv6 !== undefined) peers.push({ version: 6, value: eni.ipv6 });
        }
      }
      const spaces = [WHOLE_SPACE, portsLike(WHOLE_SPACE, LINUX_PORTS), portsLike(WHOLE_SPACE, EXTERNAL_PORTS)];
      for (const nacl of compiled.nacls.values()) {
        for (const direction of ['ingress', 'egress'] as const) {
          for (const peer of peers) {
            for (const space of spaces) {
              const allowed = naclAllows(nacl, direction, peer, space);
              expect(allowed).toEqual(evaluateNacl(nacl, direction, peer, space).allowed);
              expect(naclAllows(nacl, direction, peer, space)).toEqual(allowed);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
