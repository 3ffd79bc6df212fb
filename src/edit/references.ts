import { assertNever, isServicePrefixList, namesPrefixList, type Resource, type SgRule } from '../model/index.ts';

/**
 * What a reference means for the resource holding it, which decides what happens when the
 * referenced resource goes away:
 * - `required`: the resource cannot exist without it (a subnet's `vpc`, an instance's `subnet`).
 * - `optional`: a field that falls back to a default when removed (a subnet's `routeTable`).
 * - `member`: one entry of a list (`securityGroups`, `targets`, `routeTables`, some `subnets`).
 * - `route-target`: a route's target, which becomes `"blackhole"` as AWS keeps it.
 */
export type ReferenceRole = 'required' | 'optional' | 'member' | 'route-target';

/** Maps one referenced id to its new id, or to null when the reference must go. */
export type RewriteReference = (id: string, role: ReferenceRole) => string | null;

/**
 * Rewrites every reference a resource holds (format.md lists them: vpc, subnet(s), routeTable,
 * networkAcl, route targets, group references in rules, securityGroups, load balancer targets,
 * transit gateway attachments, peers and routes, transit gateway route tables, peering sides, endpoint route tables, on-premises via,
 * prefix lists named by route destinations and rule `prefixList`s). A route or rule naming a
 * prefix list that goes is removed with it, as a rule naming a deleted group is: AWS refuses to
 * delete a list still referenced, the editor deletes the references too (one Undo step).
 * Returns null when the resource cannot survive: a required reference went, or a list the
 * format requires to be non-empty emptied. Never mutates its input; unchanged parts are shared.
 */
