import { defaultNetworkAclId, defaultSecurityGroupId, mainRouteTableId } from './ids.ts';
import type { NetworkAcl, Resource, RouteTable, SecurityGroup, VpcLabDocument } from './schema.ts';

/**
 * The implicit resources of each VPC (format.md): a main route table `<vpc>/main` when the VPC
 * declares none, a default NACL `<vpc>/default-acl` when it declares none, and the default
 * security group `<vpc>/default` when it declares none.
 *
 * Reading where format.md is silent: format.md gives every VPC an implicit default group, with
 * no way to declare one (security groups have no `default` flag). In AWS the default group is an
 * ordinary, editable group whose name, "default", no other group of the VPC may take. So a
 * declared security group named "default" is its VPC's default group, and the implicit one
 * exists only when the VPC has none: a design can edit its default group, and resources that
 * name no group use the edited rules, as in AWS.
 */

/** True for a declared security group that is its VPC's default group (AWS reserves the name). */
export function isNamedDefaultGroup(resource: Resource): boolean {
  return resource.type === 'security-group' && resource.name === DEFAULT_GROUP_NAME;
}

/** The name AWS gives (and keeps for) each VPC's default security group. */
export const DEFAULT_GROUP_NAME = 'default';

/** The implicit main route table: only the (always implicit) local routes. */
export function implicitMainRouteTable(vpcId: string): RouteTable {
  return { id: mainRouteTableId(vpcId), type: 'route-table', vpc: vpcId, main: true, routes: [] };
}

/** The implicit default NACL: rule 100 allows all IPv4, rule 101 all IPv6, both ways (as AWS creates it). */
export function implicitDefaultNetworkAcl(vpcId: string): NetworkAcl {
  const allowAll = [
    { rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' },
    { rule: 101, action: 'allow', protocol: 'all', cidr: '::/0' },
  ] as const;
  return {
    id: defaultNetworkAclId(vpcId),
    type: 'network-acl',
    vpc: vpcId,
    default: true,
    inbound: allowAll.map((rule) => ({ ...rule })),
    outbound: allowAll.map((rule) => ({ ...rule })),
  };
}

/** The default security group: inbound from its own members, outbound to everywhere. */
export function implicitDefaultSecurityGroup(vpcId: string): SecurityGroup {
  const id = defaultSecurityGroupId(vpcId);
  return {
    id,
    type: 'security-group',
    name: DEFAULT_GROUP_NAME,
    vpc: vpcId,
    description: 'Default security group',
    inbound: [{ protocol: 'all', securityGroup: id }],
    outbound: [
      { protocol: 'all', cidr: '0.0.0.0/0' },
      { protocol: 'all', cidr: '::/0' },
    ],
  };
}

/** The implicit resources a document implies, VPC by VPC in document order. */
export function implicitResources(document: VpcLabDocument): Resource[] {
  const hasMain = new Set<string>();
  const hasDefaultAcl = new Set<string>();
  const hasDefaultGroup = new Set<string>();
  for (const resource of document.resources) {
    if (resource.type === 'route-table' && resource.main === true) hasMain.add(resource.vpc);
    if (resource.type === 'network-acl' && resource.default === true) hasDefaultAcl.add(resource.vpc);
    if (resource.type === 'security-group' && isNamedDefaultGroup(resource)) hasDefaultGroup.add(resource.vpc);
  }
  const seen = new Set<string>();
  const out: Resource[] = [];
  for (const resource of document.resources) {
    if (resource.type !== 'vpc' || seen.has(resource.id)) continue;
    seen.add(resource.id);
    if (!hasMain.has(resource.id)) out.push(implicitMainRouteTable(resource.id));
    if (!hasDefaultAcl.has(resource.id)) out.push(implicitDefaultNetworkAcl(resource.id));
    if (!hasDefaultGroup.has(resource.id)) out.push(implicitDefaultSecurityGroup(resource.id));
  }
  return out;
}

/**
 * The document with its implicit resources appended, so that code walking `resources` sees
 * every table, ACL and group that decides traffic. The result is a derived view: its implicit
 * ids contain `/` and would not pass validation as user resources.
 */
export function withImplicitResources(document: VpcLabDocument): VpcLabDocument {
  return { ...document, resources: [...document.resources, ...implicitResources(document)] };
}
