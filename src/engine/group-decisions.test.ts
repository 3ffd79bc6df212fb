import { describe, expect, it } from 'vitest';
import { compileDocument } from './index.ts';
import type { Ip } from './address.ts';
import type { CEni } from './compiled.ts';
import { WHOLE_SPACE } from './flow-space.ts';
import { GroupDecisions } from './group-decisions.ts';
import { evaluateGroups } from './security-groups.ts';
import { SetTable } from './set-table.ts';
import { randomDocument } from './test-support/random-document.ts';

describe('GroupDecisions', () => {
  it('allows what evaluateGroups allows over the whole flow space, for every interface and peer', () => {
    let compared = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const compiled = compileDocument(randomDocument(seed));
      const sets = new SetTable();
      const decisions = new GroupDecisions(compiled, sets);
      const enis: CEni[] = [...compiled.resources.values()].flatMap((r) => r.enis);
      const keys = new Map<string, number>();
      for (const eni of enis) {
        if (eni.groups === null) continue;
        const text = `${eni.groups.map((g) => g.id).join(',')}@${eni.subnet.vpc.id}`;
        if (!keys.has(text)) keys.set(text, keys.size);
        const key = keys.get(text)!;
        for (const peer of enis) {
          const addresses: Ip[] = [{ version: 4, value: peer.ipv4 }];
          if (peer.ipv6 !== undefined) addresses.push({ version: 6, value: peer.ipv6 });
          for (const [address, identity] of addresses.flatMap((a) => [[a, peer] as const, [a, undefined] as const])) {
            for (const direction of ['ingress', 'egress'] as const) {
              const view = { address, eni: identity };
              const expected = evaluateGroups(compiled, eni.groups, direction, view, WHOLE_SPACE, eni.subnet.vpc.id);
              const id = decisions.allowed(key, eni.groups, direction, view, eni.subnet.vpc.id);
              expect(sets.set(id)).toEqual(expected.allowed);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
