import type { Language } from './language-store.ts';

/**
 * The bundled examples' titles in Japanese, by file (public/examples/index.json has the English
 * titles, which are the menu items' names in English). An example not listed keeps its title.
 */
export const JA_EXAMPLE_TITLES: Readonly<Record<string, string>> = {
  '00-worked-example.json': 'Web とデータベース',
  '01-public-private-subnets.json': 'パブリックサブネットとプライベートサブネット',
  '02-nat-gateway.json': 'プライベートサブネット用の NAT ゲートウェイ',
  '03-bastion-host.json': '踏み台ホスト',
  '04-database-private-subnets.json': 'プライベートサブネットのデータベース',
  '05-nacl-return-traffic.json': 'ステートレスなネットワーク ACL と戻りのトラフィック',
  '06-peering-not-transitive.json': 'VPC ピアリングは推移的ではない',
  '07-s3-gateway-endpoint.json': 'S3 へのゲートウェイエンドポイント',
  '08-on-premises-vpn.json': 'Site-to-Site VPN で接続するオンプレミスネットワーク',
  '09-transit-gateway-hub.json': 'トランジットゲートウェイのハブ',
  '10-ipv6-egress-only.json': 'IPv6 の Egress-only インターネットゲートウェイ',
  '11-nat-instance.json': 'NAT インスタンスと送信元/送信先チェック',
  '12-alb-private-targets.json': 'プライベートインスタンスの前段に置く Application Load Balancer',
};

/** An example's title in the language (its own English title when no translation is listed). */
export function exampleTitle(entry: { readonly file: string; readonly title: string }, language: Language): string {
  return language === 'ja' ? (JA_EXAMPLE_TITLES[entry.file] ?? entry.title) : entry.title;
}
