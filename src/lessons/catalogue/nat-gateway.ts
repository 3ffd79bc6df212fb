import type { Lesson } from '../types.ts';

/** NAT: private subnets reach out through a NAT gateway in a public subnet; nothing connects in. */
export const natGateway: Lesson = {
  id: 'nat-gateway',
  title: {
    en: 'Lesson 2: Let a private server download updates',
    ja: 'レッスン 2: プライベートサーバーから更新をダウンロードする',
  },
  goal: {
    en: 'Let app-1, in the private subnet, open HTTPS connections to the internet (port 443), while nobody on the internet can connect to app-1.',
    ja: 'プライベートサブネットの app-1 がインターネットへ HTTPS (ポート 443) で接続できるようにしてください。ただし、インターネットから app-1 へは誰も接続できないままにします。',
  },
  hints: [
    {
      en: 'A private instance has no public address, so the internet gateway cannot translate it. A NAT gateway can: it lends its own public address to outgoing connections.',
      ja: 'プライベートなインスタンスにはパブリックアドレスがないため、インターネットゲートウェイは変換できません。NAT ゲートウェイなら、外向きの接続に自分のパブリックアドレスを貸せます。',
    },
    {
      en: 'The NAT gateway nat-a is already in the public subnet, but private-a’s route table rt-private does not send anything to it.',
      ja: 'NAT ゲートウェイ nat-a はすでにパブリックサブネットにありますが、private-a のルートテーブル rt-private は何も nat-a に送っていません。',
    },
    {
      en: 'In rt-private, add a route with destination 0.0.0.0/0 and target nat-a. Routing private-a to igw would not work: app-1 has no public IP.',
      ja: 'rt-private に、送信先 0.0.0.0/0、ターゲット nat-a のルートを追加してください。private-a を igw に向けても、app-1 にはパブリック IP がないため通じません。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 2: Let a private server download updates',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
      {
        id: 'rt-public',
        type: 'route-table',
        vpc: 'vpc-main',
        routes: [{ destination: '0.0.0.0/0', target: 'igw' }],
      },
      { id: 'rt-private', type: 'route-table', vpc: 'vpc-main', routes: [] },
      { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
      { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-private' },
      { id: 'nat-a', type: 'nat-gateway', subnet: 'public-a' },
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
    { from: 'app-1', to: 'internet', protocol: 'tcp', port: 443, expect: 'allowed' },
    { from: 'internet', to: 'app-1', protocol: 'tcp', port: 443, expect: 'blocked' },
  ],
};
