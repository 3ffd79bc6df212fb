import type { DatabaseEngine, Listener } from '../../model/index.ts';

/** AWS names both IaC formats share: RDS engines, listener protocols, AMIs and the AWS-managed prefix lists. */

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

/** A listener's protocol as ELBv2 spells it. */
export const LISTENER_PROTOCOL_OUT: Record<Listener['protocol'], string> = {
  http: 'HTTP',
  https: 'HTTPS',
  tcp: 'TCP',
  tls: 'TLS',
  udp: 'UDP',
  tcp_udp: 'TCP_UDP',
};

/**
 * The SSM public parameters of the latest Amazon Linux and Windows AMIs: a design names an OS,
 * not an image, and these resolve to the current image in any region.
 */
export const AMI_PARAMETER = {
  linux: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
  windows: '/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base',
} as const;