export function rewriteReferences(resource: Resource, rewrite: RewriteReference): Resource | null {
  const required = (id: string): string | null => rewrite(id, 'required');
  const list = (ids: readonly string[]): string[] =>
    ids.map((id) => rewrite(id, 'member')).filter((id): id is string => id !== null);
  /** A required non-empty list (a database's subnets): emptied means the resource goes. */
  const nonEmpty = (ids: readonly string[]): string[] | null => {
    const kept = list(ids);
    return kept.length > 0 ? kept : null;
  };
  /** `securityGroups`: an emptied list is removed (the VPC default group), except on a network balancer. */
  const groups = <T extends { securityGroups?: string[] }>(owner: T, keepEmpty: boolean): T => {
    if (owner.securityGroups === undefined) return owner;
    const kept = list(owner.securityGroups);
    if (kept.length > 0 || keepEmpty) return { ...owner, securityGroups: kept };
    const { securityGroups: _dropped, ...rest } = owner;
    return rest as T;
  };
  const rules = (items: readonly SgRule[]): SgRule[] =>
    items.flatMap((rule) => {
      if (rule.prefixList !== undefined && !isServicePrefixList(rule.prefixList)) {
        const list = rewrite(rule.prefixList, 'member');
        return list === null ? [] : [{ ...rule, prefixList: list }];
      }
      if (rule.securityGroup === undefined) return [rule];
      const id = rewrite(rule.securityGroup, 'member');
      return id === null ? [] : [{ ...rule, securityGroup: id }];
    });

  switch (resource.type) {
    case 'vpc':
      return resource;
    case 'subnet': {
      const vpc = required(resource.vpc);
      if (vpc === null) return null;
      const { routeTable, networkAcl, ...rest } = resource;
      const table = routeTable === undefined ? null : rewrite(routeTable, 'optional');
      const acl = networkAcl === undefined ? null : rewrite(networkAcl, 'optional');
      return {
        ...rest,
        vpc,
        ...(table !== null ? { routeTable: table } : {}),
        ...(acl !== null ? { networkAcl: acl } : {}),
      };
    }
    case 'route-table': {
      const vpc = required(resource.vpc);
      if (vpc === null) return null;
      const routes = resource.routes.flatMap((route) => {
        const destination = namesPrefixList(route.destination)
          ? rewrite(route.destination, 'member')
          : route.destination;
        if (destination === null) return [];
        const target =
          route.target === 'blackhole' ? 'blackhole' : (rewriteTarget(route.target, rewrite) ?? 'blackhole');
        return [{ ...route, destination, target }];
      });
      return { ...resource, vpc, routes };
    }
    case 'network-acl':
    case 'internet-gateway':
    case 'egress-only-internet-gateway':
    case 'vpn-gateway': {
      const vpc = required(resource.vpc);
      return vpc === null ? null : { ...resource, vpc };
    }
    case 'security-group': {
      const vpc = required(resource.vpc);
      if (vpc === null) return null;
      return { ...resource, vpc, inbound: rules(resource.inbound), outbound: rules(resource.outbound) };
    }
    case 'nat-gateway': {
      const subnet = required(resource.subnet);
      return subnet === null ? null : { ...resource, subnet };
    }
    case 'instance': {
      const subnet = required(resource.subnet);
      if (subnet === null) return null;
      const moved = groups({ ...resource, subnet }, false);
      if (resource.networkInterfaces === undefined) return moved;
      // A secondary interface whose subnet went goes with it; its groups follow like the instance's.
      const interfaces = resource.networkInterfaces.flatMap((eni) => {
        const eniSubnet = rewrite(eni.subnet, 'member');
        return eniSubnet === null ? [] : [groups({ ...eni, subnet: eniSubnet }, false)];
      });
      if (interfaces.length > 0) return { ...moved, networkInterfaces: interfaces };
      const { networkInterfaces: _none, ...single } = moved;
      return single;
    }
    case 'on-premises': {
      const via = required(resource.via);
      return via === null ? null : { ...resource, via };
    }
    case 'peering-connection': {
      const requester = required(resource.requester);
      const accepter = required(resource.accepter);
      return requester === null || accepter === null ? null : { ...resource, requester, accepter };
    }
    case 'transit-gateway': {
      const attachments = resource.attachments.flatMap((attachment) => {
        const vpc = rewrite(attachment.vpc, 'member');
        const subnets = list(attachment.subnets);
        return vpc === null || subnets.length === 0 ? [] : [{ ...attachment, vpc, subnets }];
      });
      const withPeers =
        resource.peers === undefined
          ? { ...resource, attachments }
          : { ...resource, attachments, peers: list(resource.peers) };
      if (resource.routes === undefined) return withPeers;
      const routes = resource.routes.map((route) => ({
        ...route,
        attachment:
          route.attachment === 'blackhole' ? 'blackhole' : (rewrite(route.attachment, 'route-target') ?? 'blackhole'),
      }));
      return { ...withPeers, routes };
    }
    case 'transit-gateway-route-table': {
      const transitGateway = required(resource.transitGateway);
      if (transitGateway === null) return null;
      // Deleting a VPC (or an on-premises network, or a peer) detaches it from the table; its routes become blackholes.
      const routes = resource.routes.map((route) => ({
        ...route,
        attachment:
          route.attachment === 'blackhole' ? 'blackhole' : (rewrite(route.attachment, 'route-target') ?? 'blackhole'),
      }));
      return {
        ...resource,
        transitGateway,
        associations: list(resource.associations),
        propagations: list(resource.propagations),
        routes,
      };
    }
    case 'vpc-endpoint': {
      const vpc = required(resource.vpc);
      if (vpc === null) return null;
      if (resource.kind === 'gateway') return { ...resource, vpc, routeTables: list(resource.routeTables) };
      const subnets = nonEmpty(resource.subnets);
      return subnets === null ? null : groups({ ...resource, vpc, subnets }, false);
    }
    case 'database':
    case 'lambda': {
      const subnets = nonEmpty(resource.subnets);
      return subnets === null ? null : groups({ ...resource, subnets }, false);
    }
    case 'load-balancer': {
      const subnets = nonEmpty(resource.subnets);
      if (subnets === null) return null;
      return groups({ ...resource, subnets, targets: list(resource.targets) }, resource.kind === 'network');
    }
    case 'prefix-list':
      return resource;
    default:
      return assertNever(resource);
  }
}

/**
 * A route target: a resource id, or one interface of an instance (`web-1/eni-1`), whose
 * instance part is what a rename or a deletion rewrites.
 */
function rewriteTarget(target: string, rewrite: RewriteReference): string | null {
  const slash = target.lastIndexOf('/');
  if (slash <= 0) return rewrite(target, 'route-target');
  const owner = rewrite(target.slice(0, slash), 'route-target');
  return owner === null ? null : `${owner}${target.slice(slash)}`;
}
