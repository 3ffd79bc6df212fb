import {
  DATABASE_ENGINE_PORTS,
  effectiveSecurityGroups,
  indexDocument,
  isImplicitId,
  isNamedDefaultGroup,
  type DocumentIndex,
  type Resource,
  type SecurityGroup,
  type SgRule,
  type VpcLabDocument,
} from '../model/index.ts';
import { cidrContains, parseCidr, parsePorts } from '../net/index.ts';
import type { EditResult } from './types.ts';

/**
 * Drawing a connection from one instance, database, Lambda function or load balancer to another:
 * the security group rule that lets the source reach the target (docs/ui.md, "Drawing
 * connections"). The target's group admits the source's group on the chosen protocol and port;
 * a resource that has only its VPC's default group gets a group of its own first (editing the
 * default group would open every member of it), and the source's group gets an outbound rule
 * when its egress would not let the traffic out.
 */

/** The resource types a rule can be drawn between. */
export const RULE_ENDPOINT_TYPES: ReadonlySet<string> = new Set(['instance', 'database', 'lambda', 'load-balancer']);

/** Why a drawn rule cannot be made, as a code the UI words (connect:refused.<code>). */
export type RuleRefusal = 'same-resource' | 'other-vpc' | 'not-a-rule-target';

/** The protocols the drawn-rule form offers. */
export type RuleProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

export type RulePlanResult =
  { readonly ok: true; readonly ports: readonly string[] } | { readonly ok: false; readonly refusal: RuleRefusal };

/**
 * Checks a drawn source -> target connection and suggests ports from the target, best first:
 * a database's port (its engine's unless set), a load balancer's listener ports, 443 and 22
 * for an instance, 443 for a function.
 */
export function planRule(document: VpcLabDocument, sourceId: string, targetId: string): RulePlanResult {
  const index = indexDocument(document);
  const source = index.byId.get(sourceId);
  const target = index.byId.get(targetId);
  if (!source || !target || !RULE_ENDPOINT_TYPES.has(source.type) || !RULE_ENDPOINT_TYPES.has(target.type)) {
    return { ok: false, refusal: 'not-a-rule-target' };
  }
  if (source.id === target.id) return { ok: false, refusal: 'same-resource' };
  const vpc = index.vpcOf(source.id);
  if (vpc === undefined || vpc !== index.vpcOf(target.id)) return { ok: false, refusal: 'other-vpc' };
  return { ok: true, ports: suggestedPorts(target) };
}

function suggestedPorts(target: Resource): string[] {
  switch (target.type) {
    case 'database':
      return [String(target.port ?? DATABASE_ENGINE_PORTS[target.engine])];
    case 'load-balancer': {
      const ports = [...new Set(target.listeners.map((l) => String(l.port)))];
      return ports.length > 0 ? ports : ['80'];
    }
    case 'instance':
      return ['443', '22'];
    default:
      return ['443'];
  }
}

/** What the drawn-rule form sends: the protocol and, for TCP and UDP, the port or range. */
export interface RuleRequest {
  readonly protocol: RuleProtocol;
  readonly ports?: string | undefined;
}

/** Adds the rules that let `sourceId` reach `targetId` as `request` says, as one edit. */
export function connectRule(
  document: VpcLabDocument,
  sourceId: string,
  targetId: string,
  request: RuleRequest,
): EditResult {
  const planned = planRule(document, sourceId, targetId);
  if (!planned.ok) return { ok: false, message: `No rule from "${sourceId}" to "${targetId}" can be drawn.` };
  const withPorts = request.protocol === 'tcp' || request.protocol === 'udp';
  if (withPorts) {
    const ports = parsePorts(request.ports ?? '');
    if (!ports.ok) return { ok: false, message: `Port: ${ports.error}.` };
  }
  const base = { protocol: request.protocol, ...(withPorts && request.ports ? { ports: request.ports } : {}) };

  let working = document;
  const sourceGroup = ownGroup(working, sourceId);
  working = sourceGroup.document;
  const targetGroup = ownGroup(working, targetId);
  working = targetGroup.document;

  const inbound: SgRule = { ...base, securityGroup: sourceGroup.group.id };
  const target = targetGroup.group;
  if (!target.inbound.some((r) => sameRule(r, inbound))) {
    working = replaceResource(working, { ...target, inbound: [...target.inbound, inbound] });
  }
  const index = indexDocument(working);
  const source = index.get(sourceGroup.group.id, 'security-group')!;
  if (!egressAllows(index, sourceId, targetId, base)) {
    const outbound: SgRule = { ...base, securityGroup: target.id };
    working = replaceResource(working, { ...source, outbound: [...source.outbound, outbound] });
  }
  return { ok: true, document: working };
}

