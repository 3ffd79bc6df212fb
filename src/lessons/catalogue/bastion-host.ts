import type { Lesson } from '../types.ts';

/** Bastion hosts: SSH only from the office to the bastion, and only from the bastion's group onwards. */
export const bastionHost: Lesson = {
  id: 'bastion-host',
  title: {
    en: 'Lesson 3: Reach private servers through a bastion host',
    ja: 'レッスン 3: 踏み台サーバー経由でプライベートサーバーに入る',
  },
  goal: {
    en: 'The office at 198.51.100.7 can SSH (port 22) to the bastion host, nobody else on the internet can, and the bastion can SSH to app-1 in the private subnet.',
    ja: 'オフィス (198.51.100.7) からは踏み台サーバー bastion に SSH (ポート 22) で接続でき、インターネットの他の誰も接続できず、bastion からはプライベートサブネットの app-1 に SSH で接続できるようにしてください。',
  },
  hints: [
    {
      en: 'Security groups decide who may connect. An inbound rule from 0.0.0.0/0 lets the whole internet try your SSH port.',
      ja: '誰が接続できるかはセキュリティグループが決めます。0.0.0.0/0 からのインバウンドルールは、インターネット全体に SSH ポートを開くことになります。',
    },
    {
      en: 'Narrow sg-bastion’s SSH rule to the office’s address: source 198.51.100.7/32.',
      ja: 'sg-bastion の SSH ルールの送信元をオフィスのアドレス 198.51.100.7/32 に絞ってください。',
    },
    {
      en: 'sg-app admits nothing yet. Add an inbound rule for TCP port 22 whose source is the group sg-bastion: it follows the bastion wherever its address goes.',
      ja: 'sg-app はまだ何も許可していません。TCP ポート 22、送信元をセキュリティグループ sg-bastion とするインバウンドルールを追加してください。アドレスが変わっても bastion に追従します。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 3: Reach private servers through a bastion host',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
      {
        id: 'rt-public',
        type: 'route-table',
        vpc: 'vpc-main',
        routes: [{ destination: '0.0.0.0/0', target: 'igw' }],
      },
      { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
      { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a' },
      {
        id: 'sg-bastion',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '22', cidr: '0.0.0.0/0' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-app',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      { id: 'bastion', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-bastion'] },
      { id: 'app-1', type: 'instance', subnet: 'private-a', securityGroups: ['sg-app'] },
    ],
  },
  conditions: [
    { from: 'internet:198.51.100.7', to: 'bastion', protocol: 'tcp', port: 22, expect: 'allowed' },
    { from: 'internet:203.0.113.50', to: 'bastion', protocol: 'tcp', port: 22, expect: 'blocked' },
    { from: 'bastion', to: 'app-1', protocol: 'tcp', port: 22, expect: 'allowed' },
  ],
};
