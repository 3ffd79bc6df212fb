import type { NaclRule, Resource, SgRule, VpcLabDocument } from '../../model/index.ts';
import type { Prng } from './prng.ts';

/**
 * Small random edits for metamorphic tests: each returns a new document (the input is not
 * touched), or undefined when the document has nothing to edit.
 */

const PROTOCOLS: readonly NaclRule['protocol'][] = ['tcp', 'udp', 'icmp', 'icmpv6', 'all', 47];
const PORTS: readonly (string | undefined)[] = [undefined, '22', '443', '1024-65535', '32768-65535', '0-1023', '5432'];

function cidrsOf(document: VpcLabDocument): string[] {
  const out = ['0.0.0.0/0', '::/0', '203.0.113.0/24', '52.216.0.0/15'];
  for (const r of document.resources) {
    if (r.type === 'vpc') out.push(...r.cidrBlocks, ...(r.ipv6CidrBlocks ?? []));
    if (r.type === 'subnet') out.push(r.cidr, ...(r.ipv6Cidr === undefined ? [] : [r.ipv6Cidr]));
    if (r.type === 'on-premises') out.push(...r.cidrs);
  }
  return out;
}

function protocolAndPorts(rng: Prng): { protocol: NaclRule['protocol']; ports?: string } {
  const protocol = rng.pick(PROTOCOLS);
  const ports = protocol === 'tcp' || protocol === 'udp' ? rng.pick(PORTS) : undefined;
  return ports === undefined ? { protocol } : { protocol, ports };
}

function replaceResource(document: VpcLabDocument, index: number, resource: Resource): VpcLabDocument {
  const resources = [...document.resources];
  resources[index] = resource;
  return { ...document, resources };
}

/** Adds one random allow rule (CIDR, group of the same VPC, or prefix list) to a random security group. */
export function addSecurityGroupRule(document: VpcLabDocument, rng: Prng): VpcLabDocument | undefined {
  const groups = document.resources.flatMap((r, i) => (r.type === 'security-group' ? [[r, i] as const] : []));
  if (groups.length === 0) return undefined;
  const [group, index] = rng.pick(groups);
  const siblings = groups.filter(([g]) => g.vpc === group.vpc).map(([g]) => g.id);
  const roll = rng.next();
  const peer: Pick<SgRule, 'cidr' | 'securityGroup' | 'prefixList'> =
    roll < 0.6
      ? { cidr: rng.pick(cidrsOf(document)) }
      : roll < 0.85
        ? { securityGroup: rng.pick([...siblings, `${group.vpc}/default`]) }
        : { prefixList: rng.pick(['s3', 'dynamodb'] as const) };
  const rule: SgRule = { ...protocolAndPorts(rng), ...peer };
  const direction = rng.chance(0.5) ? 'inbound' : 'outbound';
  return replaceResource(document, index, { ...group, [direction]: [...group[direction], rule] });
}

/** Inserts a deny rule numbered 1 (so it is evaluated first) into a random NACL, in a random direction. */
export function insertFirstDenyRule(document: VpcLabDocument, rng: Prng): VpcLabDocument | undefined {
  const all = document.resources.flatMap((r, i) => (r.type === 'network-acl' ? [[r, i] as const] : []));
  // Prefer NACLs some subnet actually uses, so the edit matters.
  const used = all.filter(
    ([acl]) => acl.default === true || document.resources.some((r) => r.type === 'subnet' && r.networkAcl === acl.id),
  );
  const acls = used.length > 0 ? used : all;
  if (acls.length === 0) return undefined;
  const [acl, index] = rng.pick(acls);
  const direction = rng.chance(0.5) ? 'inbound' : 'outbound';
  if (acl[direction].some((r) => r.rule === 1)) return undefined; // already edited: rule numbers are unique
  const cidr = rng.chance(0.4) ? '0.0.0.0/0' : rng.pick(cidrsOf(document));
  const rule: NaclRule = { rule: 1, action: 'deny', ...protocolAndPorts(rng), cidr };
  return replaceResource(document, index, { ...acl, [direction]: [rule, ...acl[direction]] });
}
