import type { DatabaseEngine, Listener, Route, TransitGatewayRoute } from '../../model/index.ts';

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
  routeTable?: string;
  /** Routes CloudFormation cannot write (blackholes), with their place in the list. */
  routes?: { index: number; route: Route | TransitGatewayRoute }[];
  routeTables?: string[];
  cidrs?: string[];
  cidrBlocks?: string[];
  link?: 'direct-connect';
  os?: 'linux';
  role?: string;
  elasticIp?: false;
  targets?: string[];
  listeners?: Listener[];
}

export const AMI = {
  linux: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}',
  windows: '{{resolve:ssm:/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base}}',
} as const;

export const DB_ENGINE_OUT: Record<DatabaseEngine, string> = {
  mysql: 'mysql',
  postgres: 'postgres',
  mariadb: 'mariadb',
  oracle: 'oracle-se2',
  sqlserver: 'sqlserver-ex',
  'aurora-mysql': 'aurora-mysql',
  'aurora-postgresql': 'aurora-postgresql',
};

/** An RDS `Engine` value (`oracle-ee`, `sqlserver-se`, `aurora`, …) to the document's engine. */
export function engineFromAws(value: string): DatabaseEngine | undefined {
  const engine = value.toLowerCase();
  if (engine === 'aurora' || engine === 'aurora-mysql') return 'aurora-mysql';
  if (engine === 'aurora-postgresql') return 'aurora-postgresql';
  if (engine.startsWith('oracle')) return 'oracle';
  if (engine.startsWith('sqlserver')) return 'sqlserver';
  if (engine === 'mysql' || engine === 'postgres' || engine === 'mariadb') return engine;
  return undefined;
}

export const LISTENER_PROTOCOL_OUT: Record<Listener['protocol'], string> = {
  http: 'HTTP',
  https: 'HTTPS',
  tcp: 'TCP',
  tls: 'TLS',
  udp: 'UDP',
  tcp_udp: 'TCP_UDP',
};

/** The rule that replaces AWS's default allow-all egress when a group may send nothing. */
export const NO_EGRESS_RULE = { IpProtocol: '-1', CidrIp: '127.0.0.1/32', Description: 'No outbound traffic' } as const;

/** True for the loopback-only egress rule (how templates say "no outbound rules"). */
export function isNoEgressRule(rule: Record<string, unknown>): boolean {
  return String(rule.IpProtocol) === '-1' && rule.CidrIp === '127.0.0.1/32';
}

/**
 * AWS-managed prefix lists of the gateway-endpoint services, per region (from
 * `aws ec2 describe-managed-prefix-lists`). Templates look them up with
 * `!FindInMap [PrefixLists, !Ref AWS::Region, s3]`.
 */
export const PREFIX_LIST_MAP: Record<string, { s3: string; dynamodb: string }> = {
  'us-east-1': { s3: 'pl-63a5400a', dynamodb: 'pl-02cd2c6b' },
  'us-west-2': { s3: 'pl-68a54001', dynamodb: 'pl-00a54069' },
  'eu-west-1': { s3: 'pl-6da54004', dynamodb: 'pl-6fa54006' },
  'ap-northeast-1': { s3: 'pl-61a54008', dynamodb: 'pl-78a54011' },
};

/** A managed prefix list id to `s3` / `dynamodb`, when it is one of the known ones. */
export function prefixListName(id: string): 's3' | 'dynamodb' | undefined {
  for (const lists of Object.values(PREFIX_LIST_MAP)) {
    if (lists.s3 === id) return 's3';
    if (lists.dynamodb === id) return 'dynamodb';
  }
  return undefined;
}

/** Resource types without a `Tags` property: their Name and tags live in Metadata. */
export const UNTAGGABLE: ReadonlySet<string> = new Set([
  'AWS::EC2::EgressOnlyInternetGateway',
  'AWS::EC2::VPCEndpoint',
  'AWS::ElasticLoadBalancingV2::Listener',
]);
