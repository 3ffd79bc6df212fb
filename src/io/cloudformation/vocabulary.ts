import { AMI_PARAMETER } from '../iac/aws-names.ts';
import type { Listener, Route, TransitGatewayRoute } from '../../model/index.ts';

/**
 * The CloudFormation words the reader and the writer share: engine names, listener protocols,
 * images, AWS-managed prefix lists, and the `Metadata.VpcLab` object.
 */

/**
 * What a resource's `Metadata.VpcLab` may hold: its document id when the logical id differs,
 * and the document fields CloudFormation cannot express. A `null` removes a field the
 * template implies (a group's description, which CloudFormation requires).
 */
export interface ResourceMetadata {
  id?: string;
  name?: string;
  tags?: Record<string, string>;
  main?: boolean;
  default?: boolean;
  description?: null;
  /** A prefix list whose document leaves `maxEntries` out (CloudFormation requires MaxEntries). */
  maxEntries?: null;
  routeTable?: string;
  /** Routes CloudFormation cannot write (blackholes), with their place in the list. */
  routes?: { index: number; route: Route | TransitGatewayRoute }[];
  routeTables?: string[];
  cidrs?: string[];
  cidrBlocks?: string[];
  link?: 'direct-connect';
  os?: 'linux';
  role?: string;
  elasticIp?: boolean;
  /** A secondary network interface's name when it is not `eni-<device index>`; its public addresses. */
  interface?: string;
  publicIp?: boolean;
  targets?: string[];
  listeners?: Listener[];
  /** A transit gateway's region; `explicit` marks a transit-gateway-route-table resource. */
  region?: string;
  explicit?: boolean;
}

export const AMI = {
  linux: `{{resolve:ssm:${AMI_PARAMETER.linux}}}`,
  windows: `{{resolve:ssm:${AMI_PARAMETER.windows}}}`,
} as const;

export { LISTENER_PROTOCOL_OUT } from '../iac/aws-names.ts';

/** The rule that replaces AWS's default allow-all egress when a group may send nothing. */
export const NO_EGRESS_RULE = { IpProtocol: '-1', CidrIp: '127.0.0.1/32', Description: 'No outbound traffic' } as const;

/** True for the loopback-only egress rule (how templates say "no outbound rules"). */
export function isNoEgressRule(rule: Record<string, unknown>): boolean {
  return String(rule.IpProtocol) === '-1' && rule.CidrIp === '127.0.0.1/32';
}

/** Resource types without a `Tags` property: their Name and tags live in Metadata. */
export const UNTAGGABLE: ReadonlySet<string> = new Set([
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::VPCEndpoint',
  'AWS::ElasticLoadBalancingV2::Listener',
]);
