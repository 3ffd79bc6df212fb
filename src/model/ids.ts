/**
 * Resource ids. User ids are 1-64 letters, digits, `-`, `_` or `.`; the implicit resources of
 * a VPC take ids containing `/`, which no user id can, so they can never collide.
 */

/** The pattern every user-written resource id must match. */
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** A reference may name a user id or an implicit one (`vpc-main/default`). */
export const REFERENCE_PATTERN = /^[A-Za-z0-9._-]{1,64}(?:\/(?:main|default-acl|default))?$/;

/** The suffixes of implicit ids, per kind of implicit resource. */
export const IMPLICIT_SUFFIX = {
  mainRouteTable: 'main',
  defaultNetworkAcl: 'default-acl',
  defaultSecurityGroup: 'default',
} as const;

export type ImplicitKind = keyof typeof IMPLICIT_SUFFIX;

/** `<vpc>/main`: the implicit main route table of a VPC that declares none. */
export const mainRouteTableId = (vpcId: string): string => `${vpcId}/${IMPLICIT_SUFFIX.mainRouteTable}`;

/** `<vpc>/default-acl`: the implicit default network ACL of a VPC that declares none. */
export const defaultNetworkAclId = (vpcId: string): string => `${vpcId}/${IMPLICIT_SUFFIX.defaultNetworkAcl}`;

/** `<vpc>/default`: the default security group every VPC has. */
export const defaultSecurityGroupId = (vpcId: string): string => `${vpcId}/${IMPLICIT_SUFFIX.defaultSecurityGroup}`;

/** True for ids of implicit resources (they alone contain `/`). */
export const isImplicitId = (id: string): boolean => id.includes('/');

/**
 * Splits an implicit id into its VPC and kind; undefined for user ids and unknown suffixes.
 * @example parseImplicitId('vpc-main/default') // { vpc: 'vpc-main', kind: 'defaultSecurityGroup' }
 */
export function parseImplicitId(id: string): { vpc: string; kind: ImplicitKind } | undefined {
  const slash = id.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const suffix = id.slice(slash + 1);
  const vpc = id.slice(0, slash);
  for (const kind of Object.keys(IMPLICIT_SUFFIX) as ImplicitKind[]) {
    if (IMPLICIT_SUFFIX[kind] === suffix) return { vpc, kind };
  }
  return undefined;
}

/** A reference to one network interface of an instance: `<instance-id>/<interface id>` (`web-1/eni-1`). */
export const INTERFACE_REFERENCE_PATTERN = /^[A-Za-z0-9._-]{1,64}\/[A-Za-z0-9._-]{1,64}$/;
