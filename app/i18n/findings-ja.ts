import type { Finding, FindingParams } from '../../src/lint/index.ts';
import type { Language } from './language-store.ts';

/**
 * Configuration findings in Japanese, by code, from the finding's `params` (the lint rules keep
 * writing their English message for the CLI and exports). A finding without params or template
 * (validation errors among them) keeps its English message.
 */
const str = (value: FindingParams[string] | undefined): string =>
  Array.isArray(value) ? value.map((v) => `「${v}」`).join('、') : `${value as string | number}`;
const list = (value: FindingParams[string] | undefined): readonly (string | number)[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value as string | number];

const ADMIN_PORT: Readonly<Record<number, string>> = { 22: 'SSH (ポート 22)', 3389: 'RDP (ポート 3389)' };

export const JA_FINDINGS: Readonly<Record<string, (p: FindingParams) => string>> = {
  SG_ADMIN_PORT_OPEN_TO_WORLD: (p) =>
    `セキュリティグループ「${str(p['group'])}」はインバウンドルール ${str(p['rule'])} で ${list(p['ports'])
      .map((port) => ADMIN_PORT[Number(port)] ?? `ポート ${port}`)
      .join(
        ' と ',
      )} をインターネット全体 (${str(p['cidr'])}) に開いています。送信元を自分のアドレス範囲に絞るか、踏み台ホストや Session Manager 経由でサーバーに接続してください。`,
  ALB_SINGLE_AZ: (p) =>
    `ロードバランサー「${str(p['balancer'])}」のサブネットはアベイラビリティーゾーン「${str(p['az'])}」にしかありません。Application Load Balancer には 2 つ以上の AZ のサブネットが必要です。別の AZ のサブネットを追加してください。`,
  DB_PUBLICLY_ACCESSIBLE: (p) =>
    `データベース「${str(p['database'])}」はパブリックアクセス可能になっているため、パブリックアドレスを持ちます。「パブリックアクセス可能」をオフにして、アプリケーション層または踏み台ホストから接続してください。`,
  DB_SUBNET_GROUP_SINGLE_AZ: (p) =>
    `データベース「${str(p['database'])}」のサブネットグループはアベイラビリティーゾーン「${str(p['az'])}」にしかありません。AWS では DB サブネットグループが 2 つ以上の AZ にまたがる必要があります。別の AZ のサブネットを追加してください。`,
  NACL_DENIES_ALL: (p) => {
    const closed = list(p['closed']);
    const what =
      closed.length === 2
        ? 'インバウンドにもアウトバウンドにも'
        : closed[0] === 'inbound'
          ? 'インバウンドの'
          : 'アウトバウンドの';
    const effect = closed.length === 2 ? '出入り' : closed[0] === 'inbound' ? '入る' : '出る';
    return `ネットワーク ACL「${str(p['nacl'])}」には${what}許可ルールがないため、サブネット ${str(p['subnets'])} に${effect}通信を一切通しません。必要なトラフィックの許可ルールを、エフェメラルポートへの応答も含めて追加してください。`;
  },
  NAT_GATEWAY_IN_PRIVATE_SUBNET: (p) =>
    `NAT ゲートウェイ「${str(p['nat'])}」はサブネット「${str(p['subnet'])}」にありますが、そのルートテーブル「${str(p['table'])}」にはインターネットゲートウェイへのルートがありません。パブリックサブネットに移すか、このテーブルにインターネットゲートウェイへの 0.0.0.0/0 のルートを追加してください。`,
  NAT_INSTANCE_SOURCE_DEST_CHECK: (p) =>
    `インスタンス「${str(p['instance'])}」はルートテーブル ${str(p['tables'])} のルートのターゲットですが、送信元/送信先チェックが有効なため、転送すべきトラフィックを破棄します。送信元/送信先チェックをオフにしてください。`,
  PUBLIC_SUBNET_WITHOUT_IGW_ROUTE: (p) =>
    `サブネット「${str(p['subnet'])}」は名前がパブリックですが、そのルートテーブル「${str(p['table'])}」にはインターネットゲートウェイへの 0.0.0.0/0 や ::/0 のルートがありません。そのルートを追加する (またはそれを持つテーブルを使う) か、プライベートのつもりならサブネットの名前を変えてください。`,
  SG_UNUSED: (p) =>
    `セキュリティグループ「${str(p['group'])}」はどこにもアタッチされておらず、ほかのグループのルールからも参照されていません。本来のリソースにアタッチするか、削除してください。`,
  VPC_CIDR_OVERLAP_UNPEERED: (p) =>
    `VPC「${str(p['vpc'])}」(${str(p['block'])}) は VPC「${str(p['other'])}」(${str(p['otherBlock'])}) と重複しているため、この 2 つはピアリングも、1 つのトランジットゲートウェイを介したルーティングもできません。将来通信する可能性があるなら、重複しないブロックを選んでください。`,
  VPC_CIDR_OVERLAP: (p) =>
    `トランジットゲートウェイ「${str(p['tgw'])}」は VPC「${str(p['vpc'])}」(${str(p['block'])}) と VPC「${str(p['other'])}」(${str(p['otherBlock'])}) をアタッチしていますが、CIDR ブロックが重複しているため、後のアタッチメントのルートは伝播されません。どちらかの VPC に重複しないブロックを割り当ててください。`,
};

/** A finding's message in the language. */
export function findingText(finding: Pick<Finding, 'code' | 'message' | 'params'>, language: Language): string {
  const template = language === 'ja' && finding.params ? JA_FINDINGS[finding.code] : undefined;
  return template && finding.params ? template(finding.params) : finding.message;
}
