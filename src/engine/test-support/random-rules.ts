import type { NaclRule, SgRule } from '../../model/index.ts';
import { hasIpv6, ipv4Blocks, ipv6Blocks, type Draft, type VpcDraft } from './random-draft.ts';

/**
 * Random NACL and security-group rules. The draws lean towards what newcomers write (443, 22,
 * ephemeral ranges, 0.0.0.0/0, subnet CIDRs) and towards boundaries that catch port-range
 * mistakes (1024-65535 against 32768-60999, 49152-65535).
 */

const PORT_CHOICES: readonly (string | undefined)[] = [
  undefined,
  '22',
  '80',
  '443',
  '3306',
  '5432',
  '8080',
  '53',
  '0-1023',
  '1024-65535',
  '32768-65535',
  '32768-60999',
  '49152-65535',
  '40000-50000',
  '1024-32767',
];

type RuleProtocol = NaclRule['protocol'];

function protocolAndPorts(draft: Draft, v6: boolean): { protocol: RuleProtocol; ports?: string } {
  const { rng } = draft;
  const roll = rng.next();
  if (roll < 0.4) return withPorts('tcp', rng.pick(PORT_CHOICES));
  if (roll < 0.55) return withPorts('udp', rng.pick(PORT_CHOICES));
  if (roll < 0.65) return { protocol: v6 ? 'icmpv6' : 'icmp' };
  if (roll < 0.68) return { protocol: 47 };
  return { protocol: 'all' };
}

function withPorts(protocol: 'tcp' | 'udp', ports: string | undefined): { protocol: RuleProtocol; ports?: string } {
  return ports === undefined ? { protocol } : { protocol, ports };
}

/** Mostly "anywhere" (so that many flows pass and the later checks get exercised), else any block of the design. */
function pickCidr(draft: Draft): { cidr: string; v6: boolean } {
  const v6 = hasIpv6(draft) && draft.rng.chance(0.25);
  if (draft.rng.chance(0.35)) return { cidr: v6 ? '::/0' : '0.0.0.0/0', v6 };
  return { cidr: draft.rng.pick(v6 ? ipv6Blocks(draft) : ipv4Blocks(draft)), v6 };
}

/** One direction of a NACL: a few random rules, usually ending in a broad allow. */
export function randomNaclRules(draft: Draft): NaclRule[] {
  const { rng } = draft;
  const numbers = rng.shuffle(Array.from({ length: 40 }, (_, i) => (i + 1) * 5)).slice(0, rng.int(0, 5));
  const rules: NaclRule[] = numbers.map((rule) => {
    const { cidr, v6 } = pickCidr(draft);
    return { rule, action: rng.chance(0.7) ? 'allow' : 'deny', ...protocolAndPorts(draft, v6), cidr };
  });
  if (rng.chance(0.65)) rules.push({ rule: 300, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' });
  if (hasIpv6(draft) && rng.chance(0.5)) rules.push({ rule: 301, action: 'allow', protocol: 'all', cidr: '::/0' });
  return rules;
}

/** Security-group rules: CIDRs, group references (same or peered VPC) and prefix lists. */
export function randomSgRules(draft: Draft, vpc: VpcDraft, direction: 'inbound' | 'outbound'): SgRule[] {
  const { rng } = draft;
  const count = rng.int(0, 3);
  const rules: SgRule[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    if (roll < 0.6) {
      const { cidr, v6 } = pickCidr(draft);
      rules.push({ ...protocolAndPorts(draft, v6), cidr });
    } else if (roll < 0.85) {
      const candidates = [`${vpc.id}/default`, ...vpc.groups];
      for (const peer of vpc.peers.keys()) {
        const other = draft.vpcs.find((v) => v.id === peer);
        if (other) candidates.push(`${other.id}/default`, ...other.groups);
      }
      rules.push({ ...protocolAndPorts(draft, false), securityGroup: rng.pick(candidates) });
    } else {
      rules.push({ ...protocolAndPorts(draft, false), prefixList: rng.pick(['s3', 'dynamodb'] as const) });
    }
  }
  if (direction === 'inbound' && rng.chance(0.5))
    rules.push({ protocol: 'tcp', ports: rng.pick(['22', '443', '80-8080', '0-65535']), cidr: '0.0.0.0/0' });
  if (direction === 'inbound' && rng.chance(0.25)) rules.push({ protocol: 'all', cidr: vpc.cidr });
  if (direction === 'outbound' && rng.chance(0.6)) rules.push({ protocol: 'all', cidr: '0.0.0.0/0' });
  if (direction === 'outbound' && vpc.ipv6 && rng.chance(0.5)) rules.push({ protocol: 'all', cidr: '::/0' });
  return rules;
}
