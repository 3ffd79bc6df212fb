import type { Resource } from '../../model/index.ts';
import { cidrOverlaps, parseCidr, type Cidr } from '../../net/index.ts';
import { createPrng } from './prng.ts';
import { ipv4Blocks, type Draft } from './random-draft.ts';

/**
 * Customer-managed prefix lists for a random design, drawn from their own stream (so every
 * other part of a seed's design stays as it was): one or two IPv4 lists of non-overlapping
 * blocks of the design, named by a few routes (each reusing a target its table already has,
 * so it stays valid) and by a few security group rules, inbound and outbound.
 */
export function addRandomPrefixLists(draft: Draft, resources: Resource[], seed: number): void {
  const rng = createPrng(seed * 7919 + 17);
  if (!rng.chance(0.6)) return;
  const blocks = ipv4Blocks(draft).filter((text) => !text.startsWith('0.0.0.0'));
  const lists: string[] = [];
  for (let n = 1; n <= rng.int(1, 2); n++) {
    const id = `pl-${n}`;
    const chosen: Cidr[] = [];
    const entries: { cidr: string }[] = [];
    for (const text of rng.shuffle(blocks).slice(0, rng.int(0, 4))) {
      const parsed = parseCidr(text);
      if (!parsed.ok || chosen.some((c) => cidrOverlaps(c, parsed.value))) continue;
      chosen.push(parsed.value);
      entries.push({ cidr: text });
    }
    resources.push({ id, type: 'prefix-list', addressFamily: 'IPv4', entries, maxEntries: 5 });
    lists.push(id);
  }
  for (const resource of resources) {
    if (resource.type === 'route-table') {
      const targets = resource.routes.map((r) => r.target).filter((t) => !isEgressOnly(resources, t));
      if (targets.length === 0 || !rng.chance(0.5)) continue;
      const list = rng.pick(lists);
      resource.routes.push({ destination: list, target: rng.chance(0.2) ? 'blackhole' : rng.pick(targets) });
    } else if (resource.type === 'security-group') {
      if (rng.chance(0.4)) resource.inbound.push({ protocol: 'tcp', ports: '443', prefixList: rng.pick(lists) });
      if (rng.chance(0.3)) resource.outbound.push({ protocol: 'all', prefixList: rng.pick(lists) });
    }
  }
}

function isEgressOnly(resources: readonly Resource[], id: string): boolean {
  return resources.some((r) => r.id === id && r.type === 'egress-only-internet-gateway');
}
