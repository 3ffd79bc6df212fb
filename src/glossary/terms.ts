/**
 * The glossary's terms: what each links to and how people search for it. The words themselves
 * (name, definition) are in the `glossary` catalogues (src/i18n/locales/<lang>/glossary.json),
 * keyed `terms.<id>.name` and `terms.<id>.definition`. Ids are a shared contract: lessons name
 * the terms they teach by these ids (`topics`, see the lesson format).
 */
export const TERM_IDS = [
  'vpc',
  'subnet',
  'availability-zone',
  'cidr',
  'reserved-addresses',
  'route-table',
  'main-route-table',
  'longest-prefix-match',
  'internet-gateway',
  'public-ip',
  'elastic-ip',
  'nat-gateway',
  'nat-instance',
  'source-dest-check',
  'egress-only-internet-gateway',
  'ipv6',
  'virtual-private-gateway',
  'customer-gateway',
  'site-to-site-vpn',
  'direct-connect',
  'peering',
  'transitivity',
  'transit-gateway',
  'gateway-endpoint',
  'prefix-list',
  'interface-endpoint',
  'eni',
  'ec2-instance',
  'load-balancer',
  'lambda',
  'security-group',
  'network-acl',
  'stateful',
  'stateless',
  'ephemeral-ports',
  'well-known-ports',
  'bastion-host',
  'session-manager',
  'db-subnet-group',
  'multi-az',
  'flow-log',
  'intent',
] as const;

export type TermId = (typeof TERM_IDS)[number];

export function isTermId(value: string): value is TermId {
  return (TERM_IDS as readonly string[]).includes(value);
}

export interface Term {
  readonly id: TermId;
  /** Bundled lessons that teach it, by lesson id (lessons may also name it in their `topics`). */
  readonly lessons: readonly string[];
  /** Bundled examples that show it, by file name in public/examples/. */
  readonly examples: readonly string[];
  readonly related: readonly TermId[];
  /** Other words people type for it, in any language: abbreviations, console names, numbers. */
  readonly aliases: readonly string[];
}

const term = (id: TermId, links: Omit<Term, 'id'>): Term => ({ id, ...links });