/**
 * The resource's own group (its first that is not the VPC's default), made and attached when it
 * has none. A new group admits nothing and lets everything out, as in AWS.
 */
function ownGroup(document: VpcLabDocument, resourceId: string): { document: VpcLabDocument; group: SecurityGroup } {
  const index = indexDocument(document);
  const resource = index.byId.get(resourceId)!;
  const groups = effectiveSecurityGroups(index, resource);
  const own = groups.find((g) => !isImplicitId(g.id) && !isNamedDefaultGroup(g));
  if (own) return { document, group: own };
  const vpc = index.vpcOf(resourceId)!;
  const id = freshGroupId(document);
  const group: SecurityGroup = {
    id,
    type: 'security-group',
    vpc,
    name: `${resource.name ?? resource.id}-sg`,
    inbound: [],
    outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
  };
  const listed = 'securityGroups' in resource ? (resource.securityGroups ?? []) : [];
  const attached = { ...resource, securityGroups: [...listed, id] } as Resource;
  const withGroup = replaceResource(document, attached);
  return { document: { ...withGroup, resources: [...withGroup.resources, group] }, group };
}

/** True when some outbound rule of the source's groups lets this traffic out towards the target. */
function egressAllows(
  index: DocumentIndex,
  sourceId: string,
  targetId: string,
  rule: { protocol: RuleProtocol; ports?: string },
): boolean {
  const source = index.byId.get(sourceId)!;
  const target = index.byId.get(targetId)!;
  const targetGroups = new Set(effectiveSecurityGroups(index, target).map((g) => g.id));
  const wanted = parsePorts(rule.ports);
  const targetBlocks = subnetBlocks(index, target);
  return effectiveSecurityGroups(index, source).some((group) =>
    group.outbound.some((out) => {
      if (out.protocol !== 'all' && out.protocol !== rule.protocol) return false;
      const ports = parsePorts(out.ports);
      if (out.protocol !== 'all' && ports.ok && wanted.ok) {
        if (ports.value.from > wanted.value.from || ports.value.to < wanted.value.to) return false;
      }
      if (out.securityGroup !== undefined) return targetGroups.has(out.securityGroup);
      if (out.cidr === undefined) return false;
      const block = parseCidr(out.cidr);
      return block.ok && targetBlocks.length > 0 && targetBlocks.every((b) => cidrContains(block.value, b));
    }),
  );
}

/** The IPv4 blocks of the subnets a resource sits in. */
function subnetBlocks(index: DocumentIndex, resource: Resource) {
  const ids = 'subnets' in resource ? resource.subnets : 'subnet' in resource ? [resource.subnet] : [];
  return ids.flatMap((id) => {
    const subnet = index.get(id, 'subnet');
    const block = subnet ? parseCidr(subnet.cidr) : undefined;
    return block?.ok ? [block.value] : [];
  });
}

function sameRule(a: SgRule, b: SgRule): boolean {
  return a.protocol === b.protocol && a.ports === b.ports && a.securityGroup === b.securityGroup && a.cidr === b.cidr;
}

function replaceResource(document: VpcLabDocument, resource: Resource): VpcLabDocument {
  return { ...document, resources: document.resources.map((r) => (r.id === resource.id ? resource : r)) };
}

function freshGroupId(document: VpcLabDocument): string {
  const taken = new Set(document.resources.map((r) => r.id));
  for (let n = 1; ; n++) if (!taken.has(`sg-${n}`)) return `sg-${n}`;
}
