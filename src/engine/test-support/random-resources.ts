import type {
  Database,
  DatabaseEngine,
  Instance,
  InterfaceEndpoint,
  Listener,
  LoadBalancer,
  NatGateway,
  Resource,
} from '../../model/index.ts';
import type { Draft, SubnetDraft, VpcDraft } from './random-draft.ts';

/**
 * The traffic endpoints of a random document: instances (public IPs, Elastic IPs, IPv6,
 * Windows, NAT instances), databases, load balancers with listeners and targets, Lambda
 * functions, interface endpoints and NAT gateways.
 */

const ENGINES: readonly DatabaseEngine[] = ['mysql', 'postgres', 'mariadb', 'oracle', 'sqlserver', 'aurora-postgresql'];

/** Up to five groups of the VPC, or undefined (the default group). */
function groupsFor(draft: Draft, vpc: VpcDraft): string[] | undefined {
  if (draft.rng.chance(0.2)) return undefined;
  const pool = draft.rng.chance(0.2) ? [...vpc.groups, `${vpc.id}/default`] : vpc.groups;
  const chosen = draft.rng.subset(pool, 0.45);
  return chosen.length > 0 ? chosen : [draft.rng.pick(pool)];
}

/** One or two subnets of a VPC in distinct AZs (balancers require it; others do not mind). */
function subnetsIn(draft: Draft, vpc: VpcDraft, max: number): SubnetDraft[] {
  const out: SubnetDraft[] = [];
  for (const subnet of draft.rng.shuffle(vpc.subnets)) {
    if (out.length >= max) break;
    if (out.some((s) => s.az === subnet.az)) continue;
    out.push(subnet);
  }
  return out;
}

function withGroups<T extends object>(resource: T, groups: string[] | undefined): T {
  return groups === undefined ? resource : { ...resource, securityGroups: groups };
}

function instance(draft: Draft, vpc: VpcDraft, id: string): Resource {
  const { rng } = draft;
  const subnet = rng.pick(vpc.subnets);
  const natInstance = rng.chance(0.2);
  const resource: Instance = { id, type: 'instance', subnet: subnet.id };
  if (rng.chance(0.4)) resource.publicIp = true;
  else if (rng.chance(0.25) || (natInstance && rng.chance(0.6))) resource.elasticIp = true;
  if (subnet.ipv6Cidr !== undefined && rng.chance(0.6)) resource.ipv6 = true;
  const windows = rng.chance(0.2);
  if (windows) resource.os = 'windows';
  else if (rng.chance(0.2)) resource.os = 'linux'; // written out, same as the default
  if (natInstance) {
    resource.sourceDestCheck = false;
    vpc.natInstances.push(id);
  } else if (rng.chance(0.1)) {
    vpc.routableInstances.push(id);
  }
  const groups = groupsFor(draft, vpc);
  return withGroups(resource, groups);
}

function database(draft: Draft, vpc: VpcDraft, id: string): Resource {
  const { rng } = draft;
  const subnets = subnetsIn(draft, vpc, rng.int(1, 2)).map((s) => s.id);
  const resource: Database = { id, type: 'database', subnets, engine: rng.pick(ENGINES) };
  if (rng.chance(0.25)) resource.port = rng.pick([6000, 3306, 5432, 443]);
  if (rng.chance(0.25)) resource.publiclyAccessible = true;
  return withGroups(resource, groupsFor(draft, vpc));
}

function loadBalancer(draft: Draft, vpc: VpcDraft, id: string, targets: string[]): Resource {
  const { rng } = draft;
  const kind = rng.chance(0.5) ? 'application' : 'network';
  const protocols: Listener['protocol'][] =
    kind === 'application' ? ['http', 'https'] : ['tcp', 'udp', 'tcp_udp', 'tls'];
  const ports = rng.shuffle([80, 443, 8080, 53, 3306]).slice(0, rng.int(1, 2));
  const listeners: Listener[] = ports.map((port) => {
    const listener: Listener = { protocol: rng.pick(protocols), port };
    return rng.chance(0.5) ? { ...listener, targetPort: rng.pick([80, 8080, 443, 3306, 5432, 22]) } : listener;
  });
  const resource: LoadBalancer = {
    id,
    type: 'load-balancer',
    kind,
    scheme: rng.chance(0.5) ? 'internet-facing' : 'internal',
    subnets: subnetsIn(draft, vpc, rng.int(1, 2)).map((s) => s.id),
    listeners,
    targets: rng.subset(targets, 0.6),
  };
  if (kind === 'network') {
    const roll = rng.next();
    if (roll < 0.4) return resource;
    if (roll < 0.55) return { ...resource, securityGroups: [] };
  }
  return withGroups(resource, groupsFor(draft, vpc));
}

/**
 * Draws `count` traffic endpoints spread over the VPCs, NAT gateways on top. Balancers come
 * last so they can target the instances, databases and interface endpoints of their VPC.
 */
export function drawTrafficResources(draft: Draft, count: number): void {
  const { rng } = draft;
  const balancers: VpcDraft[] = [];
  for (let i = 0; i < count; i++) {
    const vpc = rng.pick(draft.vpcs);
    const roll = rng.next();
    const n = i + 1;
    if (roll < 0.55) draft.resources.push(instance(draft, vpc, `i-${n}`));
    else if (roll < 0.67) draft.resources.push(database(draft, vpc, `db-${n}`));
    else if (roll < 0.77) {
      const subnets = subnetsIn(draft, vpc, rng.int(1, 2)).map((s) => s.id);
      draft.resources.push(withGroups({ id: `fn-${n}`, type: 'lambda', subnets }, groupsFor(draft, vpc)));
    } else if (roll < 0.85) {
      const subnets = subnetsIn(draft, vpc, rng.int(1, 2)).map((s) => s.id);
      const endpoint: InterfaceEndpoint = {
        id: `vpce-${n}`,
        type: 'vpc-endpoint',
        kind: 'interface',
        vpc: vpc.id,
        service: rng.pick(['sqs', 'ssm', 'ecr.api']),
        subnets,
      };
      draft.resources.push(withGroups(endpoint, groupsFor(draft, vpc)));
    } else balancers.push(vpc);
  }
  balancers.forEach((vpc, i) => {
    const targets = draft.resources
      .filter((r) => r.type === 'instance' || r.type === 'database' || r.type === 'vpc-endpoint')
      .filter((r) => ('subnet' in r ? [r.subnet] : 'subnets' in r ? r.subnets : []).some((s) => inVpc(vpc, s)))
      .map((r) => r.id);
    draft.resources.push(loadBalancer(draft, vpc, `lb-${i + 1}`, targets));
  });
  for (const vpc of draft.vpcs) {
    if (!rng.chance(0.4)) continue;
    const id = `nat-${vpc.id}`;
    const nat: NatGateway = { id, type: 'nat-gateway', subnet: rng.pick(vpc.subnets).id };
    draft.resources.push(rng.chance(0.2) ? { ...nat, connectivity: 'private' } : nat);
    vpc.natGateways.push(id);
  }
}

const inVpc = (vpc: VpcDraft, subnetId: string): boolean => vpc.subnets.some((s) => s.id === subnetId);