/** Every term, in teaching order: the network, routing, gateways, hybrid, endpoints, filtering, operations. */
export const TERMS: readonly Term[] = [
  term('vpc', {
    lessons: ['public-web-server'],
    examples: ['00-worked-example.json', '01-public-private-subnets.json'],
    related: ['subnet', 'cidr', 'route-table', 'peering'],
    aliases: ['Virtual Private Cloud', '仮想プライベートクラウド', 'ネットワーク'],
  }),
  term('subnet', {
    lessons: ['public-web-server', 'nat-gateway'],
    examples: ['01-public-private-subnets.json'],
    related: ['vpc', 'availability-zone', 'reserved-addresses', 'route-table', 'network-acl'],
    aliases: ['public subnet', 'private subnet', 'サブネット', 'パブリックサブネット', 'プライベートサブネット'],
  }),
  term('availability-zone', {
    lessons: ['database-access'],
    examples: ['04-database-private-subnets.json', '12-alb-private-targets.json'],
    related: ['subnet', 'multi-az', 'db-subnet-group'],
    aliases: ['AZ', 'アベイラビリティーゾーン', 'アベイラビリティゾーン', 'データセンター'],
  }),
  term('cidr', {
    lessons: ['public-web-server'],
    examples: ['01-public-private-subnets.json', '06-peering-not-transitive.json'],
    related: ['vpc', 'subnet', 'reserved-addresses', 'longest-prefix-match'],
    aliases: [
      'CIDR block',
      'prefix',
      'netmask',
      'IP range',
      'CIDR ブロック',
      'プレフィックス',
      'アドレス範囲',
      'サイダー',
    ],
  }),
  term('reserved-addresses', {
    lessons: [],
    examples: ['01-public-private-subnets.json'],
    related: ['subnet', 'cidr'],
    aliases: ['reserved IP', 'network address', 'broadcast address', '予約アドレス', '予約済み', 'ブロードキャスト'],
  }),
  term('route-table', {
    lessons: ['public-web-server', 'nat-gateway', 'peering-not-transitive'],
    examples: ['01-public-private-subnets.json', '02-nat-gateway.json'],
    related: ['main-route-table', 'longest-prefix-match', 'subnet', 'internet-gateway'],
    aliases: ['route', 'routes', 'routing', 'ルートテーブル', 'ルート', '経路', 'ルーティング'],
  }),
  term('main-route-table', {
    lessons: [],
    examples: ['01-public-private-subnets.json'],
    related: ['route-table', 'subnet'],
    aliases: ['main table', 'default route table', 'メインルートテーブル'],
  }),
  term('longest-prefix-match', {
    lessons: ['s3-endpoint'],
    examples: ['02-nat-gateway.json', '07-s3-gateway-endpoint.json'],
    related: ['route-table', 'cidr'],
    aliases: ['most specific route', 'LPM', '最長一致', 'ロンゲストマッチ', '最長プレフィックス一致'],
  }),
  term('internet-gateway', {
    lessons: ['public-web-server'],
    examples: ['01-public-private-subnets.json'],
    related: ['public-ip', 'elastic-ip', 'route-table', 'nat-gateway', 'egress-only-internet-gateway'],
    aliases: ['IGW', 'インターネットゲートウェイ', 'internet', 'インターネット'],
  }),
  term('public-ip', {
    lessons: ['public-web-server'],
    examples: ['01-public-private-subnets.json'],
    related: ['elastic-ip', 'internet-gateway', 'eni'],
    aliases: ['public IPv4', 'publicly accessible', 'パブリック IP', 'パブリックIPアドレス', 'グローバル IP'],
  }),
  term('elastic-ip', {
    lessons: ['nat-gateway'],
    examples: ['02-nat-gateway.json'],
    related: ['public-ip', 'nat-gateway'],
    aliases: ['EIP', 'static IP', 'Elastic IP アドレス', '固定 IP'],
  }),
  term('nat-gateway', {
    lessons: ['nat-gateway'],
    examples: ['02-nat-gateway.json'],
    related: ['nat-instance', 'internet-gateway', 'elastic-ip', 'route-table'],
    aliases: ['NAT', 'NGW', 'NAT ゲートウェイ', 'NATゲートウェイ', 'アドレス変換'],
  }),
  term('nat-instance', {
    lessons: [],
    examples: ['11-nat-instance.json'],
    related: ['nat-gateway', 'source-dest-check', 'ec2-instance'],
    aliases: ['NAT instance', 'NAT インスタンス', 'NATインスタンス'],
  }),
  term('source-dest-check', {
    lessons: [],
    examples: ['11-nat-instance.json'],
    related: ['nat-instance', 'eni'],
    aliases: ['source/destination check', 'src/dst check', '送信元/送信先チェック', '送信元/送信先の確認'],
  }),
  term('egress-only-internet-gateway', {
    lessons: [],
    examples: ['10-ipv6-egress-only.json'],
    related: ['ipv6', 'internet-gateway', 'nat-gateway'],
    aliases: ['EIGW', 'egress-only IGW', 'Egress-only インターネットゲートウェイ', '送信専用'],
  }),
  term('ipv6', {
    lessons: [],
    examples: ['10-ipv6-egress-only.json'],
    related: ['egress-only-internet-gateway', 'cidr'],
    aliases: ['IPv6 CIDR', '::/0', 'アイピーブイシックス'],
  }),
  term('virtual-private-gateway', {
    lessons: ['office-vpn'],
    examples: ['08-on-premises-vpn.json'],
    related: ['customer-gateway', 'site-to-site-vpn', 'direct-connect'],
    aliases: ['VGW', 'VPN gateway', '仮想プライベートゲートウェイ', 'VPN ゲートウェイ'],
  }),
  term('customer-gateway', {
    lessons: ['office-vpn'],
    examples: ['08-on-premises-vpn.json'],
    related: ['virtual-private-gateway', 'site-to-site-vpn'],
    aliases: ['CGW', 'on-premises', 'office', 'カスタマーゲートウェイ', 'オンプレミス', '社内ネットワーク'],
  }),
  term('site-to-site-vpn', {
    lessons: ['office-vpn'],
    examples: ['08-on-premises-vpn.json'],
    related: ['virtual-private-gateway', 'customer-gateway', 'direct-connect', 'transit-gateway'],
    aliases: ['VPN', 'IPsec', 'サイト間 VPN', 'Site-to-Site VPN'],
  }),
  term('direct-connect', {
    lessons: [],
    examples: ['08-on-premises-vpn.json'],
    related: ['virtual-private-gateway', 'site-to-site-vpn'],
    aliases: ['DX', 'dedicated line', '専用線', 'ダイレクトコネクト'],
  }),
  term('peering', {
    lessons: ['peering-not-transitive'],
    examples: ['06-peering-not-transitive.json'],
    related: ['transitivity', 'transit-gateway', 'cidr'],
    aliases: ['VPC peering', 'peering connection', 'PCX', 'ピアリング', 'VPC ピアリング', 'ピアリング接続'],
  }),
  term('transitivity', {
    lessons: ['peering-not-transitive'],
    examples: ['06-peering-not-transitive.json', '09-transit-gateway-hub.json'],
    related: ['peering', 'transit-gateway'],
    aliases: ['transitive', 'non-transitive', 'transitive routing', '推移', '推移的', '推移的ルーティング'],
  }),
  term('transit-gateway', {
    lessons: [],
    examples: ['09-transit-gateway-hub.json'],
    related: ['peering', 'transitivity', 'site-to-site-vpn'],
    aliases: ['TGW', 'hub', 'トランジットゲートウェイ', 'ハブ'],
  }),
  term('gateway-endpoint', {
    lessons: ['s3-endpoint'],
    examples: ['07-s3-gateway-endpoint.json'],
    related: ['interface-endpoint', 'route-table', 'longest-prefix-match'],
    aliases: ['VPC endpoint', 'S3', 'DynamoDB', 'prefix list', 'ゲートウェイエンドポイント', 'VPC エンドポイント'],
  }),
  term('prefix-list', {
    lessons: [],
    examples: [],
    related: ['route-table', 'security-group', 'longest-prefix-match', 'gateway-endpoint'],
    aliases: ['managed prefix list', 'pl-', 'PrefixListId', 'プレフィックスリスト', 'マネージドプレフィックスリスト'],
  }),
  term('interface-endpoint', {
    lessons: [],
    examples: [],
    related: ['gateway-endpoint', 'eni', 'security-group', 'session-manager'],
    aliases: ['PrivateLink', 'VPC endpoint', 'インターフェイスエンドポイント', 'インターフェースエンドポイント'],
  }),
  term('eni', {
    lessons: [],
    examples: ['00-worked-example.json'],
    related: ['security-group', 'source-dest-check', 'public-ip', 'ec2-instance'],
    aliases: [
      'network interface',
      'elastic network interface',
      'private IP',
      'ネットワークインターフェイス',
      'プライベート IP',
    ],
  }),
  term('ec2-instance', {
    lessons: ['public-web-server'],
    examples: ['00-worked-example.json'],
    related: ['eni', 'security-group', 'subnet'],
    aliases: ['EC2', 'instance', 'server', 'インスタンス', 'サーバー'],
  }),
  term('load-balancer', {
    lessons: [],
    examples: ['12-alb-private-targets.json'],
    related: ['availability-zone', 'security-group', 'well-known-ports'],
    aliases: ['ALB', 'NLB', 'ELB', 'listener', 'target group', 'ロードバランサー', 'リスナー', 'ターゲットグループ'],
  }),
  term('lambda', {
    lessons: [],
    examples: [],
    related: ['eni', 'security-group', 'nat-gateway'],
    aliases: ['Lambda function', 'serverless', 'Lambda 関数', 'サーバーレス'],
  }),
  term('security-group', {
    lessons: ['public-web-server', 'bastion-host', 'database-access'],
    examples: ['00-worked-example.json', '03-bastion-host.json', '04-database-private-subnets.json'],
    related: ['stateful', 'network-acl', 'eni', 'well-known-ports'],
    aliases: ['SG', 'firewall', 'セキュリティグループ', 'ファイアウォール'],
  }),
  term('network-acl', {
    lessons: ['nacl-return-traffic'],
    examples: ['05-nacl-return-traffic.json'],
    related: ['stateless', 'ephemeral-ports', 'security-group', 'subnet'],
    aliases: ['NACL', 'ACL', 'network access control list', 'ネットワーク ACL', 'ネットワークACL'],
  }),
  term('stateful', {
    lessons: ['bastion-host'],
    examples: ['03-bastion-host.json'],
    related: ['security-group', 'stateless', 'nat-gateway'],
    aliases: ['return traffic', 'connection tracking', 'ステートフル', '戻りの通信'],
  }),
  term('stateless', {
    lessons: ['nacl-return-traffic'],
    examples: ['05-nacl-return-traffic.json'],
    related: ['network-acl', 'stateful', 'ephemeral-ports'],
    aliases: ['return traffic', 'ステートレス', '戻りの通信'],
  }),
  term('ephemeral-ports', {
    lessons: ['nacl-return-traffic'],
    examples: ['05-nacl-return-traffic.json'],
    related: ['network-acl', 'stateless', 'well-known-ports'],
    aliases: ['ephemeral port', '1024-65535', '32768-60999', 'エフェメラルポート', 'エフェメラル', '一時ポート'],
  }),
  term('well-known-ports', {
    lessons: ['public-web-server', 'bastion-host'],
    examples: ['03-bastion-host.json', '04-database-private-subnets.json'],
    related: ['ephemeral-ports', 'security-group', 'bastion-host'],
    aliases: ['port', 'SSH', 'HTTPS', 'RDP', 'ウェルノウンポート', 'ポート番号', 'ポート'],
  }),
  term('bastion-host', {
    lessons: ['bastion-host'],
    examples: ['03-bastion-host.json'],
    related: ['security-group', 'session-manager', 'well-known-ports'],
    aliases: ['bastion', 'jump host', 'jump box', 'SSH', '踏み台', '踏み台サーバー', '踏み台ホスト'],
  }),
  term('session-manager', {
    lessons: [],
    examples: [],
    related: ['bastion-host', 'interface-endpoint', 'nat-gateway'],
    aliases: ['SSM', 'Systems Manager', 'セッションマネージャー', 'Session Manager'],
  }),
  term('db-subnet-group', {
    lessons: ['database-access'],
    examples: ['04-database-private-subnets.json'],
    related: ['multi-az', 'availability-zone', 'subnet'],
    aliases: ['RDS', 'database', 'DB サブネットグループ', 'データベース'],
  }),
  term('multi-az', {
    lessons: [],
    examples: ['04-database-private-subnets.json'],
    related: ['db-subnet-group', 'availability-zone'],
    aliases: ['standby', 'failover', 'マルチ AZ', 'スタンバイ', 'フェイルオーバー'],
  }),
  term('flow-log', {
    lessons: [],
    examples: [],
    related: ['security-group', 'network-acl', 'eni'],
    aliases: ['VPC Flow Logs', 'ACCEPT', 'REJECT', 'フローログ', 'ログ'],
  }),
  term('intent', {
    lessons: ['public-web-server'],
    examples: ['00-worked-example.json'],
    related: ['security-group', 'route-table'],
    aliases: ['expected traffic', 'reachability', 'インテント', '期待する通信', '到達性'],
  }),
];

export function termById(id: TermId): Term {
  const found = TERMS.find((entry) => entry.id === id);
  if (!found) throw new Error(`No glossary term ${id}`);
  return found;
}
