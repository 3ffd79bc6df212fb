import type { Lesson } from '../types.ts';

/** Gateway endpoints: private access to S3 without a path to the internet. */
export const s3Endpoint: Lesson = {
  id: 's3-endpoint',
  title: {
    en: 'Lesson 7: Reach S3 without the internet',
    ja: 'レッスン 7: インターネットを通らずに S3 に届く',
  },
  goal: {
    en: 'Let app-1 in the private subnet reach S3 on port 443, without giving it any way to the internet.',
    ja: 'プライベートサブネットの app-1 からポート 443 で S3 に届くようにしてください。インターネットへの経路は与えないでください。',
  },
  hints: [
    {
      en: 'A NAT gateway would reach S3, but it would also open the whole internet. A VPC endpoint reaches one AWS service privately.',
      ja: 'NAT ゲートウェイでも S3 に届きますが、インターネット全体への道も開いてしまいます。VPC エンドポイントなら 1 つの AWS サービスにだけプライベートに届きます。',
    },
    {
      en: 'A gateway endpoint for S3 adds a route for S3’s addresses to the route tables you associate with it.',
      ja: 'S3 用のゲートウェイエンドポイントは、関連付けたルートテーブルに S3 のアドレスへのルートを追加します。',
    },
    {
      en: 'Add a VPC endpoint in vpc-main: kind gateway, service s3, and associate it with rt-private.',
      ja: 'vpc-main に VPC エンドポイントを追加し、種類をゲートウェイ、サービスを s3 にして、rt-private に関連付けてください。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 7: Reach S3 without the internet',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'rt-private', type: 'route-table', vpc: 'vpc-main', routes: [] },
      { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-private' },
      {
        id: 'sg-app',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      { id: 'app-1', type: 'instance', subnet: 'private-a', securityGroups: ['sg-app'] },
    ],
  },
  conditions: [
    { from: 'app-1', to: 's3', protocol: 'tcp', port: 443, expect: 'allowed' },
    { from: 'app-1', to: 'internet', protocol: 'tcp', port: 443, expect: 'blocked' },
  ],
};
